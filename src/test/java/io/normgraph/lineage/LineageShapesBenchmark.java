package io.normgraph.lineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

/**
 * Not a test: the breadth-first walk against one-row-per-path statements on the shapes where
 * they part ways, on the embedded database beside the bundled corpus. Ladders of six layers of
 * {@code w} provisions, each deriving from every provision of the next layer (w^k paths from
 * the root to each node of layer k), and a hub from which 20,000 provisions derive. Writes
 * target/benchmark/shapes.md. Run with {@code ./mvnw -o test -Pbenchmark -Dtest=LineageShapesBenchmark}.
 */
@EndToEndTest
@Tag("benchmark")
class LineageShapesBenchmark {

	static final int LAYERS = 6;

	static final int HUB_FAN_IN = 20_000;

	/** Path-per-row statements are not run where they would return more rows than this (they take seconds and gigabytes). */
	static final long MAX_PATHS = 400_000;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@AfterEach
	void removeShapes() {
		try (Session session = this.driver.session()) {
			session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'shape-' CALL (n) { DETACH DELETE n } "
					+ "IN TRANSACTIONS OF 10000 ROWS").consume();
		}
	}

	@Test
	void walkAgainstPathPerRow() throws IOException {
		Api api = new Api(this.port);
		StringBuilder table = new StringBuilder("| shape | query | nodes | paths | path per row, raw Bolt | walk, raw Bolt "
				+ "| walk, REST |\n|---|---|---:|---:|---:|---:|---:|\n");
		try (Session session = this.driver.session()) {
			for (int width : new int[] { 5, 8, 12 }) {
				String root = ladder(session, width);
				String last = "shape-" + width + "-" + LAYERS + "-0";
				String shape = "ladder w = " + width;
				row(table, session, api, shape, "upstream from the root", root, true, pathsFromRoot(width));
				row(table, session, api, shape, "downstream from a last-layer node", last, false,
						pathsFromLastLayer(width));
				derivedRow(table, session, api, shape, last, pathsFromLastLayer(width) - 1);
			}
			String hub = hub(session);
			row(table, session, api, "hub, fan-in " + HUB_FAN_IN, "downstream", hub, false, HUB_FAN_IN + 1);
			derivedRow(table, session, api, "hub, fan-in " + HUB_FAN_IN, hub, HUB_FAN_IN);
		}
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/shapes.md"), table);
		System.out.println(table);
	}

	private void row(StringBuilder table, Session session, Api api, String shape, String query, String id,
			boolean upstream, long expectedPaths) {
		String arrow = upstream ? "-[:DERIVES_FROM|CROSS_REFERENCES*0..6]->" : "<-[:DERIVES_FROM|CROSS_REFERENCES*0..6]-";
		String pathPerRow = "MATCH (root:Entity {id: $id}) OPTIONAL MATCH p = (root)" + arrow + "(n) RETURN root, p";
		String direction = upstream ? "upstream" : "downstream";
		int nodes = LineageStatements.defaults(session, upstream, id, 6);
		String uri = "/api/v1/nodes/" + id + "/lineage?direction=" + direction + "&depth=6";
		same(shape + ", " + query, nodes, api.ok(uri).get("nodes").size());
		table.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %.1f | %.1f |%n", shape, query, nodes,
				expectedPaths, (expectedPaths <= MAX_PATHS)
						? String.format(Locale.ROOT, "%.1f", median(() -> session.run(pathPerRow, Map.of("id", id)).list(), 2, 5))
						: "not run",
				median(() -> LineageStatements.defaults(session, upstream, id, 6), 30, 31),
				median(() -> api.ok(uri), 30, 31)));
	}

	/** Derived-from: every chain (x)-[:DERIVES_FROM*1..6]->(root) is one path here (no PART_OF). */
	private void derivedRow(StringBuilder table, Session session, Api api, String shape, String id, long expectedPaths) {
		String pathPerRow = "MATCH (root:Entity {id: $id}) OPTIONAL MATCH chain = (x)-[:DERIVES_FROM*1..6]->(root) "
				+ "OPTIONAL MATCH part = (p:Provision)-[:PART_OF*0..4]->(x) RETURN p";
		int rows = LineageStatements.derived(session, id, 6);
		same(shape + ", derived from it", rows, api.ok("/api/v1/nodes/" + id + "/derived").get("rows").size());
		table.append(String.format(Locale.ROOT, "| %s | derived from it | %,d | %,d | %s | %.1f | %.1f |%n", shape, rows,
				expectedPaths, (expectedPaths <= MAX_PATHS)
						? String.format(Locale.ROOT, "%.1f", median(() -> session.run(pathPerRow, Map.of("id", id)).list(), 2, 5))
						: "not run",
				median(() -> LineageStatements.derived(session, id, 6), 30, 31),
				median(() -> api.ok("/api/v1/nodes/" + id + "/derived"), 30, 31)));
	}

	/** The raw walk and the API must find the same, non-empty result, or the row compares nothing. */
	private static void same(String what, int raw, int api) {
		if (raw <= 1 || api != raw) {
			throw new AssertionError(what + ": the raw walk found " + raw + " and the API " + api
					+ "; both must reach more than the root, and the same");
		}
	}

	/** Creates the ladder of this width and returns its root's id. */
	private static String ladder(Session session, int width) {
		String prefix = "shape-" + width + "-";
		List<String> ids = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		for (int layer = 1; layer <= LAYERS; layer++) {
			for (int i = 0; i < width; i++) {
				ids.add(prefix + layer + "-" + i);
				for (int j = 0; j < width; j++) {
					links.add(List.of((layer == 1) ? prefix + "root" : prefix + (layer - 1) + "-" + j,
							prefix + layer + "-" + i));
				}
			}
		}
		ids.add(prefix + "root");
		create(session, ids, links.stream().distinct().toList());
		return prefix + "root";
	}

	/** Creates the hub and what derives from it, and returns the hub's id. */
	private static String hub(Session session) {
		List<String> ids = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		ids.add("shape-hub");
		for (int i = 0; i < HUB_FAN_IN; i++) {
			ids.add("shape-hub-" + i);
			links.add(List.of("shape-hub-" + i, "shape-hub"));
		}
		create(session, ids, links);
		return "shape-hub";
	}

	private static void create(Session session, List<String> ids, List<List<String>> links) {
		session.run("UNWIND $ids AS id CREATE (:Entity:Provision {id: id, name: id, source: 'li-2008', locator: 'shape'})",
				Map.of("ids", ids)).consume();
		session.run("UNWIND $links AS link MATCH (a:Entity {id: link[0]}), (b:Entity {id: link[1]}) "
				+ "CREATE (a)-[:DERIVES_FROM {source: 'li-2008', locator: 'shape'}]->(b)", Map.of("links", links)).consume();
	}

	/** 1 + w + … + w^6: w^k paths to each of the w nodes of layer k, counted per node reached. */
	private static long pathsFromRoot(int width) {
		long paths = 1;
		long layer = 1;
		for (int k = 1; k <= LAYERS; k++) {
			layer *= width;
			paths += layer;
		}
		return paths;
	}

	/** 1 + w + … + w^5 up to the first layer, then each of its w^5 paths on to the root. */
	private static long pathsFromLastLayer(int width) {
		long paths = 0;
		long layer = 1;
		for (int d = 0; d < LAYERS; d++) {
			paths += layer;
			layer *= width;
		}
		return paths + layer / width;
	}

	/** Median of timed calls after untimed ones, ms: fewer for the slow path-per-row statements. */
	private static double median(Supplier<?> call, int warmUp, int timed) {
		for (int i = 0; i < warmUp; i++) {
			call.get();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < timed; i++) {
			long start = System.nanoTime();
			call.get();
			times.add(System.nanoTime() - start);
		}
		return times.stream().mapToLong(Long::longValue).sorted().toArray()[times.size() / 2] / 1e6;
	}

}
