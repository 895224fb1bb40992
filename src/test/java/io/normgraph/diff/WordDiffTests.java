package io.normgraph.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.normgraph.diff.DiffSegment.Kind;

/** The word-level diff: kinds, offsets in both texts, and segments that cover both texts in order. */
class WordDiffTests {

	@Test
	void identicalWordsAreOneEqualSegmentWhateverTheCaseAndPunctuation() {
		List<DiffSegment> segments = WordDiff.diff("The Parties shall cooperate.", "the parties, shall cooperate");
		assertThat(segments).containsExactly(new DiffSegment(Kind.EQUAL, 0, 27, 0, 28));
	}

	@Test
	void aSubstitutionIsAReplaceWithTheOffsetsOfTheChangedWordsOnBothSides() {
		String from = "Members shall provide for criminal procedures";
		String to = "Members may provide for civil and criminal procedures";
		List<DiffSegment> segments = WordDiff.diff(from, to);
		assertThat(segments).extracting(DiffSegment::kind)
			.containsExactly(Kind.EQUAL, Kind.REPLACE, Kind.EQUAL, Kind.INSERT, Kind.EQUAL);
		DiffSegment replace = segments.get(1);
		assertThat(from.substring(replace.fromStart(), replace.fromEnd())).isEqualTo("shall");
		assertThat(to.substring(replace.toStart(), replace.toEnd())).isEqualTo("may");
		DiffSegment insert = segments.get(3);
		assertThat(to.substring(insert.toStart(), insert.toEnd())).isEqualTo("civil and");
		assertThat(insert.fromStart()).isEqualTo(insert.fromEnd()).isEqualTo(from.indexOf("criminal"));
	}

	@Test
	void aDeletionIsEmptyOnTheToSideAtTheWordWhereItHappened() {
		String from = "suspend the release of goods";
		String to = "suspend the goods";
		List<DiffSegment> segments = WordDiff.diff(from, to);
		assertThat(segments).extracting(DiffSegment::kind).containsExactly(Kind.EQUAL, Kind.DELETE, Kind.EQUAL);
		DiffSegment delete = segments.get(1);
		assertThat(from.substring(delete.fromStart(), delete.fromEnd())).isEqualTo("release of");
		assertThat(delete.toStart()).isEqualTo(delete.toEnd()).isEqualTo(to.indexOf("goods"));
	}

	@Test
	void segmentsCoverEveryWordOfBothTextsInOrder() {
		String from = "a b c d e f g h";
		String to = "x a b d e y g h z";
		List<DiffSegment> segments = WordDiff.diff(from, to);
		StringBuilder fromWords = new StringBuilder();
		StringBuilder toWords = new StringBuilder();
		int fromAt = 0;
		int toAt = 0;
		for (DiffSegment s : segments) {
			assertThat(s.fromStart()).isGreaterThanOrEqualTo(fromAt);
			assertThat(s.toStart()).isGreaterThanOrEqualTo(toAt);
			fromWords.append(from, s.fromStart(), s.fromEnd()).append(' ');
			toWords.append(to, s.toStart(), s.toEnd()).append(' ');
			fromAt = s.fromEnd();
			toAt = s.toEnd();
		}
		assertThat(fromWords.toString().replaceAll("\\s+", "")).isEqualTo(from.replace(" ", ""));
		assertThat(toWords.toString().replaceAll("\\s+", "")).isEqualTo(to.replace(" ", ""));
	}

	@Test
	void anInsertionAtTheEndAndIntoAnEmptyTextSitsAtTheEnd() {
		assertThat(WordDiff.diff("a b", "a b c")).last().isEqualTo(new DiffSegment(Kind.INSERT, 3, 3, 4, 5));
		assertThat(WordDiff.diff("", "new text")).containsExactly(new DiffSegment(Kind.INSERT, 0, 0, 0, 8));
		assertThat(WordDiff.diff("", "")).isEmpty();
	}

}
