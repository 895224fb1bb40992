package io.normgraph.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * The baseline load: the corpus's CSV files read as they are (no validation) and sent over a
 * plain driver as UNWIND batches. Two modes: the usual bulk idiom (CREATE, one transaction
 * per batch) and normgraph's semantics without normgraph's code (MERGE on the same keys, one
 * transaction for everything).
 */
final class RawLoader {

	enum Mode {

		/** {@code UNWIND … CREATE}, a transaction per batch: what a plain bulk load over Bolt does. */
		CREATE_BATCHED,

		/** {@code UNWIND … CREATE}, all in one transaction: what all-or-nothing alone costs. */
		CREATE_ONE_TRANSACTION,

		/** {@code UNWIND … MERGE} on id and on (type, ends, source, locator), all in one transaction. */
		MERGE_ONE_TRANSACTION

	}

	static final int BATCH = 5_000;

	private static final Set<String> INTEGERS = Set.of("memberCount", "order");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private RawLoader() {
	}

	/** Loads every file and returns the rows sent. */
	static long load(Driver driver, Path corpus, Mode mode) throws IOException {
		long rows = 0;
		try (Session session = driver.session()) {
			Transaction single = (mode != Mode.CREATE_BATCHED) ? session.beginTransaction() : null;
			for (String kind : List.of("nodes", "relationships")) {
				try (Stream<Path> files = Files.list(corpus.resolve(kind))) {
					for (Path file : files.sorted().toList()) {
						String name = file.getFileName().toString().replace(".csv", "");
						String cypher = kind.equals("nodes") ? nodes(name, mode) : relationships(name, mode);
						rows += send(session, single, file, cypher, kind.equals("relationships"));
					}
				}
			}
			if (single != null) {
				single.commit();
				single.close();
			}
		}
		return rows;
	}

	private static String nodes(String label, Mode mode) {
		return (mode != Mode.MERGE_ONE_TRANSACTION) ? "UNWIND $rows AS row CREATE (n:Entity:" + label + ") SET n = row"
				: "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row SET n:" + label;
	}

	private static String relationships(String type, Mode mode) {
		String match = "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) ";
		return match + ((mode != Mode.MERGE_ONE_TRANSACTION) ? "CREATE (a)-[r:" + type + "]->(b) SET r = row.properties"
				: "MERGE (a)-[r:" + type + " {source: row.properties.source, locator: row.properties.locator}]->(b) "
						+ "SET r = row.properties");
	}

	private static long send(Session session, Transaction single, Path file, String cypher, boolean relationship)
			throws IOException {
		long rows = 0;
		List<Map<String, Object>> batch = new ArrayList<>(BATCH);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				Map<String, Object> properties = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					String cell = record.get(i);
					if (!cell.isEmpty()) {
						properties.put(header.get(i), INTEGERS.contains(header.get(i)) ? (Object) Long.parseLong(cell) : cell);
					}
				}
				if (relationship) {
					Map<String, Object> row = new HashMap<>();
					row.put("from", properties.remove("from"));
					row.put("to", properties.remove("to"));
					row.put("properties", properties);
					batch.add(row);
				}
				else {
					batch.add(properties);
				}
				rows++;
				if (batch.size() == BATCH) {
					flush(session, single, cypher, batch);
					batch = new ArrayList<>(BATCH);
				}
			}
		}
		if (!batch.isEmpty()) {
			flush(session, single, cypher, batch);
		}
		return rows;
	}

	private static void flush(Session session, Transaction single, String cypher, List<Map<String, Object>> batch) {
		Map<String, Object> parameters = Map.of("rows", batch);
		if (single != null) {
			single.run(cypher, parameters).consume();
		}
		else {
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
		}
	}

}
