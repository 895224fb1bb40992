package io.normgraph.export;

import org.junit.jupiter.api.Test;

import io.normgraph.system.BadParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SubgraphSpecTests {

	private static final java.util.Set<String> TYPES = io.normgraph.schema.BuiltInSchema.get().types().keySet();

	@Test
	void noRootIsTheWholeGraphOverEveryType() {
		SubgraphSpec spec = SubgraphSpec.of(new ExportParameters(null, null, null), TYPES);
		assertThat(spec.wholeGraph()).isTrue();
		assertThat(spec.allTypes()).isTrue();
	}

	@Test
	void rootDefaultsToDepthTwo() {
		SubgraphSpec spec = SubgraphSpec.of(new ExportParameters("secure-std-1", null, "DERIVES_FROM, PART_OF"), TYPES);
		assertThat(spec.depth()).isEqualTo(2);
		assertThat(spec.sortedTypes()).containsExactly("DERIVES_FROM", "PART_OF");
	}

	@Test
	void aSubgraphWithoutTypesFollowsTheSchemaTypesNeverNormgraphOwn() {
		SubgraphSpec spec = SubgraphSpec.of(new ExportParameters("trips", 1, null), TYPES);
		assertThat(spec.allTypes()).isFalse();
		assertThat(spec.types()).isEqualTo(TYPES).doesNotContain("ASSERTS");
	}

	@Test
	void filenameNamesTheRootAndDepth() {
		assertThat(SubgraphSpec.of(new ExportParameters("trips", 3, null), TYPES).filename(ExportFormat.CSV))
			.isEqualTo("normgraph-trips-depth-3.csv.zip");
		assertThat(SubgraphSpec.of(new ExportParameters(null, null, null), TYPES).filename(ExportFormat.GRAPHML))
			.isEqualTo("normgraph.graphml");
	}

	@Test
	void unknownTypeIsRefusedByName() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(new ExportParameters("trips", 1, "PART_OF,DETACH DELETE n"), TYPES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("types"))
			.withMessageContaining("DETACH DELETE n");
	}

	@Test
	void depthIsBounded() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(new ExportParameters("trips", SubgraphSpec.MAX_DEPTH + 1, null), TYPES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("depth"));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(new ExportParameters("trips", -1, null), TYPES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("depth"));
	}

	@Test
	void depthWithoutRootIsRefused() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(new ExportParameters(null, 2, null), TYPES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("depth"));
	}

	@Test
	void rootMustLookLikeAnId() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(new ExportParameters("x' OR 1=1", 1, null), TYPES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("root"));
	}

	@Test
	void emptyTypesListIsRefused() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> SubgraphSpec.of(new ExportParameters("trips", 1, " , "), TYPES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("types"));
	}

}
