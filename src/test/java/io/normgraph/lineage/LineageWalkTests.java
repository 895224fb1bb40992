package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.schema.BuiltInSchema;
import io.normgraph.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The breadth-first walk, its rankings and the assembly of a lineage, on LineageFanOutIT's
 * {@link FanOutFixture} held in memory ({@link InMemoryLineageGraph}).
 */
class LineageWalkTests {

	private static final LineageTypes DEFAULTS = LineageTypes.parse(null, BuiltInSchema.get());

	private static final LineageTypes DERIVES_FROM = LineageTypes.parse(List.of("DERIVES_FROM"), BuiltInSchema.get());

	private static final LineageTypes DERIVATION = LineageTypes.of(Set.of("DERIVES_FROM"), BuiltInSchema.get());

	private final InMemoryLineageGraph graph = new InMemoryLineageGraph();

	@BeforeEach
	void fixture() {
		this.graph.node(FanOutFixture.INSTRUMENT, "Instrument");
		FanOutFixture.PROVISIONS.forEach((id) -> this.graph.node(id, "Provision"));
		FanOutFixture.links().forEach((link) -> this.graph.link(link.get(0), link.get(1), link.get(2), link.get(3)));
	}

	@Test
	void upstreamEveryNodeOnceWithItsFewestHopsThenShortestPath() {
		GraphResult result = lineage(true, DEFAULTS, 6, "lf-r");
		assertThat(ids(result)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-r", "lf-s", "lf-i", "lf-origin", "lf-1a", "lf-1b", "lf-2a", "lf-2b", "lf-3a",
					"lf-3b", "lf-4a", "lf-4b", "lf-5a", "lf-5b", "lf-6a", "lf-6b");
		assertDepthAndPath(result, "lf-r", 0, "lf-r");
		assertDepthAndPath(result, "lf-i", 0, "lf-r", "lf-s", "lf-i");
		assertDepthAndPath(result, "lf-origin", 1, "lf-r", "lf-s", "lf-origin");
		assertDepthAndPath(result, "lf-1a", 1, "lf-r", "lf-1a");
		assertDepthAndPath(result, "lf-3a", 1, "lf-r", "lf-3a");
		assertDepthAndPath(result, "lf-4a", 2, "lf-r", "lf-3a", "lf-4a");
		assertDepthAndPath(result, "lf-2a", 2, "lf-r", "lf-1a", "lf-2a");
		assertDepthAndPath(result, "lf-6b", 4, "lf-r", "lf-3a", "lf-4a", "lf-5a", "lf-6b");
		List<Integer> depths = result.nodes().stream().map((node) -> (Integer) node.properties().get("depth")).toList();
		assertThat(depths).isSorted();
		// The root with its containers, levels 1 to 4; nothing leads on from lf-6a and lf-6b.
		assertThat(this.graph.statements()).isEqualTo(5);
	}

	@Test
	void upstreamEveryRelationshipOfEveryPathWithinTheDepthOnce() {
		assertThat(relationshipIds(lineage(true, DEFAULTS, 6, "lf-r"))).doesNotHaveDuplicates().hasSize(30);
		GraphResult shallow = lineage(true, DEFAULTS, 2, "lf-r");
		assertThat(ids(shallow)).doesNotContain("lf-3b", "lf-5a").contains("lf-4a", "lf-2b");
		assertThat(relationshipIds(shallow)).contains("lf-1a|DERIVES_FROM|lf-2a|li-2008|fixture",
				"lf-r|DERIVES_FROM|lf-1a|li-2008|fixture, again", "lf-s|DERIVES_FROM|lf-origin|li-2008|fixture")
			.doesNotContain("lf-2a|DERIVES_FROM|lf-3a|li-2008|fixture", "lf-4a|DERIVES_FROM|lf-5a|li-2008|fixture");
		for (GraphNode node : shallow.nodes()) {
			assertThat((Integer) node.properties().get("depth")).as(node.id()).isLessThanOrEqualTo(2);
		}
	}

	@Test
	void withoutPartOfNoContainerIsClimbed() {
		GraphResult result = lineage(true, DERIVES_FROM, 1, "lf-r");
		assertThat(ids(result)).containsExactly("lf-r", "lf-1a", "lf-1b");
		assertThat(relationshipIds(result)).allSatisfy((id) -> assertThat(id).contains("|DERIVES_FROM|"));
	}

