package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.normgraph.corpus.CorpusRows.Origin;

/**
 * A staged row's file and line packed in one number and read back: a problem found later still
 * names where the row was.
 */
class OriginsTests {

	private final Origins origins = new Origins();

	@Test
	void fileAndLineComeBackFromTheNumber() {
		Origin actors = new Origin("nodes/Actor.csv", 2);
		Origin opposes = new Origin("relationships/OPPOSES.csv", 12_345_678_901L);
		long first = this.origins.at(actors);
		long second = this.origins.at(opposes);
		assertThat(this.origins.of(first)).isEqualTo(actors);
		assertThat(this.origins.of(second)).isEqualTo(opposes);
		assertThat(this.origins.of((int) first)).as("any number the database returns").isEqualTo(actors);
	}

	@Test
	void oneFileKeepsItsIndexAndLinesTheirOrder() {
		long line2 = this.origins.at(new Origin("nodes/Actor.csv", 2));
		this.origins.at(new Origin("nodes/Source.csv", 1));
		long line3 = this.origins.at(new Origin("nodes/Actor.csv", 3));
		assertThat(line3 - line2).isEqualTo(1);
		assertThat(this.origins.at(new Origin("nodes/Source.csv", 1))).isEqualTo((1L << 40) | 1);
	}

	@Test
	void aNumberFromAnotherRunNamesNoFile() {
		this.origins.at(new Origin("nodes/Actor.csv", 2));
		assertThat(this.origins.of(1L << 40 | 9)).isEqualTo(new Origin("?", 9));
		assertThat(this.origins.of(5L << 40 | 9)).isEqualTo(new Origin("?", 9));
	}

}
