package io.normgraph.corpus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import io.normgraph.corpus.CorpusFiles.CorpusFile;
import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.schema.PropertySpec;
import io.normgraph.schema.Schema;
import io.normgraph.schema.ValueType;

/**
 * Reads a corpus's CSV files into typed rows, checking each file, header and cell against the
 * {@link Schema}. It reports every problem and goes on: an unknown column is ignored after it is
 * reported, a bad cell is left out of its row, so the checks across rows (references,
 * duplicates, endpoints, conflicts) still see every row that can be read.
 */
class CsvCorpusParser {

	/** No single cell may be longer; a provision's text is far shorter. */
	static final int MAX_CELL_LENGTH = 100_000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(false)
		.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
		.get();

	private final Schema schema;

	private final Set<String> missingValues;

	private final ProblemSink problems;

	CsvCorpusParser(Schema schema, List<String> missingValues, List<ImportProblem> problems) {
		this(schema, missingValues, problems::add);
	}

	CsvCorpusParser(Schema schema, List<String> missingValues, ProblemSink problems) {
		this.schema = schema;
		this.missingValues = Set.copyOf(missingValues);
		this.problems = problems;
	}

	/** Every row, held in memory: for small corpora and tests. */
	CorpusRows parse(CorpusFiles corpus) {
		List<NodeRow> nodes = new ArrayList<>();
		List<RelationshipRow> relationships = new ArrayList<>();
		parse(corpus, new RowSink() {

			@Override
			public void node(NodeRow row) {
				nodes.add(row);
			}

			@Override
			public void relationship(RelationshipRow row) {
				relationships.add(row);
			}

		});
		return new CorpusRows(nodes, relationships);
	}

	/**
	 * Streams every row that can be read to the sink, file by file ({@link #order}), holding
	 * none of them: a corpus of any size is read in constant memory.
	 */
	void parse(CorpusFiles corpus, RowSink sink) {
		for (CorpusFile file : order(corpus.tables())) {
			parseFile(file, sink);
			sink.fileDone(file.path());
		}
	}

	/**
	 * Node files before relationship files, and among node files those of source labels first,
	 * so that the ids a row points at (provenance above all) are known when it is read.
	 */
	List<CorpusFile> order(List<CorpusFile> files) {
		return files.stream().sorted(Comparator.comparingInt((CorpusFile file) -> rank(file.path()))
			.thenComparing(CorpusFile::path)).toList();
	}

	private int rank(String path) {
		if (!path.startsWith(CorpusFiles.NODES)) {
			return 2;
		}
		String label = path.substring(CorpusFiles.NODES.length()).replaceFirst("\\.csv$", "");
		return (this.schema.roleOf(label) == io.normgraph.schema.LabelRole.SOURCE) ? 0 : 1;
	}

	/** Where parsed rows go, one at a time. */
	interface RowSink {

		void node(NodeRow row);

		void relationship(RelationshipRow row);

		/** All of a file's rows have been given. */
		default void fileDone(String path) {
		}

	}

	/** Where problems go. */
	@FunctionalInterface
	interface ProblemSink {

		void add(ImportProblem problem);

	}

