package io.normgraph.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalOrderTests {

	@Test
	void digitRunsCompareAsNumbersTheRestCharacterByCharacter() {
		List<String> sorted = List.of("secure-intro", "secure-std-1", "secure-std-2", "secure-std-2a", "secure-std-10",
				"syn-prov-1-3", "syn-prov-1-20", "syn-prov-10-1", "trips-art-51", "trips-art-51bis");
		for (int seed = 0; seed < 5; seed++) {
			List<String> shuffled = new ArrayList<>(sorted);
			Collections.shuffle(shuffled, new Random(seed));
			shuffled.sort(NaturalOrder.COMPARATOR);
			assertThat(shuffled).containsExactlyElementsOf(sorted);
		}
		assertThat(NaturalOrder.COMPARATOR.compare("std-7", "std-7")).isZero();
		assertThat(NaturalOrder.COMPARATOR.compare("std", "std-1")).isNegative();
	}

}
