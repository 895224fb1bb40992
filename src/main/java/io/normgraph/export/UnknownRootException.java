package io.normgraph.export;

/**
 * The root of a subgraph export names no node; answered with 404.
 */
class UnknownRootException extends RuntimeException {

	private final String root;

	UnknownRootException(String root) {
		super("No node has the id '" + root + "'.");
		this.root = root;
	}

	String root() {
		return this.root;
	}

}
