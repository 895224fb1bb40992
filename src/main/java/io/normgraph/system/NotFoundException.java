package io.normgraph.system;

/**
 * Nothing in the graph has the id the caller asked for: REST answers 404, GraphQL
 * {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException {

	private final String parameter;

	public NotFoundException(String parameter, String id) {
		super("No node with id '" + id + "'");
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
