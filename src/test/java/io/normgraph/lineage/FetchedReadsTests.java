package io.normgraph.lineage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.normgraph.graph.GraphNode;
import io.normgraph.lineage.FetchedReads.Fetched;
import io.normgraph.lineage.LineageQueries.Rows;
import io.normgraph.lineage.WalkReads.Hop;
import io.normgraph.lineage.WalkReads.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The walk's reads answered from a fetched row, without a database: each level, the parts of
 * the wholes reached and the root's containers, with the counts the walk ranks and bounds by.
 * (That a real fetch answers what the level-by-level walk answers is {@code LineageFetchIT}'s.)
 */
class FetchedReadsTests {

	private static final WalkNode ROOT = node("root");

	private static final WalkNode A = node("a");

	private static final WalkNode B = node("b");

	private static final WalkNode C = node("c");

	private static final WalkNode UNIT_1 = node("unit-1");

	private static final WalkNode UNIT_2 = node("unit-2");

	/** Downstream of the root: a and b derive from it, c from a; a has two units. */
	private static final Fetched DOWNSTREAM = new Fetched(ROOT, List.of(A, B, C, UNIT_1, UNIT_2),
			List.of(relationship("r1", A, ROOT), relationship("r2", B, ROOT), relationship("r3", C, A)),
			List.of(relationship("c1", UNIT_1, A), relationship("c2", UNIT_2, A)), List.of(List.of("c1"), List.of("c2")),
			List.of());

	@Test
	void theStartIsTheRootWithHowManyRelationshipsLeadOnFromIt() {
		Start start = FetchedReads.of(false, DOWNSTREAM).start("root");

		assertThat(start.root()).isSameAs(ROOT);
		assertThat(start.onward()).isEqualTo(2);
		assertThat(start.holds()).isTrue();
		assertThat(start.climbs()).isEmpty();
	}

	@Test
	void aLevelFollowsEachRelationshipToItsFarEndWithWhatLeadsOnAndItsParts() {
		List<Hop> level = FetchedReads.of(false, DOWNSTREAM).level(List.of("e-root", "e-a"), Rows.FULL);

		assertThat(level).extracting((hop) -> hop.step().from() + ">" + hop.step().node() + " via "
				+ hop.step().relationship() + ", onward " + hop.onward() + ", parts " + hop.parts())
			.containsExactly("e-root>e-a via r1, onward 1, parts 2", "e-root>e-b via r2, onward 0, parts 0",
					"e-a>e-c via r3, onward 0, parts 0");
		assertThat(level.get(0).step().data()).isSameAs(A);
		assertThat(level.get(0).step().relationshipData().elementId()).isEqualTo("r1");
	}

	@Test
	void aCountingLevelCarriesNoNodes() {
		List<Hop> level = FetchedReads.of(false, DOWNSTREAM).level(List.of("e-root"), Rows.COUNT);

		assertThat(level).extracting((hop) -> hop.step().node()).containsExactly("e-a", "e-b");
		assertThat(level).allSatisfy((hop) -> assertThat(hop.step().data()).isNull());
	}

	@Test
	void upstreamALevelFollowsRelationshipsFromTheirStart() {
		Fetched upstream = new Fetched(C, List.of(A, ROOT), List.of(relationship("r3", C, A), relationship("r1", A, ROOT)),
				List.of(), List.of(), List.of());

		List<Hop> level = FetchedReads.of(true, upstream).level(List.of("e-c"), Rows.FULL);

		assertThat(level).extracting((hop) -> hop.step().node() + ", onward " + hop.onward())
			.containsExactly("e-a, onward 1");
	}

	@Test
	void aFrontierNodeTheFetchDidNotReachIsAnError() {
		FetchedReads reads = FetchedReads.of(false, DOWNSTREAM);

		assertThatIllegalStateException().isThrownBy(() -> reads.level(List.of("e-c"), Rows.FULL))
			.withMessageContaining("e-c");
	}

	@Test
	void thePartsOfAWholeRunFromTheWholeDownToTheirUnitsUpToTheCap() {
		FetchedReads reads = FetchedReads.of(false, DOWNSTREAM);

		List<List<WalkStep>> parts = reads.parts(List.of("e-b", "e-a"), Rows.FULL, null);

		assertThat(parts).extracting((steps) -> steps.get(0).from() + ">" + steps.get(0).node() + " via "
				+ steps.get(0).relationship()).containsExactly("e-a>e-unit-1 via c1", "e-a>e-unit-2 via c2");
		assertThat(parts.get(0).get(0).data()).isSameAs(UNIT_1);
		assertThat(reads.parts(List.of("e-a"), Rows.FULL, 1)).hasSize(1);
		assertThat(reads.parts(List.of("e-a"), Rows.COUNT, null))
			.allSatisfy((steps) -> assertThat(steps.get(0).data()).isNull());
	}

	@Test
	void upstreamTheRootsContainersAreClimbsToTheirTopWithWhatLeadsOnFromIt() {
		WalkStep toSection = new WalkStep("e-unit-1", "e-a", A, "k1", relationship("k1", UNIT_1, A));
		WalkStep toInstrument = new WalkStep("e-a", "e-root", ROOT, "k2", relationship("k2", A, ROOT));
		Fetched upstream = new Fetched(UNIT_1, List.of(B), List.of(relationship("r9", ROOT, B)), List.of(), List.of(),
				List.of(List.of(toSection, toInstrument)));

		Start start = FetchedReads.of(true, upstream).start("unit-1");

		assertThat(start.onward()).isZero();
		assertThat(start.climbs()).singleElement().satisfies((climb) -> {
			assertThat(climb.steps()).containsExactly(toSection, toInstrument);
			assertThat(climb.top()).isEqualTo("e-root");
			assertThat(climb.topOnward()).isEqualTo(1);
		});
	}

	@Test
	void noRowIsNoReads() {
		assertThat(FetchedReads.of(false, null)).isNull();
		assertThat(FetchedReads.parameters("x", 5)).isEqualTo(Map.of("id", "x", "cap", 5));
	}

	private static WalkNode node(String id) {
		return new WalkNode("e-" + id, id, id, List.of("Provision"), new GraphNode(id, List.of("Provision"), id, Map.of()));
	}

	private static WalkRelationship relationship(String elementId, WalkNode start, WalkNode end) {
		return new WalkRelationship(elementId, "DERIVES_FROM", start.elementId(), end.elementId(), "s", elementId, Map.of());
	}

}
