package io.normgraph.corpus;

import io.normgraph.schema.BuiltInSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of malformed file is reported with file, line and column, and all problems come
 * back at once.
 */
class CsvCorpusParserTests {

	private static final String ACTOR_HEADER = "id,name,source,locator,kind,region";

	@TempDir
	Path root;

	private CorpusDirectory corpus;

	private final List<ImportProblem> problems = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.corpus = new CorpusDirectory(this.root);
	}

	private CorpusRows parse() {
		return new CsvCorpusParser(BuiltInSchema.get(), List.of(""), this.problems).parse(this.corpus.files());
	}

	/**
	 * Files are read so that what a row points at is known first: the source label's nodes,
	 * then the other nodes, then the relationships, each group by path.
	 */
	@Test
	void readsSourcesThenOtherNodesThenRelationships() {
		CsvCorpusParser parser = new CsvCorpusParser(BuiltInSchema.get(), List.of(""), this.problems);
		List<CorpusFiles.CorpusFile> files = java.util.stream.Stream
			.of("relationships/PART_OF.csv", "nodes/Provision.csv", "relationships/DERIVES_FROM.csv", "nodes/Source.csv",
					"nodes/Actor.csv")
			.map((path) -> new CorpusFiles.CorpusFile(path, () -> java.io.InputStream.nullInputStream()))
			.toList();
		assertThat(parser.order(files)).extracting(CorpusFiles.CorpusFile::path)
			.containsExactly("nodes/Source.csv", "nodes/Actor.csv", "nodes/Provision.csv", "relationships/DERIVES_FROM.csv",
					"relationships/PART_OF.csv");
	}

	@Test
	void readsTypedRowsAndSkipsEmptyCells() {
		this.corpus.file("nodes/Forum.csv", "id,name,source,locator,memberCount,headquarters",
				"wco,World Customs Organization,li-2008,II,174,");
		this.corpus.file("relationships/PART_OF.csv", "from,to,source,locator,order", "wco-council,wco,li-2008,II,1");
		CorpusRows rows = parse();
		assertThat(this.problems).isEmpty();
		assertThat(rows.nodes()).singleElement().satisfies((node) -> {
			assertThat(node.label()).isEqualTo("Forum");
			assertThat(node.properties()).containsEntry("memberCount", 174L).doesNotContainKey("headquarters");
		});
		assertThat(rows.relationships()).singleElement().satisfies((relationship) -> {
			assertThat(relationship.from()).isEqualTo("wco-council");
			assertThat(relationship.properties()).containsEntry("order", 1L).doesNotContainKeys("from", "to");
		});
	}

	@Test
	void reportsEveryBadCellWithFileLineAndColumn() {
		this.corpus.file("nodes/Meeting.csv", "id,name,source,locator,startDate,session",
				"wco-pc-59,Policy Commission,li-2008,IV.2.3,2008-06-31,59th",
				"Bad Id,Meeting,li-2008,IV,2008-13,1",
				"wco-pc-60,,li-2008,IV.3,2008,60th");
		parse();
		assertThat(this.problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
			.containsExactlyInAnyOrder(tuple("nodes/Meeting.csv", 2L, "startDate"), tuple("nodes/Meeting.csv", 3L, "id"),
					tuple("nodes/Meeting.csv", 3L, "startDate"), tuple("nodes/Meeting.csv", 4L, "name"));
		assertThat(this.problems.get(0).message()).contains("'2008-06-31' is not a date");
		assertThat(this.problems).anySatisfy((problem) -> assertThat(problem.toString())
			.isEqualTo("nodes/Meeting.csv:4 column 'name': required value is empty"));
	}

	@Test
	void reportsMissingAndUnknownColumns() {
		this.corpus.file("nodes/Actor.csv", "id,name,locator,colour", "bra,Brazil,IV,green");
		parse();
		assertThat(this.problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactlyInAnyOrder(tuple(1L, "colour", "unknown column; this file may have "
					+ "[id, name, source, locator, quote, summary, kind, region] (declare it in corpus.yml to add it)"),
					tuple(1L, "source", "required column is missing"));
	}

	@Test
	void reportsUnknownLabelsTypesAndNonCsvFiles() {
		this.corpus.file("nodes/Treaty.csv", "id,name,source,locator");
		this.corpus.file("relationships/INSPIRED.csv", "from,to,source,locator");
		this.corpus.file("nodes/notes.txt", "hello");
		parse();
		assertThat(this.problems).extracting(ImportProblem::toString)
			.containsExactlyInAnyOrder(
					"nodes/Treaty.csv: unknown label 'Treaty'; known: [Actor, Assessment, Claim, Decision, Forum, "
							+ "Instrument, Meeting, Provision, Source, Version] (declare it in corpus.yml to add it)",
					"relationships/INSPIRED.csv: unknown relationship type 'INSPIRED'; known: [ABOUT, ADOPTED_BY, "
							+ "ASSESSES, CITES, CONCERNS, CROSS_REFERENCES, DERIVES_FROM, ESTABLISHED_BY, FOLLOWS, "
							+ "HELD_BY, MEMBER_OF, NAMES, NEGOTIATED_IN, OPPOSES, PARTICIPATED_IN, PART_OF, PROMOTES, "
							+ "PURSUED_IN, REUSES, SUPERSEDES, SUPPORTS, TAKEN_AT, VERSION_OF, WORKS_WITH] (declare it in corpus.yml to add it)",
					"nodes/notes.txt: not a .csv file; nodes/ and relationships/ hold only CSV files");
	}

	@Test
	void reportsRowsWithTheWrongNumberOfFields() {
		this.corpus.file("nodes/Actor.csv", ACTOR_HEADER, "bra,Brazil,li-2008,IV,state", "ind,India,li-2008,IV,state,Asia");
		CorpusRows rows = parse();
		assertThat(this.problems).singleElement()
			.hasToString("nodes/Actor.csv:2: has 5 fields but the header has 6");
		assertThat(rows.nodes()).extracting(CorpusRows.NodeRow::id).containsExactly("ind");
	}

	@Test
	void countsLinesOfMultiLineQuotedCells() {
		this.corpus.file("nodes/Actor.csv", ACTOR_HEADER, "bra,\"Brazil,\nthe Federative Republic\",li-2008,IV,state,",
				"x y,India,li-2008,IV,state,");
		parse();
		assertThat(this.problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.column()).isEqualTo("id");
		});
	}

	@Test
	void reportsAnUnterminatedQuote() {
		this.corpus.file("nodes/Actor.csv", ACTOR_HEADER, "bra,Brazil,li-2008,IV,state,", "ind,\"India,li-2008,IV,state,");
		parse();
		assertThat(this.problems).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("nodes/Actor.csv");
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).as("says why").matches("unreadable CSV: \\S.*");
		});
	}

	@Test
	void rejectsTextThatIsNotUtf8AndDuplicateHeaders() {
		byte[] latin1 = (ACTOR_HEADER + "\ncri,Costa Rica \u00e9,li-2008,IV,state,\n").getBytes(StandardCharsets.ISO_8859_1);
		this.corpus.bytes("nodes/Actor.csv", latin1);
		this.corpus.file("nodes/Forum.csv", "id,name,source,locator,name");
		parse();
		assertThat(this.problems).extracting(ImportProblem::toString)
			.anySatisfy((text) -> assertThat(text).isEqualTo("nodes/Actor.csv: not valid UTF-8 text"))
			.anySatisfy((text) -> assertThat(text).startsWith("nodes/Forum.csv:1: bad header:"));
	}

	@Test
	void acceptsAByteOrderMarkAndRejectsOversizedCells() {
		this.corpus.file("nodes/Actor.csv", "\uFEFF" + ACTOR_HEADER,
				"bra,Brazil,li-2008,IV,state," + "x".repeat(CsvCorpusParser.MAX_CELL_LENGTH + 1));
		parse();
		assertThat(this.problems).singleElement()
			.hasToString("nodes/Actor.csv:2 column 'region': value is 100001 characters long; at most 100000 are allowed");
	}

}
