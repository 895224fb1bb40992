package io.normgraph.timeline;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.normgraph.schema.BuiltInSchema;
import io.normgraph.schema.TestSchemas;
import io.normgraph.timeline.TimelineSources.Event;
import io.normgraph.timeline.TimelineSources.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The timeline reads the schema's roles and event dates: a corpus's rounds and agreements are on it as meetings and instruments are. */
class TimelineSourcesTests {

	@Test
	void builtInMeetingsDecisionsAndEveryEventDate() {
		TimelineSources sources = TimelineSources.of(BuiltInSchema.get());
		assertThat(sources.labels()).extracting(Source::label, Source::events, Source::end)
			.contains(tuple("Meeting", java.util.List.of(new Event("startDate", "held")), "endDate"),
					tuple("Decision", java.util.List.of(new Event("date", "decided")), null),
					tuple("Instrument", java.util.List.of(new Event("adoptedOn", "adopted"), new Event("draftedOn", "drafted")),
							null),
					tuple("Provision", java.util.List.of(new Event("deletedOn", "deleted")), null),
					tuple("Version", java.util.List.of(new Event("date", "version")), null));
		assertThat(sources.labels()).extracting(Source::label).doesNotContain("Actor", "Forum", "Source");
		assertThat(sources.heldBy()).containsExactly("HELD_BY");
		assertThat(sources.takenAt()).containsExactly("TAKEN_AT");
	}

	@Test
	void aCorpusOfAgreementsAndRounds() {
		TimelineSources sources = TimelineSources
			.of(TestSchemas.extended(Path.of("import/examples/fictional-trade/corpus.yml")));
		assertThat(sources.labels()).extracting(Source::label, Source::events)
			.contains(tuple("Round", java.util.List.of(new Event("held", "held"))), tuple("Agreement",
					java.util.List.of(new Event("signed", "signed"), new Event("inForce", "entered into force"),
							new Event("terminated", "terminated"))));
		String cypher = TimelineQueries.statement(sources);
		assertThat(cypher).contains("MATCH (x:`Round`)", "MATCH (x:`Meeting`)",
				"WHERE (x.signed IS NOT NULL OR x.inForce IS NOT NULL OR x.terminated IS NOT NULL)", "UNION ALL",
				"-[:`TAKEN_AT`]->(m:`Entity`)", "-[:`HELD_BY`]->(f:`Entity`)");
	}

}
