package io.normgraph.corpus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.normgraph.corpus.CorpusFiles.CorpusFile;
import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;

/**
 * Reads a corpus's CSV files into typed rows, checking each file, header and cell against the
 * {@link CorpusSchema}. It collects every problem instead of stopping at the first, so one
 * run tells a researcher everything to fix.
 */
class CsvCorpusParser {

	/** No single cell may be longer; a provision's text is far shorter. */
	static final int MAX_CELL_LENGTH = 100_000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(false)
		.setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
		.get();

	private final List<NodeRow> nodes = new ArrayList<>();

	private final List<RelationshipRow> relationships = new ArrayList<>();

	private final List<ImportProblem> problems;

	CsvCorpusParser(List<ImportProblem> problems) {
		this.problems = problems;
	}

	CorpusRows parse(CorpusFiles corpus) {
		for (CorpusFile file : corpus.files()) {
			parseFile(file);
		}
		return new CorpusRows(this.nodes, this.relationships);
	}

	private void parseFile(CorpusFile file) {
		String path = file.path();
		String name = path.substring(path.indexOf('/') + 1);
		boolean isNodes = path.startsWith(CorpusFiles.NODES);
		if (!name.endsWith(".csv")) {
			this.problems.add(new ImportProblem(path, 0, null, "not a .csv file; a corpus holds only CSV files"));
			return;
		}
		String labelOrType = name.substring(0, name.length() - ".csv".length());
		Map<String, Map<String, ValueType>> known = isNodes ? CorpusSchema.LABELS : CorpusSchema.TYPES;
		if (!known.containsKey(labelOrType)) {
			this.problems.add(new ImportProblem(path, 0, null, "unknown " + (isNodes ? "label" : "relationship type")
					+ " '" + ValueType.abbreviate(labelOrType) + "'; known: " + new TreeSet<>(known.keySet())));
			return;
		}
		Map<String, ValueType> columns = isNodes ? CorpusSchema.nodeColumns(labelOrType)
				: CorpusSchema.relationshipColumns(labelOrType);
		try (Reader reader = strictUtf8(file); CSVParser parser = FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(CsvCorpusParser::stripBom).toList();
			if (!checkHeader(path, header, columns, isNodes ? CorpusSchema.REQUIRED_NODE_COLUMNS
					: CorpusSchema.REQUIRED_RELATIONSHIP_COLUMNS)) {
				return;
			}
			readRecords(parser, path, labelOrType, isNodes, header, columns);
		}
		catch (IllegalArgumentException ex) {
			// commons-csv rejects a header with duplicate or empty names this way.
			this.problems.add(new ImportProblem(path, 1, null, "bad header: " + ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			this.problems.add(new ImportProblem(path, 0, null, describe(ex)));
		}
	}

	private boolean checkHeader(String path, List<String> header, Map<String, ValueType> columns,
			java.util.Set<String> required) {
		boolean ok = true;
		for (String column : header) {
			if (!columns.containsKey(column)) {
				this.problems.add(new ImportProblem(path, 1, ValueType.abbreviate(column),
						"unknown column; this file may have " + columns.keySet()));
				ok = false;
			}
		}
		for (String column : required) {
			if (!header.contains(column)) {
				this.problems.add(new ImportProblem(path, 1, column, "required column is missing"));
				ok = false;
			}
		}
		return ok;
	}

	private void readRecords(CSVParser parser, String path, String labelOrType, boolean isNodes, List<String> header,
			Map<String, ValueType> columns) {
		Iterator<CSVRecord> records = parser.iterator();
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return;
				}
				record = records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				this.problems.add(new ImportProblem(path, line, null, "unreadable CSV: " + describe(ex)));
				return;
			}
			Origin origin = new Origin(path, line);
			if (record.size() != header.size()) {
				this.problems.add(origin.problem(null,
						"has " + record.size() + " fields but the header has " + header.size()));
				continue;
			}
			Map<String, Object> properties = readCells(record, origin, header, columns, isNodes);
			if (properties == null) {
				continue;
			}
			if (isNodes) {
				this.nodes.add(new NodeRow(labelOrType, properties, origin));
			}
			else {
				String from = (String) properties.remove("from");
				String to = (String) properties.remove("to");
				this.relationships.add(new RelationshipRow(labelOrType, from, to, properties, origin));
			}
		}
	}

	/** The row's typed, non-empty cells, or {@code null} when any cell is wrong (each reported). */
	private Map<String, Object> readCells(CSVRecord record, Origin origin, List<String> header,
			Map<String, ValueType> columns, boolean isNodes) {
		Map<String, Object> properties = new HashMap<>();
		boolean ok = true;
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i);
			String cell = record.get(i).strip();
			boolean required = (isNodes ? CorpusSchema.REQUIRED_NODE_COLUMNS
					: CorpusSchema.REQUIRED_RELATIONSHIP_COLUMNS).contains(column);
			if (cell.isEmpty()) {
				if (required) {
					this.problems.add(origin.problem(column, "required value is empty"));
					ok = false;
				}
				continue;
			}
			if (cell.length() > MAX_CELL_LENGTH) {
				this.problems.add(origin.problem(column, "value is " + cell.length() + " characters long; at most "
						+ MAX_CELL_LENGTH + " are allowed"));
				ok = false;
				continue;
			}
			try {
				properties.put(column, columns.get(column).parse(cell));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(origin.problem(column, ex.getMessage()));
				ok = false;
			}
		}
		return ok ? properties : null;
	}

	private static Reader strictUtf8(CorpusFile file) throws IOException {
		return new InputStreamReader(file.open(), StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static String stripBom(String name) {
		return name.startsWith("\uFEFF") ? name.substring(1) : name;
	}

	private static String describe(Exception ex) {
		Throwable cause = (ex instanceof UncheckedIOException && ex.getCause() != null) ? ex.getCause() : ex;
		if (cause instanceof CharacterCodingException) {
			return "not valid UTF-8 text";
		}
		return String.valueOf(cause.getMessage());
	}

}
