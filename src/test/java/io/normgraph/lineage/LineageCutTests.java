package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

import io.normgraph.graph.Fields;
import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.graph.Omitted;
import io.normgraph.schema.BuiltInSchema;

import static io.normgraph.lineage.LineageWalkTests.assertDepthAndPath;
import static io.normgraph.lineage.LineageWalkTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk cut at its node limit, on BoundedLineageIT's fixture held in memory: 30 instruments
 * derive from {@code bl-root}, each with 3 provisions part of it, 10 more instruments derive from
 * the first ten, and {@code bl-j-1-1} (part of {@code bl-j-1}, deriving from {@code bl-i-1})
 * has two parts: 134 nodes and 134 relationships downstream of the root. Also which
 * {@link LineageQueries.Rows rows} each statement asks for.
 */
class LineageCutTests {

	static final int NODES = 134;

	static final int RELATIONSHIPS = 134;

	private static final LineageTypes DEFAULTS = LineageTypes.parse(null, BuiltInSchema.get());

	private final InMemoryLineageGraph graph = new InMemoryLineageGraph();

	@BeforeEach
	void fixture() {
		this.graph.node("bl-root", "Provision");
		for (int k = 1; k <= 30; k++) {
			this.graph.node("bl-i-" + k, "Instrument").link("bl-i-" + k, "DERIVES_FROM", "bl-root", "bl " + k);
			for (int p = 1; p <= 3; p++) {
				this.graph.node("bl-i-" + k + "-" + p, "Provision").link("bl-i-" + k + "-" + p, "PART_OF", "bl-i-" + k, "bl");
			}
		}
		for (int k = 1; k <= 10; k++) {
			this.graph.node("bl-j-" + k, "Instrument").link("bl-j-" + k, "DERIVES_FROM", "bl-i-" + k, "bl later");
		}
		this.graph.node("bl-j-1-1", "Provision")
			.link("bl-j-1-1", "PART_OF", "bl-j-1", "bl")
			.link("bl-j-1-1", "DERIVES_FROM", "bl-i-1", "bl article");
		for (String x : List.of("a", "b")) {
			this.graph.node("bl-j-1-1-" + x, "Provision").link("bl-j-1-1-" + x, "PART_OF", "bl-j-1-1", "bl");
		}
	}

	/** Read whole when all fits; exactly at the limit more containment paths than parts come back, read light. */
	@Test
	void underTheLimitNothingIsCut() {
		GraphResult whole = down(1000, Fields.ALL);
		assertWhole(whole);
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level FULL", "parts FULL");
		assertDepthAndPath(whole, "bl-j-1-1", 2, "bl-root", "bl-i-1", "bl-j-1-1");
		// Inherited from its nearest whole: through bl-j-1-1, not through bl-j-1 (one id more).
		assertDepthAndPath(whole, "bl-j-1-1-a", 2, "bl-root", "bl-i-1", "bl-j-1-1", "bl-j-1-1-a");
		assertDepthAndPath(whole, "bl-i-7-2", 1, "bl-root", "bl-i-7", "bl-i-7-2");
		// 42 nodes from the levels leave 92 places, and the parts have 95 paths to 92 nodes: read
		// whole with one more than fits, then light (here the paths read whole held every part).
		for (int limit : new int[] { NODES, NODES + 2 }) {
			assertWhole(down(limit, Fields.ALL));
			assertThat(this.graph.shapes()).as("limit %d", limit)
				.containsExactly("root", "level FULL", "level FULL", "parts FULL", "parts LIGHT");
		}
		assertWhole(down(NODES + 3, Fields.ALL));
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level FULL", "parts FULL");
		assertWhole(down(NODES, Fields.MINIMAL));
		assertThat(this.graph.shapes()).containsExactly("root", "level LIGHT", "level LIGHT", "parts LIGHT");
	}