	private void parseFile(CorpusFile file, RowSink sink) {
		String path = file.path();
		String name = path.substring(path.indexOf('/') + 1);
		boolean isNodes = path.startsWith(CorpusFiles.NODES);
		if (!name.endsWith(".csv")) {
			this.problems.add(new ImportProblem(path, 0, null, "not a .csv file; nodes/ and relationships/ hold only CSV files"));
			return;
		}
		String labelOrType = name.substring(0, name.length() - ".csv".length());
		Set<String> known = isNodes ? this.schema.labels().keySet() : this.schema.types().keySet();
		if (!known.contains(labelOrType)) {
			this.problems.add(new ImportProblem(path, 0, null, "unknown " + (isNodes ? "label" : "relationship type") + " '"
					+ ValueType.abbreviate(labelOrType) + "'; known: " + new TreeSet<>(known)
					+ " (declare it in corpus.yml to add it)"));
			return;
		}
		Map<String, PropertySpec> columns = isNodes ? this.schema.nodeProperties(labelOrType)
				: this.schema.relationshipProperties(labelOrType);
		boolean event = isNodes && Validity.isEvent(this.schema, labelOrType);
		try (Reader reader = strictUtf8(file); CSVParser parser = FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(CsvCorpusParser::stripBom).toList();
			checkHeader(path, header, columns);
			Iterator<CSVRecord> records = parser.iterator();
			for (long line = 2; next(records, path, line); line = parser.getCurrentLineNumber() + 1) {
				CSVRecord record = records.next();
				Origin origin = new Origin(path, line);
				if (record.size() != header.size()) {
					this.problems.add(origin.problem(null, "has " + record.size() + " fields but the header has " + header.size()));
					continue;
				}
				Map<String, Object> properties = readCells(record, origin, header, columns);
				Validity.add(properties, columns, event);
				add(isNodes, labelOrType, properties, origin, sink);
			}
		}
		catch (IllegalArgumentException ex) {
			// commons-csv rejects a header with duplicate or empty names this way.
			this.problems.add(new ImportProblem(path, 1, null, "bad header: " + ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			this.problems.add(new ImportProblem(path, 0, null, describe(ex)));
		}
	}

	/** Whether there is a next record; an unreadable one ends the file with a problem. */
	private boolean next(Iterator<CSVRecord> records, String path, long line) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			this.problems.add(new ImportProblem(path, line, null, "unreadable CSV: " + describe(ex)));
			return false;
		}
	}

	private void add(boolean isNodes, String labelOrType, Map<String, Object> properties, Origin origin, RowSink sink) {
		if (isNodes) {
			if (properties.get("id") instanceof String) {
				sink.node(new NodeRow(labelOrType, properties, origin));
			}
		}
		else if (properties.get("from") instanceof String from && properties.get("to") instanceof String to) {
			properties.remove("from");
			properties.remove("to");
			sink.relationship(new RelationshipRow(labelOrType, from, to, properties, origin));
		}
	}

	private void checkHeader(String path, List<String> header, Map<String, PropertySpec> columns) {
		for (String column : header) {
			if (!columns.containsKey(column)) {
				this.problems.add(new ImportProblem(path, 1, ValueType.abbreviate(column),
						"unknown column; this file may have " + columns.keySet() + " (declare it in corpus.yml to add it)"));
			}
		}
		columns.values()
			.stream()
			.filter((column) -> column.required() && !header.contains(column.name()))
			.forEach((column) -> this.problems.add(new ImportProblem(path, 1, column.name(), "required column is missing")));
	}

	/** The row's typed, non-empty cells; each bad one is reported and left out. */
	private Map<String, Object> readCells(CSVRecord record, Origin origin, List<String> header,
			Map<String, PropertySpec> columns) {
		Map<String, Object> properties = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			PropertySpec column = columns.get(header.get(i));
			if (column == null) {
				continue;
			}
			String cell = record.get(i).strip();
			if (this.missingValues.contains(cell) || cell.isEmpty()) {
				if (column.required()) {
					this.problems.add(origin.problem(column.name(), "required value is empty"));
				}
				continue;
			}
			if (cell.length() > MAX_CELL_LENGTH) {
				this.problems.add(origin.problem(column.name(),
						"value is " + cell.length() + " characters long; at most " + MAX_CELL_LENGTH + " are allowed"));
				continue;
			}
			try {
				properties.put(column.name(), column.type().parse(cell));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(origin.problem(column.name(), ex.getMessage()));
			}
		}
		return properties;
	}

	/** Bytes of CSV read so far, for progress. */
	long bytesRead() {
		return this.bytesRead.get();
	}

	private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

	private Reader strictUtf8(CorpusFile file) throws IOException {
		java.io.InputStream counted = new java.io.FilterInputStream(file.open()) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					CsvCorpusParser.this.bytesRead.incrementAndGet();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					CsvCorpusParser.this.bytesRead.addAndGet(n);
				}
				return n;
			}

		};
		return new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
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
