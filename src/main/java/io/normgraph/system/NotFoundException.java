package io.normgraph.system;

/**
 * Nothing in the graph has the id the caller asked for: REST answers 404, GraphQL
 * {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException {

	private final String parameter;

	/** No node has this id. */
	public NotFoundException(String parameter, String id) {
		this(parameter, "node", id);
	}

	/** No {@code what} (a node, a corpus…) has this id. */
	public NotFoundException(String parameter, String what, String id) {
		this(parameter, (Object) ("No " + what + " with id '" + id + "'"));
	}

	private NotFoundException(String parameter, Object detail) {
		super(detail.toString());
		this.parameter = parameter;
	}

	/** Something the caller named is not there, for a reason the detail gives (e.g. not yet, as of a date). */
	public static NotFoundException because(String parameter, String detail) {
		return new NotFoundException(parameter, (Object) detail);
	}

	public String getParameter() {
		return this.parameter;
	}

}
