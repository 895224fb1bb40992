package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.corpus.CorpusRows.NodeRow;
import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.CorpusRows.RelationshipRow;
import io.normgraph.corpus.References.Reference;
import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.Schema;

/**
 * Which ids a row points at and which label each must have, and how the resolver judges them
 * once it knows what they are (the lookups themselves are in {@link CorpusChecksIT}).
 */
class ReferencesTests {

	private static final Schema SCHEMA = BuiltInSchema.get();

	private static final Origin ACTORS = new Origin("nodes/Actor.csv", 2);

	private static final Origin OPPOSES = new Origin("relationships/OPPOSES.csv", 7);

	private final Neo4jClient client = mock(Neo4jClient.class);

	private final StagingRun run = new StagingRun(this.client, SCHEMA, "mine", ImportOptions.DEFAULT, false,
			new ImportProgress.Tracker("mine"));

	@Test
	void aNodeRowPointsAtItsSourceAsASource() {
		NodeRow row = new NodeRow("Actor", Map.of("id", "per", "name", "Peru", "source", "li-2008", "locator", "IV"), ACTORS);
		assertThat(References.of(SCHEMA, row)).containsExactly(new Reference("source", "li-2008", "Source", ACTORS));
	}

	@Test
	void aRelationshipRowPointsAtItsEndsAsAnyLabelAndAtItsIdPropertiesAsTheirLabel() {
		RelationshipRow row = new RelationshipRow("OPPOSES", "per", "secure-std-1",
				Map.of("source", "li-2008", "locator", "IV", "meeting", "wco-secure-wg-3", "action", "opposed"), OPPOSES);
		assertThat(References.of(SCHEMA, row))
			.extracting(Reference::column, Reference::id, Reference::label)
			.containsExactlyInAnyOrder(tuple("from", "per", null), tuple("to", "secure-std-1", null),
					tuple("source", "li-2008", "Source"), tuple("meeting", "wco-secure-wg-3", "Meeting"));
		assertThat(References.of(SCHEMA, row).subList(0, 2)).extracting(Reference::column).containsExactly("from", "to");
	}

	@Test
	void anEmptyIdPropertyPointsNowhere() {
		RelationshipRow row = new RelationshipRow("OPPOSES", "per", "secure-std-1", Map.of("source", "li-2008", "locator",
				"IV"), OPPOSES);
		assertThat(References.of(SCHEMA, row)).extracting(Reference::column).containsExactly("from", "to", "source");
	}

	@Test
	void theDeclaredReferencesOfALabelAreItsIdPropertiesThatNameALabel() {
		assertThat(References.declared(SCHEMA, "Actor")).containsExactly("source");
		assertThat(References.label(SCHEMA, "Actor", "source")).isEqualTo("Source");
		assertThat(References.label(SCHEMA, "Actor", "id")).isNull();
	}

	@Test
	void labelsTakeTheirArticle() {
		assertThat(References.withArticle("Actor")).isEqualTo("an Actor");
		assertThat(References.withArticle("Instrument")).isEqualTo("an Instrument");
		assertThat(References.withArticle("Meeting")).isEqualTo("a Meeting");
		assertThat(References.withArticle("Source")).isEqualTo("a Source");
	}

	@Test
	void theResolverReportsAWrongLabelAtOnceAndANameForNothingOnlyWhenFinal() {
		References.Resolver resolver = new References.Resolver(this.run, new StagingWrites(mock(Driver.class)));
		resolver.define(List.of(node("Source", "my-source"), node("Instrument", "trips")), Map.of());
		List<Reference> references = List.of(new Reference("source", "my-source", "Source", ACTORS),
				new Reference("meeting", "trips", "Meeting", OPPOSES), new Reference("to", "later", null, OPPOSES));

		assertThat(resolver.check(references, false)).isFalse();
		assertThat(this.run.problems.listed()).extracting(ImportProblem::toString)
			.containsExactly("relationships/OPPOSES.csv:7 column 'meeting': 'trips' is an Instrument, not a Meeting");

		assertThat(resolver.check(references.subList(2, 3), true)).isFalse();
		assertThat(this.run.problems.listed()).extracting(ImportProblem::toString).last()
			.isEqualTo("relationships/OPPOSES.csv:7 column 'to': 'later' is neither in this corpus nor in the graph");
		assertThat(resolver.check(references.subList(0, 1), true)).isTrue();
		assertThat(this.run.problems.count()).isEqualTo(2);
	}

	@Test
	void whatTheGraphSaysAnIdIsWinsOverWhatTheRowSays() {
		References.Resolver resolver = new References.Resolver(this.run, new StagingWrites(mock(Driver.class)));
		NodeState trips = new NodeState("trips", "Instrument", Map.of("id", "trips"), "secure", List.of());
		resolver.define(List.of(node("Actor", "trips"), node("Actor", "per")), Map.of("trips", trips));
		assertThat(resolver.target("trips")).isEqualTo(new References.Target("Instrument", false, false));
		assertThat(resolver.target("per")).isEqualTo(new References.Target("Actor", true, false));
		resolver.resolve(Set.of("trips", "per"));
		verifyNoInteractions(this.client);
		resolver.forget();
		assertThat(resolver.target("per")).isNull();
	}

	private static NodeRow node(String label, String id) {
		return new NodeRow(label, Map.of("id", id, "name", id, "source", "li-2008", "locator", "x"), ACTORS);
	}

}
