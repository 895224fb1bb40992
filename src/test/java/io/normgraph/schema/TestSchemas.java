package io.normgraph.schema;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The built-in schema extended by a corpus's declaration, for tests of features that read the
 * schema's roles: from YAML text or a corpus.yml file. Fails on any problem in it.
 */
public final class TestSchemas {

	private TestSchemas() {
	}

	public static Schema extended(String... lines) {
		List<SchemaProblem> problems = new ArrayList<>();
		Yaml yaml = new Yaml(problems);
		MappingNode root = yaml.root(new StringReader(String.join("\n", lines)));
		Map<String, Node> entries = new LinkedHashMap<>(yaml.entries(root, "corpus.yml", null));
		entries.keySet().retainAll(SchemaReader.KEYS);
		Schema.Extension extension = BuiltInSchema.get().extend(new SchemaReader(yaml).read(entries, false), "test");
		problems.addAll(extension.problems());
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("not a valid declaration: " + problems);
		}
		return extension.schema();
	}

	public static Schema extended(Path corpusYml) {
		try {
			return extended(Files.readString(corpusYml));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
