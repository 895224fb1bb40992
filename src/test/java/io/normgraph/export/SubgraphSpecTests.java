package io.normgraph.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SubgraphSpecTests {

	@Test
	void noRootIsTheWholeGraphOverEveryType() {
		SubgraphSpec spec = SubgraphSpec.of(null, null, null);
		assertThat(spec.wholeGraph()).isTrue();
		assertThat(spec.allTypes()).isTrue();
	}

	@Test
	void rootDefaultsToDepthTwo() {
		SubgraphSpec spec = SubgraphSpec.of("secure-std-1", null, "DERIVES_FROM, PART_OF");
		assertThat(spec.depth()).isEqualTo(2);
		assertThat(spec.sortedTypes()).containsExactly("DERIVES_FROM", "PART_OF");
	}

	@Test
	void unknownTypeIsRefusedByName() {
		assertThatExceptionOfType(InvalidExportParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of("trips", 1, "PART_OF,DETACH DELETE n"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("types"))
			.withMessageContaining("DETACH DELETE n");
	}

	@Test
	void depthIsBounded() {
		assertThatExceptionOfType(InvalidExportParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of("trips", SubgraphSpec.MAX_DEPTH + 1, null))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("depth"));
		assertThatExceptionOfType(InvalidExportParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of("trips", -1, null))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("depth"));
	}

	@Test
	void depthWithoutRootIsRefused() {
		assertThatExceptionOfType(InvalidExportParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(null, 2, null))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("depth"));
	}

	@Test
	void rootMustLookLikeAnId() {
		assertThatExceptionOfType(InvalidExportParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of("x' OR 1=1", 1, null))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("root"));
	}

	@Test
	void emptyTypesListIsRefused() {
		assertThatExceptionOfType(InvalidExportParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of("trips", 1, " , "))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("types"));
	}

}
