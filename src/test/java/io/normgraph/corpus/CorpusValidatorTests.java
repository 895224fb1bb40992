package io.normgraph.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.Schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What no single row can show, without a database: the graph's side is what GraphState reads of
 * it (CorpusImporterIT runs the same corpus against the real graph).
 */
class CorpusValidatorTests {

	/** Part of the bundled corpus, as the graph answers for the referenced ids. */
	private static final Schema SCHEMA = BuiltInSchema.get();

	private static final Map<String, String> GRAPH = Map.of("li-2008", "Source", "trips", "Instrument", "secure-std-1",
			"Provision", "secure-std-2", "Provision", "wco-policy-commission-59", "Meeting", "wco-secure-wg-3", "Meeting",
			"bra", "Actor");

	@TempDir
	Path root;

	private final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void everyInconsistencyAtOnceWithFileLineAndColumn() {
		CorpusRows rows = parse(new CorpusDirectory(this.root)
			.file("nodes/Actor.csv", "id,name,source,locator,kind", "per,Peru,li-2008,IV.2.1,state",
					"per,Peru again,li-2008,IV.2.1,state", "trips,Not an actor,li-2008,I,state",
					"chl,Chile,no-such-source,IV,state", "col,Colombia,trips,IV,state")
			.file("relationships/OPPOSES.csv", "from,to,source,locator,meeting,action",
					"per,secure-std-1,li-2008,IV.2.1,wco-policy-commission-59,opposed",
					"per,secure-std-99,li-2008,IV.2.1,wco-secure-wg-3,opposed",
					"per,secure-std-2,li-2008,IV.2.1,bra,opposed",
					"per,secure-std-1,li-2008,IV.2.1,wco-secure-wg-3,opposed again"));
		assertThat(References.ids(SCHEMA, rows)).contains("per", "trips", "li-2008", "no-such-source",
				"secure-std-99", "bra", "wco-secure-wg-3");
		validator(GRAPH).validate(rows);
		assertThat(this.problems)
			.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactlyInAnyOrder(
					tuple("nodes/Actor.csv", 3L, "id", "duplicate id 'per', first defined at nodes/Actor.csv:2"),
					tuple("nodes/Actor.csv", 4L, "id",
							"'trips' is already an Instrument in the graph; an id names one node of one label"),
					tuple("nodes/Actor.csv", 5L, "source", "'no-such-source' is neither in this corpus nor in the graph"),
					tuple("nodes/Actor.csv", 6L, "source", "'trips' is an Instrument, not a Source"),
					tuple("relationships/OPPOSES.csv", 3L, "to", "'secure-std-99' is neither in this corpus nor in the graph"),
					tuple("relationships/OPPOSES.csv", 4L, "meeting", "'bra' is an Actor, not a Meeting"),
					tuple("relationships/OPPOSES.csv", 5L, null,
							"duplicate OPPOSES from 'per' to 'secure-std-1' with the same source and locator as "
									+ "relationships/OPPOSES.csv:2"));
	}

	@Test
	void referencesResolveWithinTheCorpusAndAgainstTheGraph() {
		CorpusRows rows = parse(new CorpusDirectory(this.root)
			.file("nodes/Source.csv", "id,name,source,locator", "my-source,My source,my-source,p. 1")
			.file("nodes/Actor.csv", "id,name,source,locator", "per,Peru,my-source,IV", "bra,Brazil,li-2008,IV")
			.file("relationships/OPPOSES.csv", "from,to,source,locator,meeting", "per,secure-std-1,my-source,p. 2,wco-secure-wg-3",
					"per,secure-std-1,my-source,p. 3,", "bra,secure-std-2,li-2008,IV,"));
		validator(GRAPH).validate(rows);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void aRelationshipEndMayBeAnyLabelButMustExist() {
		CorpusRows rows = parse(new CorpusDirectory(this.root).file("relationships/OPPOSES.csv", "from,to,source,locator",
				"bra,trips,li-2008,IV", "nobody,secure-std-1,li-2008,IV"));
		validator(GRAPH).validate(rows);
		assertThat(this.problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple(3L, "from", "'nobody' is neither in this corpus nor in the graph"));
	}

	@Test
	void relationshipsConnectOnlyTheLabelsTheirTypeAllowsAndNoneAnotherCorpusAsserts() {
		CorpusRows rows = parse(new CorpusDirectory(this.root).file("relationships/HELD_BY.csv", "from,to,source,locator",
				"wco-secure-wg-3,bra,li-2008,IV", "wco-secure-wg-3,wco-policy-commission-59,li-2008,IV.2.1"));
		GraphState graph = new GraphState(Map.of("wco-secure-wg-3", "Meeting", "bra", "Actor", "li-2008", "Source",
				"wco-policy-commission-59", "Forum"), Map.of(),
				Map.of("wco-secure-wg-3|HELD_BY|wco-policy-commission-59|li-2008|IV.2.1",
						new GraphState.Existing("HELD_BY", "wco-secure-wg-3", "wco-policy-commission-59", "secure", Map.of())),
				java.util.Set.of(), Map.of());
		new CorpusValidator(SCHEMA, graph, "mine", this.problems).validate(rows);
		assertThat(this.problems).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
				tuple(2L, "HELD_BY cannot connect a Meeting ('wco-secure-wg-3') to an Actor ('bra'); it connects [Meeting -> Forum]"),
				tuple(3L, "HELD_BY from 'wco-secure-wg-3' to 'wco-policy-commission-59' with this source and locator is "
						+ "already asserted by corpus 'secure'; give the locator where this corpus found it"));
	}

	private CorpusValidator validator(Map<String, String> labels) {
		return new CorpusValidator(SCHEMA, new GraphState(labels, Map.of(), Map.of(), java.util.Set.of(), Map.of()), "mine",
				this.problems);
	}

	private CorpusRows parse(CorpusDirectory corpus) {
		CorpusRows rows = new CsvCorpusParser(SCHEMA, List.of(""), this.problems).parse(corpus.files());
		assertThat(this.problems).as("the parser's own problems").isEmpty();
		return rows;
	}

}
