package io.normgraph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-in for the bundled corpus loader until it lands on main: loads import/secure into an
 * empty database.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestCorpus {

	private static final Set<String> INTEGERS = Set.of("memberCount", "order");

	@Bean
	ApplicationRunner testCorpusLoader(Driver driver) {
		return (args) -> {
			try (Session session = driver.session()) {
				if (session.run("MATCH (n:Entity) RETURN count(n) > 0 AS any").single().get("any").asBoolean()) {
					return;
				}
				Path corpus = Path.of("import/secure");
				for (Path file : files(corpus.resolve("nodes"))) {
					String label = file.getFileName().toString().replace(".csv", "");
					session.run("UNWIND $rows AS row CREATE (n:Entity:" + label + ") SET n = row",
							Map.of("rows", rows(file, Set.of())));
				}
				for (Path file : files(corpus.resolve("relationships"))) {
					String type = file.getFileName().toString().replace(".csv", "");
					List<Map<String, Object>> rows = new ArrayList<>();
					for (Map<String, Object> row : rows(file, Set.of())) {
						Map<String, Object> properties = new LinkedHashMap<>(row);
						Object from = properties.remove("from");
						Object to = properties.remove("to");
						rows.add(Map.of("from", from, "to", to, "props", properties));
					}
					session.run("UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:"
							+ type + "]->(b) SET r = row.props", Map.of("rows", rows));
				}
			}
		};
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".csv")).sorted().toList();
		}
	}

	private static List<Map<String, Object>> rows(Path file, Set<String> skip) throws IOException {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader)) {
				Map<String, Object> row = new LinkedHashMap<>();
				record.toMap().forEach((key, value) -> {
					if (value != null && !value.isEmpty() && !skip.contains(key)) {
						row.put(key, INTEGERS.contains(key) ? Long.parseLong(value) : value);
					}
				});
				rows.add(row);
			}
		}
		return rows;
	}

}
