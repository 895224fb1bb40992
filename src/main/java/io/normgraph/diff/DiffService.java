package io.normgraph.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.diff.TextDiff.DiffText;
import io.normgraph.schema.PropertyRole;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;
import io.normgraph.text.Words;

/**
 * The diff of any two texts in the graph: each node's text is the property the schema gives the
 * text role for its label ({@code text} of a Provision or Version, a corpus's {@code body}…).
 */
@Service
public class DiffService {

	/** Words per text at most: the linear-space Myers diff costs (n + m) · d. */
	public static final int MAX_WORDS = 10_000;

	static final String TEXTS = "MATCH (n:Entity) WHERE n.id IN [$from, $to] RETURN n";

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	DiffService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	public TextDiff diff(@Nullable String fromId, @Nullable String toId) {
		String from = Parameters.id(fromId, "from");
		String to = Parameters.id(toId, "to");
		Map<String, Node> nodes = new HashMap<>();
		this.client.query(TEXTS)
			.bindAll(Map.of("from", from, "to", to))
			.fetchAs(Node.class)
			.mappedBy((types, record) -> record.get("n").asNode())
			.all()
			.forEach((node) -> nodes.put(node.get("id").asString(), node));
		DiffText a = text(nodes.get(from), from, "from");
		DiffText b = text(nodes.get(to), to, "to");
		return new TextDiff(a, b, List.copyOf(WordDiff.diff(a.text(), b.text())));
	}

	private DiffText text(@Nullable Node node, String id, String parameter) {
		if (node == null) {
			throw new NotFoundException(parameter, id);
		}
		Schema schema = this.schemas.current();
		String property = null;
		for (String label : node.labels()) {
			if (schema.label(label).isPresent()) {
				property = schema.propertyWith(label, PropertyRole.TEXT).orElse(null);
			}
		}
		if (property == null || node.get(property).isNull() || node.get(property).asString().isBlank()) {
			throw new BadParameterException(parameter, "'" + id + "' has no text to compare: "
					+ ((property == null) ? "its label has no property with the text role"
							: "the source quotes none (" + property + " is empty)"));
		}
		String text = node.get(property).asString();
		if (Words.of(text, MAX_WORDS + 1).size() > MAX_WORDS) {
			throw new BadParameterException(parameter,
					"'" + id + "' has more than " + MAX_WORDS + " words: too long to diff here");
		}
		return new DiffText(id, node.get("name").asString(id), property, text);
	}

}
