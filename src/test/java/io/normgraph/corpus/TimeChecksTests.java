package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.schema.BuiltInSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TimeChecksTests {

	private final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void versionsThatSupersedeInACircleAreOneProblemAtTheRowClosingIt() {
		check(List.of(), List.of(supersedes("v2", "v1", 2), supersedes("v3", "v2", 3), supersedes("v1", "v3", 4),
				supersedes("v4", "v3", 5)));
		assertThat(this.problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple("relationships/SUPERSEDES.csv", 3L,
					"versions form a cycle: 'v2' SUPERSEDES 'v1' SUPERSEDES 'v3' SUPERSEDES 'v2'; a version cannot come "
							+ "before itself (rows relationships/SUPERSEDES.csv:2, relationships/SUPERSEDES.csv:4, "
							+ "relationships/SUPERSEDES.csv:3)"));
	}

	@Test
	void aLongChainIsWalkedWithoutRecursion() {
		List<RelationshipRow> chain = new ArrayList<>();
		for (int i = 1; i < 50_000; i++) {
			chain.add(supersedes("v" + i, "v" + (i - 1), i + 1));
		}
		chain.add(supersedes("v0", "v49999", 50_001));
		check(List.of(), chain);
		assertThat(this.problems).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("(50000 steps)", " … ")
				.hasSizeLessThan(500));
	}

	@Test
	void aVersionSupersedingItselfIsACycle() {
		check(List.of(), List.of(supersedes("v1", "v1", 7)));
		assertThat(this.problems).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(7L, "versions form a cycle: 'v1' SUPERSEDES 'v1'; a version cannot come before itself "
					+ "(rows relationships/SUPERSEDES.csv:7)"));
	}

	@Test
	void aChainOrATreeOfVersionsIsNoCycle() {
		check(List.of(), List.of(supersedes("v2", "v1", 2), supersedes("v3", "v2", 3), supersedes("v3b", "v2", 4),
				supersedes("v4", "v3", 5), supersedes("v4", "v3b", 6)));
		assertThat(this.problems).isEmpty();
	}

	@Test
	void anEndBeforeItsStartIsAProblemAtItsColumnComparedAsPartialDates() {
		check(List.of(new NodeRow("Provision", Map.of("id", "p", "addedOn", "2008-05", "deletedOn", "2008-04-30"),
				new Origin("nodes/Provision.csv", 2))),
				List.of(member("2008", "2007-12", 2), member("2008", "2008-03", 3), member("2008-06-15", "2008-06", 4),
						member("2008", "", 5)));
		assertThat(this.problems).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column,
				ImportProblem::message)
			.containsExactlyInAnyOrder(
					tuple("nodes/Provision.csv", 2L, "deletedOn",
							"deletedOn 2008-04-30 is before addedOn 2008-05: a fact cannot end before it starts"),
					tuple("relationships/MEMBER_OF.csv", 2L, "until",
							"until 2007-12 is before since 2008: a fact cannot end before it starts"));
	}

	private void check(List<NodeRow> nodes, List<RelationshipRow> relationships) {
		TimeChecks checks = new TimeChecks(BuiltInSchema.get(), this.problems::add);
		nodes.forEach(checks::node);
		relationships.forEach(checks::relationship);
		checks.finish();
	}

	private static RelationshipRow supersedes(String from, String to, long line) {
		return new RelationshipRow("SUPERSEDES", from, to, Map.of("source", "s", "locator", "l" + line),
				new Origin("relationships/SUPERSEDES.csv", line));
	}

	private static RelationshipRow member(String since, String until, long line) {
		return new RelationshipRow("MEMBER_OF", "a", "f",
				until.isEmpty() ? Map.of("since", since) : Map.of("since", since, "until", until),
				new Origin("relationships/MEMBER_OF.csv", line));
	}

}
