package io.normgraph.comparison;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

import static io.normgraph.graph.GraphValues.text;

/**
 * The comparison table (the paper's Table 1 is {@code wco-secure} against {@code trips}):
 * DERIVES_FROM between the provisions of two instruments, grouped per provision and
 * derivation, in one round trip.
 */
@Service
public class ComparisonService {

	static final String COMPARISON = """
			OPTIONAL MATCH (i:Entity {id: $instrument})
			OPTIONAL MATCH (a:Entity {id: $against})
			CALL {
			  WITH i, a
			  MATCH (s:Provision)-[:PART_OF*1..4]->(i)
			  MATCH (s)-[d:DERIVES_FROM]->(t:Provision)-[:PART_OF*1..4]->(a)
			  WITH DISTINCT s, d, t
			  ORDER BY toIntegerOrNull(t.number), t.number, t.id
			  WITH s, d.issue AS issue, d.kind AS kind, d.deviation AS deviation, d.source AS source,
			       d.locator AS locator, collect(DISTINCT t {.id, .name, .number}) AS counterparts
			  ORDER BY toIntegerOrNull(s.number), s.number, s.id, locator
			  RETURN collect({provision: s {.id, .name, .number}, counterparts: counterparts, issue: issue,
			    kind: kind, deviation: deviation, source: source, locator: locator}) AS rows
			}
			RETURN i IS NOT NULL AS instrumentFound, a IS NOT NULL AS againstFound, rows""";

	private final Neo4jClient client;

	ComparisonService(Neo4jClient client) {
		this.client = client;
	}

	public Comparison compare(String instrument, String against) {
		Parameters.id(instrument, "instrument");
		Parameters.id(against, "against");
		Record record = this.client.query(COMPARISON)
			.bindAll(Map.of("instrument", instrument, "against", against))
			.fetchAs(Record.class)
			.mappedBy((types, r) -> r)
			.one()
			.orElseThrow();
		if (!record.get("instrumentFound").asBoolean()) {
			throw new NotFoundException("instrument", instrument);
		}
		if (!record.get("againstFound").asBoolean()) {
			throw new NotFoundException("against", against);
		}
		return new Comparison(instrument, against, record.get("rows").asList(ComparisonService::row));
	}

	private static Comparison.Row row(Value row) {
		return new Comparison.Row(provision(row.get("provision")), row.get("counterparts").asList(ComparisonService::provision),
				text(row.get("issue")), text(row.get("kind")), text(row.get("deviation")), text(row.get("source")),
				text(row.get("locator")));
	}

	private static Comparison.ProvisionRef provision(Value value) {
		String id = value.get("id").asString();
		return new Comparison.ProvisionRef(id, value.get("name").asString(id), text(value.get("number")));
	}

}
