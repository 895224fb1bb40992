package io.normgraph.export;

/**
 * A request parameter of an export was not acceptable; answered with 400 naming it.
 */
class InvalidExportParameterException extends RuntimeException {

	private final String parameter;

	InvalidExportParameterException(String parameter, String detail) {
		super(detail);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
