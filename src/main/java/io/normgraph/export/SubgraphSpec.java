package io.normgraph.export;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.normgraph.system.BadParameterException;
import io.normgraph.system.Parameters;
import io.normgraph.time.AsOf;

/**
 * What to export: the whole graph (no root), or every node within {@code depth} hops of
 * {@code root} over the relationship {@code types} (either direction), with the relationships
 * of those types among them. Only built through {@link #of}, which checks every parameter
 * against an allow-list, so nothing the caller sends reaches Cypher unchecked.
 *
 * @param root the id of the root node, or {@code null} for the whole graph
 * @param depth how many hops from the root
 * @param types the relationship types to follow and export; empty for every type (only for the
 * whole graph: a subgraph follows the schema's types, never normgraph's own {@code ASSERTS})
 */
record SubgraphSpec(@Nullable String root, int depth, Set<String> types) {

	static final int DEFAULT_DEPTH = 2;

	static final int MAX_DEPTH = 6;

	SubgraphSpec {
		types = Set.copyOf(types);
	}

	boolean wholeGraph() {
		return this.root == null;
	}

	/** Whether every type is followed, those a corpus adds later included. */
	boolean allTypes() {
		return this.types.isEmpty();
	}

	/** The types in a stable order, for Cypher that renders the same way every time. */
	List<String> sortedTypes() {
		return this.types.stream().sorted().toList();
	}

	/** The file's name: {@code normgraph}, or {@code normgraph-<root>-depth-<depth>}, and the format's extension. */
	String filename(ExportFormat format) {
		return filename(format, null);
	}

	/** The file's name, with {@code -as-of-<date>} before the extension when read as of a date. */
	String filename(ExportFormat format, @Nullable AsOf asOf) {
		return ((this.root != null) ? "normgraph-" + this.root + "-depth-" + this.depth : "normgraph")
				+ ((asOf != null) ? "-as-of-" + asOf.text() : "") + "." + format.extension();
	}

	/**
	 * @param known the relationship types of the schema, the only ones a caller may name
	 */
	static SubgraphSpec of(ExportParameters parameters, Set<String> known) {
		String root = parameters.root();
		Integer depth = parameters.depth();
		Set<String> chosen = parseTypes(parameters.types(), known);
		if (root == null || root.isBlank()) {
			if (depth != null) {
				throw new BadParameterException("depth", "depth applies only to a subgraph: give a root too.");
			}
			return new SubgraphSpec(null, 0, chosen);
		}
		Parameters.id(root, "root");
		int hops = (depth != null) ? depth : DEFAULT_DEPTH;
		if (hops < 0 || hops > MAX_DEPTH) {
			throw new BadParameterException("depth", "depth must be between 0 and " + MAX_DEPTH + ".");
		}
		return new SubgraphSpec(root, hops, chosen.isEmpty() ? known : chosen);
	}

	private static Set<String> parseTypes(@Nullable String types, Set<String> known) {
		if (types == null || types.isBlank()) {
			return Set.of();
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String type : Arrays.stream(types.split(",")).map(String::trim).filter((t) -> !t.isEmpty()).toList()) {
			if (!known.contains(type)) {
				throw new BadParameterException("types", "Unknown relationship type '" + type
						+ "'; known types: " + String.join(", ", known.stream().sorted().toList()) + ".");
			}
			chosen.add(type);
		}
		if (chosen.isEmpty()) {
			throw new BadParameterException("types", "types must name at least one relationship type.");
		}
		return chosen;
	}

}
