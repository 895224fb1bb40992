package io.normgraph.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaProblem;
import io.normgraph.schema.SchemaReader;
import io.normgraph.schema.Yaml;

/**
 * Schemas for export tests: the built-in one, and the built-in one extended by the declaration of
 * the example corpus {@code import/examples/fictional-trade} (decimals, lists, booleans, dates).
 */
final class ExportSchemas {

	static final Path FICTIONAL_TRADE = Path.of("import/examples/fictional-trade");

	private ExportSchemas() {
	}

	static Schema builtIn() {
		return BuiltInSchema.get();
	}

	static Schema withFictionalTrade() {
		List<SchemaProblem> problems = new ArrayList<>();
		Yaml yaml = new Yaml(problems);
		try (Reader reader = Files.newBufferedReader(FICTIONAL_TRADE.resolve("corpus.yml"), StandardCharsets.UTF_8)) {
			MappingNode root = yaml.root(reader);
			Map<String, Node> entries = new LinkedHashMap<>(yaml.entries(root, "corpus.yml", null));
			entries.keySet().retainAll(SchemaReader.KEYS);
			Schema.Extension extension = builtIn().extend(new SchemaReader(yaml).read(entries, false), "fictional-trade");
			if (!problems.isEmpty() || !extension.valid()) {
				throw new IllegalStateException(problems + " " + extension.problems());
			}
			return extension.schema();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
