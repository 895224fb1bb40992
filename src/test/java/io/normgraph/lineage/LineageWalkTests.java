package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.graph.NodeLimit;
import io.normgraph.schema.BuiltInSchema;
import io.normgraph.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The breadth-first walk, its rankings and the assembly of a lineage under the default limit,
 * on LineageFanOutIT's {@link FanOutFixture} held in memory ({@link InMemoryLineageGraph}).
 * The cut at a node limit is {@link LineageCutTests}.
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
		// A unit root climbs to its containers, which share its lineage at depth 0.
		assertDepthAndPath(result, "lf-s", 0, "lf-r", "lf-s");
		assertDepthAndPath(result, "lf-i", 0, "lf-r", "lf-s", "lf-i");
		// Fewest hops, then fewer ids: through the section, not the instrument nor lf-2a (depth 3).
		assertDepthAndPath(result, "lf-origin", 1, "lf-r", "lf-s", "lf-origin");
		assertDepthAndPath(result, "lf-1a", 1, "lf-r", "lf-1a");
		assertDepthAndPath(result, "lf-3a", 1, "lf-r", "lf-3a");
		assertDepthAndPath(result, "lf-2a", 2, "lf-r", "lf-1a", "lf-2a");
		assertDepthAndPath(result, "lf-4a", 2, "lf-r", "lf-3a", "lf-4a");
		assertDepthAndPath(result, "lf-4b", 2, "lf-r", "lf-3a", "lf-4b");
		assertDepthAndPath(result, "lf-3b", 3, "lf-r", "lf-1a", "lf-2a", "lf-3b");
		assertDepthAndPath(result, "lf-6b", 4, "lf-r", "lf-3a", "lf-4a", "lf-5a", "lf-6b");
		assertThat(depths(result)).isSorted();
		assertThat(result.truncated()).isFalse();
		assertThat(result.omitted()).isNull();
		// Every node read whole: every property, nothing left to load.
		assertThat(result.nodes()).allSatisfy((node) -> assertThat(node.properties()).containsKeys("text", "source"));
		// The root with its containers, levels 1 to 4; nothing leads on from lf-6a and lf-6b.
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level FULL", "level FULL", "level FULL");
	}

	/** A ladder of diamonds (2^k paths to layer k) costs one statement per level, each node sent once. */
	@Test
	void diamondsCostOneStatementPerLevelNeverOnePerPath() {
		List<List<String>> frontiers = new ArrayList<>();
		LineageWalk.Statements counting = (cypher, parameters) -> {
			if (parameters.containsKey("frontier")) {
				frontiers.add(List.copyOf((List<?>) parameters.get("frontier")).stream().map(String.class::cast).toList());
			}
			return this.graph.run(cypher, parameters);
		};
		this.graph.using(DERIVES_FROM);
		new LineageWalk(counting, true, DERIVES_FROM, 6, LineageWalk.Reach.FEWEST_HOPS, new WalkBudget(NodeLimit.DEFAULT),
				true, null)
			.from("lf-1a");
		// lf-1a, then {2a, 2b}, {3a, 3b, origin}... each level's frontier holds each node once.
		assertThat(frontiers).hasSize(5).allSatisfy((frontier) -> assertThat(frontier).doesNotHaveDuplicates());
		assertThat(frontiers.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates().hasSize(1 + 2 + 2 + 2 + 2);
		assertThat(this.graph.statements()).isEqualTo(6);
	}

	@Test
	void upstreamEveryRelationshipOfEveryPathWithinTheDepthOnce() {
		// All 30 of the fixture: every node is reached in under six hops, so each is on some path.
		assertThat(relationshipIds(lineage(true, DEFAULTS, 6, "lf-r"))).doesNotHaveDuplicates().hasSize(30);
		GraphResult shallow = lineage(true, DEFAULTS, 2, "lf-r");
		assertThat(ids(shallow)).doesNotContain("lf-3b", "lf-5a").contains("lf-4a", "lf-2b");
		// Every relationship out of a node reached in fewer than two hops: lf-1a → lf-2a but not lf-2a → lf-3a.
		assertThat(relationshipIds(shallow)).doesNotHaveDuplicates()
			.contains("lf-1a|DERIVES_FROM|lf-2a|li-2008|fixture", "lf-r|DERIVES_FROM|lf-1a|li-2008|fixture, again",
					"lf-3a|DERIVES_FROM|lf-4b|li-2008|fixture", "lf-s|DERIVES_FROM|lf-origin|li-2008|fixture",
					"lf-i|DERIVES_FROM|lf-origin|li-2008|fixture", "lf-r|PART_OF|lf-s|li-2008|fixture")
			.doesNotContain("lf-2a|DERIVES_FROM|lf-3a|li-2008|fixture", "lf-4a|DERIVES_FROM|lf-5a|li-2008|fixture");
		assertThat(depths(shallow)).allSatisfy((depth) -> assertThat(depth).isLessThanOrEqualTo(2));
	}

	@Test
	void withoutPartOfNoContainerIsClimbed() {
		GraphResult result = lineage(true, DERIVES_FROM, 1, "lf-r");
		assertThat(ids(result)).containsExactly("lf-r", "lf-1a", "lf-1b");
		assertThat(relationshipIds(result)).hasSize(3).allSatisfy((id) -> assertThat(id).contains("|DERIVES_FROM|"));
	}

	@Test
	void downstreamThePartsOfWhatIsReachedInheritIt() {
		GraphResult result = lineage(false, DEFAULTS, 6, "lf-origin");
		assertThat(ids(result)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-origin", "lf-s", "lf-i", "lf-r", "lf-2a", "lf-1a", "lf-1b");
		assertDepthAndPath(result, "lf-s", 1, "lf-origin", "lf-s");
		assertDepthAndPath(result, "lf-i", 1, "lf-origin", "lf-i");
		// Inherits through its section (depth 1, fewer ids than through the instrument), not lf-1a (depth 3).
		assertDepthAndPath(result, "lf-r", 1, "lf-origin", "lf-s", "lf-r");
		assertDepthAndPath(result, "lf-1b", 2, "lf-origin", "lf-2a", "lf-1b");
		assertThat(relationshipIds(result)).doesNotHaveDuplicates()
			.contains("lf-r|DERIVES_FROM|lf-1a|li-2008|fixture, again", "lf-r|PART_OF|lf-s|li-2008|fixture",
					"lf-s|PART_OF|lf-i|li-2008|fixture", "lf-r|CROSS_REFERENCES|lf-1a|li-2008|fixture");
		// The root, levels 1 to 3 (lf-r is the last), the parts of lf-s and lf-i read whole.
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level FULL", "level FULL", "parts FULL");
	}

	/** Where nothing reached has parts, no parts are asked for. */
	@Test
	void downstreamWithoutPartsOneStatementPerLevelOnly() {
		GraphResult result = lineage(false, DEFAULTS, 6, "lf-6b");
		assertDepthAndPath(result, "lf-r", 4, "lf-6b", "lf-5a", "lf-4a", "lf-3a", "lf-r");
		assertDepthAndPath(result, "lf-1b", 5, "lf-6b", "lf-5a", "lf-4a", "lf-3a", "lf-2a", "lf-1b");
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level FULL", "level FULL", "level FULL",
				"level FULL", "level FULL");
	}

	/** Minimal: the same relationships, read light, without properties, those read whole too (the climb). */
	@Test
	void minimalFieldsReadLightAndCarryNoProperties() {
		GraphResult all = lineage(true, DEFAULTS, 6, "lf-r");
		this.graph.reset();
		GraphResult minimal = lineage(true, DEFAULTS, 6, "lf-r", Fields.MINIMAL);
		assertThat(this.graph.shapes()).containsExactly("root", "level LIGHT", "level LIGHT", "level LIGHT", "level LIGHT");
		assertThat(relationshipIds(minimal)).containsExactlyInAnyOrderElementsOf(relationshipIds(all));
		assertThat(minimal.relationships()).allSatisfy((r) -> assertThat(r.properties()).isEmpty());
		assertThat(minimal.nodes()).allSatisfy((node) -> assertThat(node.properties()).containsOnlyKeys("depth"));
		assertThat(depths(minimal)).isEqualTo(depths(all));
	}

	/** Reached again through a cycle, the root passes nothing on to its own parts. */
	@Test
	void downstreamTheRootsOwnPartsDoNotInheritFromIt() {
		this.graph.link("lf-origin", "DERIVES_FROM", "lf-i", "cycle");
		GraphResult result = lineage(false, DEFAULTS, 6, "lf-i");
		assertDepthAndPath(result, "lf-origin", 1, "lf-i", "lf-origin");
		assertDepthAndPath(result, "lf-s", 2, "lf-i", "lf-origin", "lf-s");
		assertDepthAndPath(result, "lf-r", 2, "lf-i", "lf-origin", "lf-s", "lf-r");
	}

	@Test
	void bothDirectionsShareTheBudgetAndKeepEachNodesBestWay() {
		WalkBudget budget = new WalkBudget(NodeLimit.DEFAULT);
		LineageAssembler assembler = new LineageAssembler(budget, null);
		assembler.add(walk(true, DEFAULTS, 1, "lf-2a", budget));
		assembler.add(walk(false, DEFAULTS, 1, "lf-2a", budget));
		budget.load(this.graph, true);
		GraphResult result = assembler.result(Fields.ALL, Map.of());
		assertThat(ids(result)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-2a", "lf-3a", "lf-3b", "lf-origin", "lf-1a", "lf-1b");
		assertDepthAndPath(result, "lf-2a", 0, "lf-2a");
		assertDepthAndPath(result, "lf-1a", 1, "lf-2a", "lf-1a");
		assertDepthAndPath(result, "lf-origin", 1, "lf-2a", "lf-origin");
		assertThat(result.nodes().get(0).id()).isEqualTo("lf-2a");
		assertThat(relationshipIds(result)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("lf-2a|DERIVES_FROM|lf-3a|li-2008|fixture",
					"lf-2a|DERIVES_FROM|lf-3b|li-2008|fixture", "lf-2a|DERIVES_FROM|lf-origin|li-2008|fixture",
					"lf-1a|DERIVES_FROM|lf-2a|li-2008|fixture", "lf-1b|DERIVES_FROM|lf-2a|li-2008|fixture");
	}

	@Test
	void derivedEveryProvisionOnceWithItsShortestChainInNaturalOrder() {
		Derivation derivation = derived(DerivationService.MAX_CHAIN);
		assertThat(derivation.root().id()).isEqualTo("lf-origin");
		List<String> provisions = derivation.rows().stream().map((row) -> row.provision().id()).toList();
		assertThat(provisions).containsExactly("lf-1a", "lf-1b", "lf-2a", "lf-r", "lf-s");
		Map<String, List<String>> chains = new HashMap<>();
		derivation.rows().forEach((row) -> chains.put(row.provision().id(), row.chain()));
		assertThat(chains.get("lf-r")).containsExactly("lf-r", "lf-s", "lf-origin");
		assertThat(chains.get("lf-1b")).containsExactly("lf-1b", "lf-2a", "lf-origin");
		assertThat(chains.get("lf-s")).containsExactly("lf-s", "lf-origin");
		assertThat(chains.get("lf-2a")).containsExactly("lf-2a", "lf-origin");
		assertThat(derivation.rows()).allSatisfy((row) -> assertThat(row.provision().properties()).containsKey("text"));
		assertThat(derivation.truncated()).isFalse();
		assertThat(derivation.omitted()).isNull();
		// The root, levels 1 to 3 (lf-r is the last), the parts of lf-s and lf-i.
		assertThat(this.graph.statements()).isEqualTo(5);
	}

	@Test
	void derivedChainsAreBoundedByTheirLength() {
		List<String> provisions = derived(1).rows().stream().map((row) -> row.provision().id()).toList();
		assertThat(provisions).containsExactly("lf-2a", "lf-r", "lf-s");
	}

	@Test
	void anUnknownRootIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> walk(true, DEFAULTS, 3, "lf-none", new WalkBudget(NodeLimit.DEFAULT)))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("id"));
		assertThat(this.graph.statements()).isEqualTo(1);
	}

	@Test
	void aRootWithoutLineageIsAloneAtDepthZeroInOneStatement() {
		GraphResult result = lineage(true, DEFAULTS, 3, "lf-6a");
		assertThat(ids(result)).containsExactly("lf-6a");
		assertThat(result.relationships()).isEmpty();
		// Nothing leads on from the root (onward 0): no level is asked for.
		assertThat(this.graph.shapes()).containsExactly("root");
	}

	private Derivation derived(int maxChain) {
		return DerivationService.derived(this.graph.using(DERIVATION), "lf-origin", DERIVATION, maxChain,
				new WalkBudget(NodeLimit.DEFAULT), Fields.ALL, null);
	}

	private LineageWalk walk(boolean upstream, LineageTypes types, int depth, String id, WalkBudget budget) {
		return new LineageWalk(this.graph.using(types), upstream, types, depth, LineageWalk.Reach.FEWEST_HOPS, budget,
				true, null)
			.from(id);
	}

	private GraphResult lineage(boolean upstream, LineageTypes types, int depth, String id) {
		return lineage(upstream, types, depth, id, Fields.ALL);
	}

	private GraphResult lineage(boolean upstream, LineageTypes types, int depth, String id, Fields fields) {
		WalkBudget budget = new WalkBudget(NodeLimit.DEFAULT);
		LineageAssembler assembler = new LineageAssembler(budget, null);
		assembler.add(new LineageWalk(this.graph.using(types), upstream, types, depth, LineageWalk.Reach.FEWEST_HOPS,
				budget, fields == Fields.ALL, null)
			.from(id));
		budget.load(this.graph, fields == Fields.ALL);
		return assembler.result(fields, Map.of());
	}

	static void assertDepthAndPath(GraphResult result, String id, int depth, String... path) {
		GraphNode node = result.nodes().stream().filter((n) -> n.id().equals(id)).findFirst().orElseThrow();
		assertThat(node.properties().get("depth")).as(id).isEqualTo(depth);
		assertThat(node.properties().get("path")).as(id).isEqualTo(List.of(path));
	}

	static List<Integer> depths(GraphResult result) {
		return result.nodes().stream().map((node) -> (Integer) node.properties().get("depth")).toList();
	}

	static List<String> ids(GraphResult result) {
		return result.nodes().stream().map(GraphNode::id).toList();
	}

	static List<String> relationshipIds(GraphResult result) {
		return result.relationships().stream().map(GraphRelationship::id).toList();
	}

}
