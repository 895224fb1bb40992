package io.normgraph.explorer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.graph.NodeRef;
import io.normgraph.system.BadParameterException;

/**
 * {@code GET /explorer/stances?ids=a,b,c}: every SUPPORTS and OPPOSES on any of the given
 * nodes in one request, in the row shape of {@code /api/v1/nodes/{id}/stances}, so the page
 * draws who fought over a whole lineage without one request per node.
 */
@RestController
class StanceBatchController {

	static final int MAX_IDS = 200;

	private static final String STANCES = """
			MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(t:Entity)
			WHERE t.id IN $ids
			OPTIONAL MATCH (m:Meeting {id: r.meeting})
			RETURN a {.id, .name} AS actor, type(r) AS stance, t {.id, .name} AS target,
			       CASE WHEN m IS NULL THEN null ELSE m {.id, .name} END AS meeting,
			       r.date AS date, r.action AS action, r.source AS source, r.locator AS locator
			ORDER BY t.id, r.date, a.id, stance, r.locator""";

	private final Neo4jClient client;

	StanceBatchController(Neo4jClient client) {
		this.client = client;
	}

	@GetMapping("/explorer/stances")
	Rows stances(@RequestParam(required = false) @Nullable String ids) {
		List<String> wanted = (ids != null) ? Arrays.stream(ids.split(",")).map(String::strip).filter((id) -> !id.isEmpty()).distinct().toList()
				: List.of();
		if (wanted.size() > MAX_IDS) {
			throw new BadParameterException("ids", "ids may name at most " + MAX_IDS + " nodes");
		}
		if (wanted.isEmpty()) {
			return new Rows(List.of());
		}
		return new Rows(List.copyOf(this.client.query(STANCES)
			.bindAll(Map.of("ids", wanted))
			.fetchAs(Row.class)
			.mappedBy((types, record) -> Row.of(record))
			.all()));
	}

	record Rows(List<Row> rows) {
	}

	record Row(NodeRef actor, String stance, NodeRef target, @Nullable NodeRef meeting, @Nullable String date,
			@Nullable String action, @Nullable String source, @Nullable String locator) {

		static Row of(Record record) {
			return new Row(NodeRef.of(record.get("actor")), record.get("stance").asString(), NodeRef.of(record.get("target")),
					NodeRef.of(record.get("meeting")), text(record.get("date")), text(record.get("action")),
					text(record.get("source")), text(record.get("locator")));
		}

		private static @Nullable String text(Value value) {
			return value.isNull() ? null : value.asString();
		}

	}

}
