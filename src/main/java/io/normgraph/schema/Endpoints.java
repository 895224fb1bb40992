package io.normgraph.schema;

import java.util.Set;

/**
 * One pair of label sets a relationship type may connect, written
 * {@code "Provision | Instrument -> Provision | Instrument"}; {@code *} is any label.
 */
public record Endpoints(Set<String> from, Set<String> to) {

	public static final String ANY = "*";

	public Endpoints {
		from = Set.copyOf(from);
		to = Set.copyOf(to);
	}

	public boolean allows(String fromLabel, String toLabel) {
		return matches(this.from, fromLabel) && matches(this.to, toLabel);
	}

	private static boolean matches(Set<String> labels, String label) {
		return labels.contains(ANY) || labels.contains(label);
	}

	@Override
	public String toString() {
		return String.join(" | ", new java.util.TreeSet<>(this.from)) + " -> "
				+ String.join(" | ", new java.util.TreeSet<>(this.to));
	}

}