	/** Cut inside a level (20), between the levels and the parts (35), and inside the parts (60). */
	@Test
	void aCutAnswerHasLimitNodesSaysWhatItOmittedAndHoldsTogether() {
		Map<String, GraphNode> wholeNodes = down(1000, Fields.ALL).nodes()
			.stream()
			.collect(Collectors.toMap(GraphNode::id, Function.identity()));
		Set<GraphRelationship> wholeRelationships = Set.copyOf(down(1000, Fields.ALL).relationships());
		for (int limit : new int[] { 1, 20, 35, 42, 43, 60, 133 }) {
			GraphResult cut = down(limit, Fields.ALL);
			List<String> nodes = ids(cut);
			assertThat(nodes).as("limit %d", limit).hasSize(limit).doesNotHaveDuplicates().startsWith("bl-root");
			assertThat(cut.truncated()).isTrue();
			assertThat(cut.omitted().nodes()).as("limit %d", limit).isEqualTo(NODES - limit);
			assertThat(cut.omitted().relationships() + cut.relationships().size()).as("limit %d", limit)
				.isEqualTo(RELATIONSHIPS);
			// What is kept reads as in the whole answer, whether read whole, light or loaded at the end.
			assertThat(wholeRelationships).as("limit %d", limit).containsAll(cut.relationships());
			Set<String> linked = new HashSet<>();
			for (GraphRelationship relationship : cut.relationships()) {
				assertThat(nodes).contains(relationship.start(), relationship.end());
				linked.add(relationship.start() + ">" + relationship.end());
				linked.add(relationship.end() + ">" + relationship.start());
			}
			for (GraphNode node : cut.nodes()) {
				GraphNode same = wholeNodes.get(node.id());
				assertThat(node.properties()).as(node.id()).containsAllEntriesOf(Map.of("text", same.properties().get("text")));
				@SuppressWarnings("unchecked")
				List<String> path = (List<String>) node.properties().get("path");
				assertThat(path).startsWith("bl-root").endsWith(node.id());
				assertThat(nodes).containsAll(path);
				for (int k = 1; k < path.size(); k++) {
					assertThat(linked).contains(path.get(k - 1) + ">" + path.get(k));
				}
			}
		}
	}

	/**
	 * A level is read whole only when its frontier's onward counts fit the room left, light
	 * otherwise; once a node is refused, only element ids; the parts whole with one more than
	 * fits, light when more came back, counted when no room is left.
	 */
	@Test
	void eachStatementReadsAsMuchAsTheBudgetCanKeep() {
		// 30 instruments do not fit in 19 places: level 1 light, cut, then only counting.
		down(20, Fields.ALL);
		assertThat(this.graph.shapes()).containsExactly("root", "level LIGHT", "level COUNT", "parts COUNT", "load");
		// Exactly 30 places for level 1 read whole; 11 at level 2 do not fit in the 0 left, none is kept.
		down(31, Fields.ALL);
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level LIGHT", "parts COUNT");
		down(35, Fields.ALL);
		assertThat(this.graph.shapes()).containsExactly("root", "level FULL", "level LIGHT", "parts COUNT", "load");
		down(60, Fields.ALL);
		assertThat(this.graph.shapes())
			.containsExactly("root", "level FULL", "level FULL", "parts FULL", "parts LIGHT", "load");
		// Nothing fits beside the root: nothing read light is kept, nothing to load.
		down(1, Fields.ALL);
		assertThat(this.graph.shapes()).containsExactly("root", "level LIGHT", "level COUNT", "parts COUNT");
		down(20, Fields.MINIMAL);
		assertThat(this.graph.shapes()).containsExactly("root", "level LIGHT", "level COUNT", "parts COUNT");
	}

