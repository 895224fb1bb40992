package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * A report lists the first problems and counts the rest, so that a corpus with a fault in each of
 * millions of rows does not fill the heap.
 */
class ProblemListTests {

	private final ProblemList problems = new ProblemList();

	@Test
	void emptyUntilTheFirstProblem() {
		assertThat(this.problems.isEmpty()).isTrue();
		assertThat(this.problems.listed()).isEmpty();
		this.problems.add(problem(2));
		assertThat(this.problems.isEmpty()).isFalse();
		assertThat(this.problems.count()).isEqualTo(1);
		assertThat(this.problems.listed()).containsExactly(problem(2));
	}

	@Test
	void upToTheLimitEveryProblemIsListedInOrder() {
		LongStream.rangeClosed(1, ProblemList.LIMIT).forEach((line) -> this.problems.add(problem(line)));
		assertThat(this.problems.count()).isEqualTo(ProblemList.LIMIT);
		assertThat(this.problems.listed()).hasSize(ProblemList.LIMIT).startsWith(problem(1)).endsWith(problem(ProblemList.LIMIT));
	}

	@Test
	void pastTheLimitTheRestAreCountedInALastLine() {
		LongStream.rangeClosed(1, ProblemList.LIMIT + 3).forEach((line) -> this.problems.add(problem(line)));
		assertThat(this.problems.count()).isEqualTo(ProblemList.LIMIT + 3);
		assertThat(this.problems.listed()).hasSize(ProblemList.LIMIT + 1)
			.doesNotContain(problem(ProblemList.LIMIT + 1))
			.last()
			.hasToString("3 more problem(s) not listed: a report lists the first 10000; fix these and run again");
	}

	private static ImportProblem problem(long line) {
		return new ImportProblem("nodes/Actor.csv", line, "id", "problem " + line);
	}

}
