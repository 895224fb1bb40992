package io.normgraph.schema;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The built-in schema, read once from {@code schema/built-in.yml} on the classpath.
 */
public final class BuiltInSchema {

	public static final String LOCATION = "schema/built-in.yml";

	private static final Schema SCHEMA = load();

	private BuiltInSchema() {
	}

	public static Schema get() {
		return SCHEMA;
	}

	/** Reads {@link #LOCATION} (once for {@link #get}; the schema tests read it again). */
	static Schema load() {
		List<SchemaProblem> problems = new ArrayList<>();
		Yaml yaml = new Yaml(problems);
		try (Reader reader = new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(),
				StandardCharsets.UTF_8)) {
			MappingNode root = yaml.root(reader);
			Map<String, Node> entries = (root != null) ? yaml.entries(root, LOCATION, SchemaReader.BUILT_IN_KEYS) : Map.of();
			SchemaDeclaration declaration = new SchemaReader(yaml).read(entries, true);
			Schema schema = Schema.of(declaration);
			// Extending an empty schema checks that every endpoint and reference names a declared label.
			problems.addAll(Schema.of(SchemaDeclaration.EMPTY).extend(declaration, Schema.BUILT_IN).problems());
			if (!problems.isEmpty()) {
				throw new IllegalStateException(LOCATION + " is invalid: " + problems);
			}
			return schema;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