	/** Only what is kept is read whole: at most the limit with every property, only the root when minimal. */
	@Test
	void theWalkLoadsNoMoreWholeNodesThanItKeeps() {
		assertThat(wholeNodesLoaded(10, Fields.ALL)).isEqualTo(10);
		// Of the parts read whole, one more than fits: it tells they do not fit.
		assertThat(wholeNodesLoaded(60, Fields.ALL)).isEqualTo(61);
		assertThat(wholeNodesLoaded(10, Fields.MINIMAL)).isEqualTo(1);
		assertThat(wholeNodesLoaded(1000, Fields.ALL)).isGreaterThanOrEqualTo(NODES);
		GraphResult minimal = down(50, Fields.MINIMAL);
		assertThat(minimal.nodes()).hasSize(50)
			.allSatisfy((node) -> assertThat(node.properties().keySet()).containsExactly("depth"));
		assertThat(minimal.relationships()).allSatisfy((r) -> assertThat(r.properties()).isEmpty());
		assertThat(minimal.omitted()).isEqualTo(new Omitted(NODES - 50, RELATIONSHIPS - minimal.relationships().size()));
		// Read light, never loaded, the relationships are the same as read whole.
		assertThat(down(1000, Fields.MINIMAL).relationships()).extracting(GraphRelationship::id)
			.containsExactlyInAnyOrderElementsOf(down(1000, Fields.ALL).relationships().stream().map(GraphRelationship::id).toList());
	}

	/**
	 * cx-p derives from cx-q and is part of cx-w, both derived from cx-r. With room for four
	 * nodes, cx-z is cut at level 2, so the parts of cx-w are only counted; cx-p, kept at level
	 * 2, still inherits cx-w's nearer lineage, and its PART_OF, met in a counting row between two
	 * kept nodes, is kept and loaded.
	 */
	@Test
	void aPartKeptBeforeTheCutInheritsItsWholesLineageFromCountingRows() {
		this.graph.node("cx-r", "Provision").node("cx-w", "Instrument").node("cx-q", "Instrument");
		this.graph.node("cx-p", "Provision").node("cx-z", "Instrument");
		this.graph.link("cx-w", "DERIVES_FROM", "cx-r", "cx")
			.link("cx-q", "DERIVES_FROM", "cx-r", "cx")
			.link("cx-p", "PART_OF", "cx-w", "cx")
			.link("cx-p", "DERIVES_FROM", "cx-q", "cx")
			.link("cx-z", "DERIVES_FROM", "cx-q", "cx");
		for (Fields fields : Fields.values()) {
			WalkBudget budget = new WalkBudget(4);
			LineageAssembler assembler = new LineageAssembler(budget, null);
			this.graph.reset();
			assembler.add(walk(false, "cx-r", budget, fields));
			budget.load(this.graph, fields == Fields.ALL);
			GraphResult result = assembler.result(Fields.ALL, Map.of());
			assertThat(this.graph.shapes()).as(fields.name())
				.containsExactly("root", (fields == Fields.ALL) ? "level FULL" : "level LIGHT", "level LIGHT",
						"parts COUNT", "load");
			assertThat(ids(result)).containsExactlyInAnyOrder("cx-r", "cx-w", "cx-q", "cx-p");
			assertDepthAndPath(result, "cx-p", 1, "cx-r", "cx-w", "cx-p");
			assertThat(LineageWalkTests.relationshipIds(result)).containsExactlyInAnyOrder("cx-w|DERIVES_FROM|cx-r|li-2008|cx",
					"cx-q|DERIVES_FROM|cx-r|li-2008|cx", "cx-p|DERIVES_FROM|cx-q|li-2008|cx", "cx-p|PART_OF|cx-w|li-2008|cx");
			if (fields == Fields.ALL) {
				assertThat(result.relationships()).allSatisfy((r) -> assertThat(r.properties()).containsKey("locator"));
			}
			assertThat(result.omitted()).isEqualTo(new Omitted(1, 1));
		}
	}

	@Test
	void bothDirectionsShareOneLimit() {
		// Upstream bl-i-1 reaches bl-root, downstream bl-j-1 and bl-j-1-1 with its parts: 6 nodes, 6 relationships.
		GraphResult whole = both("bl-i-1", 1000);
		assertThat(ids(whole)).containsExactlyInAnyOrder("bl-i-1", "bl-root", "bl-j-1", "bl-j-1-1", "bl-j-1-1-a",
				"bl-j-1-1-b");
		assertThat(whole.relationships()).hasSize(6);
		GraphResult cut = both("bl-i-1", 2);
		assertThat(ids(cut)).containsExactly("bl-i-1", "bl-root");
		assertThat(cut.omitted()).isEqualTo(new Omitted(4, 5));
	}

