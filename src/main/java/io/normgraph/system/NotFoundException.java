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
		super("No " + what + " with id '" + id + "'");
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