	@Test
	void downstreamThePartsOfWhatIsReachedInheritIt() {
		GraphResult result = lineage(false, DEFAULTS, 6, "lf-origin");
		assertThat(ids(result)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-origin", "lf-s", "lf-i", "lf-r", "lf-2a", "lf-1a", "lf-1b");
		assertDepthAndPath(result, "lf-s", 1, "lf-origin", "lf-s");
		assertDepthAndPath(result, "lf-i", 1, "lf-origin", "lf-i");
		assertDepthAndPath(result, "lf-r", 1, "lf-origin", "lf-s", "lf-r");
		assertDepthAndPath(result, "lf-1b", 2, "lf-origin", "lf-2a", "lf-1b");
		assertThat(relationshipIds(result)).doesNotHaveDuplicates()
			.contains("lf-r|DERIVES_FROM|lf-1a|li-2008|fixture, again", "lf-r|PART_OF|lf-s|li-2008|fixture",
					"lf-s|PART_OF|lf-i|li-2008|fixture", "lf-r|CROSS_REFERENCES|lf-1a|li-2008|fixture");
	}

	@Test
	void bothDirectionsKeepEachNodesBestWay() {
		LineageAssembler assembler = new LineageAssembler();
		assembler.add(walk(true, DEFAULTS, 1, "lf-2a"));
		assembler.add(walk(false, DEFAULTS, 1, "lf-2a"));
		GraphResult result = assembler.result();
		assertThat(ids(result)).doesNotHaveDuplicates().contains("lf-2a", "lf-3a", "lf-3b", "lf-origin", "lf-1a", "lf-1b");
		assertDepthAndPath(result, "lf-2a", 0, "lf-2a");
		assertDepthAndPath(result, "lf-1a", 1, "lf-2a", "lf-1a");
		assertDepthAndPath(result, "lf-origin", 1, "lf-2a", "lf-origin");
		assertThat(result.nodes().get(0).id()).isEqualTo("lf-2a");
	}

	@Test
	void derivedEveryProvisionOnceWithItsShortestChainInNaturalOrder() {
		Derivation derivation = DerivationService.derived(this.graph.using(DERIVATION), "lf-origin", DERIVATION, DerivationService.MAX_CHAIN);
		assertThat(derivation.root().id()).isEqualTo("lf-origin");
		List<String> provisions = derivation.rows().stream().map((row) -> row.provision().id()).toList();
		assertThat(provisions).containsExactly("lf-1a", "lf-1b", "lf-2a", "lf-r", "lf-s");
		Map<String, List<String>> chains = new java.util.HashMap<>();
		derivation.rows().forEach((row) -> chains.put(row.provision().id(), row.chain()));
		assertThat(chains.get("lf-r")).containsExactly("lf-r", "lf-s", "lf-origin");
		assertThat(chains.get("lf-1b")).containsExactly("lf-1b", "lf-2a", "lf-origin");
		assertThat(chains.get("lf-s")).containsExactly("lf-s", "lf-origin");
		assertThat(chains.get("lf-2a")).containsExactly("lf-2a", "lf-origin");
		// The root, levels 1 to 3 (lf-r is the last), the parts of lf-s and lf-i.
		assertThat(this.graph.statements()).isEqualTo(5);
	}

	@Test
	void derivedChainsAreBoundedByTheirLength() {
		Derivation derivation = DerivationService.derived(this.graph.using(DERIVATION), "lf-origin", DERIVATION, 1);
		List<String> provisions = derivation.rows().stream().map((row) -> row.provision().id()).toList();
		assertThat(provisions).containsExactly("lf-2a", "lf-r", "lf-s");
	}

	@Test
	void anUnknownRootIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> walk(true, DEFAULTS, 3, "lf-none"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("id"));
		assertThat(this.graph.statements()).isEqualTo(1);
	}

	@Test
	void aRootWithoutLineageIsAloneAtDepthZero() {
		GraphResult result = lineage(true, DEFAULTS, 3, "lf-6a");
		assertThat(ids(result)).containsExactly("lf-6a");
		assertThat(result.relationships()).isEmpty();
		// The root, and the first level, which finds nothing.
		assertThat(this.graph.statements()).isEqualTo(2);
	}

	private LineageWalk walk(boolean upstream, LineageTypes types, int depth, String id) {
		return new LineageWalk(this.graph.using(types), upstream, types, depth, LineageWalk.Reach.FEWEST_HOPS).from(id);
	}

	private GraphResult lineage(boolean upstream, LineageTypes types, int depth, String id) {
		LineageAssembler assembler = new LineageAssembler();
		assembler.add(walk(upstream, types, depth, id));
		return assembler.result();
	}

	private static void assertDepthAndPath(GraphResult result, String id, int depth, String... path) {
		GraphNode node = result.nodes().stream().filter((n) -> n.id().equals(id)).findFirst().orElseThrow();
		assertThat(node.properties().get("depth")).as(id).isEqualTo(depth);
		assertThat(node.properties().get("path")).as(id).isEqualTo(List.of(path));
	}

	private static List<String> ids(GraphResult result) {
		return result.nodes().stream().map(GraphNode::id).toList();
	}

	private static List<String> relationshipIds(GraphResult result) {
		List<String> ids = new ArrayList<>();
		for (GraphRelationship relationship : result.relationships()) {
			ids.add(relationship.id());
		}
		return ids;
	}

}