	@Test
	void derivedFromTakesALimitToo() {
		LineageTypes derivation = LineageTypes.of(Set.of("DERIVES_FROM"), BuiltInSchema.get());
		this.graph.using(derivation);
		Derivation all = DerivationService.derived(this.graph, "bl-root", derivation, 6, new WalkBudget(1000), Fields.ALL, null);
		assertThat(all.rows()).hasSize(93);
		assertThat(all.truncated()).isFalse();
		assertThat(all.root().properties()).containsKey("text");
		Derivation loaded = DerivationService.derived(this.graph, "bl-root", derivation, 6, new WalkBudget(40), Fields.ALL, null);
		assertThat(loaded.rows()).isNotEmpty().allSatisfy((row) -> assertThat(row.provision().properties()).containsKey("text"));
		Derivation cut = DerivationService.derived(this.graph, "bl-root", derivation, 6, new WalkBudget(40), Fields.MINIMAL, null);
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.rows()).hasSizeLessThan(40).allSatisfy((row) -> assertThat(row.provision().properties()).isEmpty());
		assertThat(cut.omitted().nodes()).isEqualTo(NODES - 40);
		assertThat(cut.root().id()).isEqualTo("bl-root");
		assertThat(cut.root().properties()).isEmpty();
	}

	private static void assertWhole(GraphResult result) {
		assertThat(result.nodes()).hasSize(NODES);
		assertThat(result.relationships()).hasSize(RELATIONSHIPS);
		assertThat(result.truncated()).isFalse();
		assertThat(result.omitted()).isNull();
	}

	private int wholeNodesLoaded(int limit, Fields fields) {
		AtomicInteger whole = new AtomicInteger();
		LineageWalk.Statements counting = (cypher, parameters) -> {
			var records = this.graph.run(cypher, parameters);
			records.forEach((record) -> record.values().forEach((value) -> whole.addAndGet(wholeNodes(value))));
			return records;
		};
		WalkBudget budget = new WalkBudget(limit);
		this.graph.using(DEFAULTS);
		new LineageWalk(counting, false, DEFAULTS, 6, LineageWalk.Reach.FEWEST_HOPS, budget,
				fields == Fields.ALL, null)
			.from("bl-root");
		budget.load(counting, fields == Fields.ALL);
		return whole.get();
	}

	/** Whole nodes in a value: a node, or those of a path or list. */
	private static int wholeNodes(Value value) {
		String type = value.type().name();
		if (type.equals("NODE")) {
			return 1;
		}
		if (type.equals("PATH")) {
			return value.asPath().length();
		}
		if (type.startsWith("LIST")) {
			List<Value> items = new ArrayList<>(value.asList((item) -> item));
			return items.stream().mapToInt(LineageCutTests::wholeNodes).sum();
		}
		return 0;
	}

	/** Downstream of bl-root, 6 deep, as the lineage service walks it; the graph's shapes are this walk's. */
	private GraphResult down(int limit, Fields fields) {
		this.graph.reset();
		WalkBudget budget = new WalkBudget(limit);
		LineageAssembler assembler = new LineageAssembler(budget, null);
		assembler.add(walk(false, "bl-root", budget, fields));
		budget.load(this.graph, fields == Fields.ALL);
		return assembler.result(fields, Map.of());
	}

	private GraphResult both(String id, int limit) {
		WalkBudget budget = new WalkBudget(limit);
		LineageAssembler assembler = new LineageAssembler(budget, null);
		assembler.add(walk(true, id, budget, Fields.ALL));
		assembler.add(walk(false, id, budget, Fields.ALL));
		budget.load(this.graph, true);
		return assembler.result(Fields.ALL, Map.of());
	}

	private LineageWalk walk(boolean upstream, String id, WalkBudget budget, Fields fields) {
		return new LineageWalk(this.graph.using(DEFAULTS), upstream, DEFAULTS, 6, LineageWalk.Reach.FEWEST_HOPS, budget,
				fields == Fields.ALL, null)
			.from(id);
	}

}
