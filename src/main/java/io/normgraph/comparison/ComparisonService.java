package io.normgraph.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.schema.LabelRole;
import io.normgraph.schema.PropertyRole;
import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.schema.TypeRole;
import io.normgraph.system.NaturalOrder;
import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

import static io.normgraph.graph.GraphValues.text;

/**
 * The comparison table of one instrument against another (the paper's Table 1 is
 * {@code wco-secure} against {@code trips}): every derivation from a unit of the first to units
 * of the second, a row per unit and derivation, ordered by the units' numbers. Units,
 * containment and derivation are the schema's roles, so any corpus's instruments compare.
 */
@Service
public class ComparisonService {

	private final Neo4jClient client;

	private final SchemaRegistry schemas;

	private final Map<List<Set<String>>, String> statements = new ConcurrentHashMap<>();

	ComparisonService(Neo4jClient client, SchemaRegistry schemas) {
		this.client = client;
		this.schemas = schemas;
	}

	public Comparison compare(String instrument, String against) {
		Parameters.id(instrument, "instrument");
		Parameters.id(against, "against");
		List<String> found = List.copyOf(this.client.query(ComparisonQueries.FOUND)
			.bindAll(Map.of("instrument", instrument, "against", against))
			.fetchAs(String.class)
			.all());
		if (!found.contains(instrument)) {
			throw new NotFoundException("instrument", instrument);
		}
		if (!found.contains(against)) {
			throw new NotFoundException("against", against);
		}
		Schema schema = this.schemas.current();
		Set<String> units = schema.labelsWith(LabelRole.PROVISION);
		String cypher = this.statements.computeIfAbsent(
				List.of(units, schema.typesWith(TypeRole.CONTAINMENT), schema.typesWith(TypeRole.DERIVATION)),
				(key) -> ComparisonQueries.derivations(key.get(0), key.get(1), key.get(2)).getCypher());
		Map<String, Grouped> rows = new LinkedHashMap<>();
		this.client.query(cypher)
			.bindAll(Map.of("instrument", instrument, "against", against))
			.fetch()
			.all()
			.forEach((record) -> {
				Node s = (Node) record.get("s");
				Relationship d = (Relationship) record.get("d");
				Node t = (Node) record.get("t");
				Grouped row = rows.computeIfAbsent(s.elementId() + "|" + d.type() + "|" + d.get("source").asString("") + "|"
						+ d.get("locator").asString(""), (key) -> new Grouped(unit(s, schema), d));
				row.counterparts.add(unit(t, schema));
			});
		Comparator<Comparison.ProvisionRef> byNumber = Comparator
			.comparing((Comparison.ProvisionRef ref) -> (ref.number() != null) ? ref.number() : "", NaturalOrder.COMPARATOR)
			.thenComparing(Comparison.ProvisionRef::id, NaturalOrder.COMPARATOR);
		return new Comparison(instrument, against, rows.values()
			.stream()
			.sorted(Comparator.comparing((Grouped row) -> row.provision, byNumber)
				.thenComparing((row) -> String.valueOf(row.derivation.get("locator").asString(""))))
			.map((row) -> row.row(byNumber))
			.toList());
	}

	private static Comparison.ProvisionRef unit(Node node, Schema schema) {
		String id = node.get("id").asString();
		String label = primaryLabel(node, schema);
		String number = (label != null) ? schema.propertyWith(label, PropertyRole.NUMBER)
			.map((property) -> node.get(property).isNull() ? null : String.valueOf(node.get(property).asObject()))
			.orElse(null) : null;
		return new Comparison.ProvisionRef(id, node.get("name").asString(id), number);
	}

	private static @Nullable String primaryLabel(Node node, Schema schema) {
		for (String label : node.labels()) {
			if (schema.roleOf(label) == LabelRole.PROVISION) {
				return label;
			}
		}
		return null;
	}

	/** One unit's derivation and the counterparts it derives from. */
	private static final class Grouped {

		final Comparison.ProvisionRef provision;

		final Relationship derivation;

		final List<Comparison.ProvisionRef> counterparts = new ArrayList<>();

		Grouped(Comparison.ProvisionRef provision, Relationship derivation) {
			this.provision = provision;
			this.derivation = derivation;
		}

		Comparison.Row row(Comparator<Comparison.ProvisionRef> order) {
			Map<String, Object> properties = new TreeMap<>(this.derivation.asMap());
			return new Comparison.Row(this.provision, this.counterparts.stream().distinct().sorted(order).toList(),
					this.derivation.type(), text(properties, "issue"), text(properties, "kind"), text(properties, "deviation"),
					text(properties, "source"), text(properties, "locator"), properties);
		}

		private static @Nullable String text(Map<String, Object> properties, String key) {
			Object value = properties.get(key);
			return (value != null) ? String.valueOf(value) : null;
		}

	}

}
