package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The inverted index's primitive map and lists, across growth. */
class PostingsTests {

	@Test
	void everyKeyListsItsOrdinalsNewestFirstAfterTheTablesGrow() {
		Postings postings = new Postings();
		int keys = 200_000;
		for (int ordinal = 0; ordinal < 3; ordinal++) {
			for (int key = 0; key < keys; key++) {
				postings.add(key * 7919 + ordinal % 2, ordinal);
			}
		}
		assertThat(postings.size()).isEqualTo(3 * keys);
		assertThat(postings.count(7919 * 5)).isEqualTo(2);
		assertThat(ordinals(postings, 7919 * 5)).containsExactly(2, 0);
		assertThat(ordinals(postings, 7919 * 5 + 1)).containsExactly(1);
		assertThat(postings.count(-3)).isZero();
		assertThat(postings.head(-3)).isNegative();
		assertThat(postings.bytes()).isGreaterThan(8L * 3 * keys);
	}

	private static List<Integer> ordinals(Postings postings, int key) {
		List<Integer> result = new ArrayList<>();
		for (int p = postings.head(key); p >= 0; p = postings.next(p)) {
			result.add(postings.ordinal(p));
		}
		return result;
	}

}
