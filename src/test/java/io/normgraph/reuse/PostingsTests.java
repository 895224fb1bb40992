package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The inverted index's primitive map, its delta lists and their compaction, across growth. */
class PostingsTests {

	@Test
	void everyKeyListsItsOrdinalsAfterTheTablesGrowAndAfterCompaction() {
		Postings postings = new Postings();
		int keys = 200_000;
		for (int ordinal = 0; ordinal < 3; ordinal++) {
			for (int key = 0; key < keys; key++) {
				postings.add(key * 7919 + ordinal % 2, ordinal);
			}
		}
		assertThat(postings.size()).isEqualTo(3 * keys);
		assertThat(postings.count(postings.find(7919 * 5))).isEqualTo(2);
		assertThat(delta(postings, 7919 * 5)).containsExactly(2, 0);
		assertThat(base(postings, 7919 * 5)).isEmpty();
		postings.compact();
		assertThat(base(postings, 7919 * 5)).containsExactly(0, 2);
		assertThat(base(postings, 7919 * 5 + 1)).containsExactly(1);
		assertThat(delta(postings, 7919 * 5)).isEmpty();
		assertThat(postings.find(-3)).isNegative();
		assertThat(postings.size()).isEqualTo(3 * keys);
	}

	@Test
	void aSmallDeltaWaitsForTheNextCompactionAndIsReadAlongsideTheBase() {
		Postings postings = new Postings();
		for (int ordinal = 0; ordinal < 100; ordinal++) {
			postings.add(42, ordinal);
		}
		postings.compact();
		postings.add(42, 100);
		postings.add(43, 100);
		postings.compact();
		assertThat(base(postings, 42)).hasSize(100);
		assertThat(delta(postings, 42)).containsExactly(100);
		assertThat(postings.count(postings.find(42))).isEqualTo(101);
		for (int ordinal = 101; ordinal < 130; ordinal++) {
			postings.add(42, ordinal);
		}
		postings.compact();
		assertThat(base(postings, 42)).hasSize(130).isSorted();
		assertThat(base(postings, 43)).containsExactly(100);
	}

	@Test
	void theBaseSurvivesTheTablesGrowingAfterCompaction() {
		Postings postings = new Postings();
		postings.add(7, 0);
		postings.add(7, 1);
		postings.compact();
		for (int key = 100; key < 200_000; key++) {
			postings.add(key, 2);
		}
		assertThat(base(postings, 7)).containsExactly(0, 1);
		assertThat(postings.count(postings.find(7))).isEqualTo(2);
	}

	private static List<Integer> base(Postings postings, int key) {
		List<Integer> result = new ArrayList<>();
		int slot = postings.find(key);
		for (int x = postings.baseStart(slot); x < postings.baseEnd(slot); x++) {
			result.add(postings.base(x));
		}
		return result;
	}

	private static List<Integer> delta(Postings postings, int key) {
		List<Integer> result = new ArrayList<>();
		for (int p = postings.head(postings.find(key)); p >= 0; p = postings.next(p)) {
			result.add(postings.ordinal(p));
		}
		return result;
	}

}
