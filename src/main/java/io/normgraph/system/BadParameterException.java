package io.normgraph.system;

/**
 * A request parameter the API refuses: REST answers 400 problem+json and GraphQL a
 * {@code BAD_REQUEST} error, both naming the parameter.
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String detail) {
		super(detail);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
