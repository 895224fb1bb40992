package io.normgraph.schema;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a corpus's schema from YAML text, for tests: the declaration and every problem found.
 */
final class SchemaDeclarations {

	final List<SchemaProblem> problems = new ArrayList<>();

	SchemaDeclaration read(String... lines) {
		Yaml yaml = new Yaml(this.problems);
		MappingNode root = yaml.root(new StringReader(String.join("\n", lines)));
		Map<String, Node> entries = (root != null) ? yaml.entries(root, "corpus.yml", null) : Map.of();
		return new SchemaReader(yaml).read(entries, false);
	}

}
