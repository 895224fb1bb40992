package io.normgraph.lineage;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphResult;
import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.BuiltInSchemaOnly;
import io.normgraph.system.BadParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lineage service over the in-memory statements ({@link InMemoryLineageGraph}, LineageFanOutIT's
 * fixture): what it reads of a request, both directions in one answer under one limit, and the
 * minimal answer's grouping by outermost container ({@code within}).
 */
class LineageServiceTests {

	private static final LineageTypes DEFAULTS = LineageTypes.parse(null, BuiltInSchema.get());

	private final InMemoryLineageGraph graph = new InMemoryLineageGraph();

	private LineageService service;

	@BeforeEach
	void fixture() {
		this.graph.node(FanOutFixture.INSTRUMENT, "Instrument");
		FanOutFixture.PROVISIONS.forEach((id) -> this.graph.node(id, "Provision"));
		FanOutFixture.links().forEach((link) -> this.graph.link(link.get(0), link.get(1), link.get(2), link.get(3)));
		this.service = new LineageService(this.graph.using(DEFAULTS), BuiltInSchemaOnly.registry());
	}

	@Test
	void bothDirectionsMakeOneAnswerEachNodeOnceAtItsNearestDepth() {
		GraphResult up = this.service.lineage(LineageRequest.of("lf-2a").withDepth(2));
		GraphResult down = this.service.lineage(LineageRequest.of("lf-2a").withDirection("downstream").withDepth(2));
		GraphResult both = this.service.lineage(LineageRequest.of("lf-2a").withDirection("both").withDepth(2));
		assertThat(ids(both)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(union(ids(up), ids(down)))
			.contains("lf-3a", "lf-1a", "lf-r");
		assertThat(depth(both, "lf-2a")).isZero();
		assertThat(depth(both, "lf-1a")).isEqualTo(1);
		assertThat(ids(up)).doesNotContain("lf-1a");
		assertThat(ids(down)).doesNotContain("lf-3a");
		assertThat(both.relationships()).hasSize(up.relationships().size() + down.relationships().size());
	}

	@Test
	void aMinimalAnswerCarriesNoPropertiesButEachUnitsOutermostContainer() {
		GraphResult minimal = this.service.lineage(LineageRequest.of("lf-r").withFields("minimal").withDepth(1));
		assertThat(minimal.nodes()).allSatisfy((node) -> assertThat(node.properties()).doesNotContainKeys("text", "source"));
		assertThat(node(minimal, "lf-r").properties()).containsEntry("within", "lf-i");
		assertThat(node(minimal, "lf-1a").properties()).doesNotContainKey("within");
		assertThat(this.graph.shapes()).contains("within");
		GraphResult all = this.service.lineage(LineageRequest.of("lf-r").withDepth(1));
		assertThat(node(all, "lf-r").properties()).containsKey("text").doesNotContainKey("within");
	}

	@Test
	void theLimitHoldsForBothDirectionsTogether() {
		GraphResult cut = this.service.lineage(LineageRequest.of("lf-2a").withDirection("both").withDepth(6).withLimit(3));
		assertThat(cut.nodes()).hasSize(3);
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.omitted().nodes()).isPositive();
	}

	@Test
	void everyParameterIsCheckedBeforeAnyStatement() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> this.service.lineage(LineageRequest.of("lf-r").withDepth(7)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("depth"));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> this.service.lineage(LineageRequest.of("lf-r").withDirection("sideways")))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("direction"));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> this.service.lineage(LineageRequest.of("Not An Id")))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("id"));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> this.service.lineage(LineageRequest.of("lf-r").withInferred("sometimes", null)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("inferred"));
		assertThat(this.graph.shapes()).isEmpty();
	}

	private static List<String> union(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
	}

	private static List<String> ids(GraphResult result) {
		return result.nodes().stream().map(GraphNode::id).toList();
	}

	private static GraphNode node(GraphResult result, String id) {
		return result.nodes().stream().filter((node) -> node.id().equals(id)).findFirst().orElseThrow();
	}

	private static int depth(GraphResult result, String id) {
		return ((Number) node(result, id).properties().get("depth")).intValue();
	}

}
