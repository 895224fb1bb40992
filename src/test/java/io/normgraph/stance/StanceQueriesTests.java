package io.normgraph.stance;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.normgraph.schema.Polarity;
import io.normgraph.schema.Schema;
import io.normgraph.schema.TestSchemas;
import io.normgraph.stance.StanceQueries.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/** Stances are read through the schema's roles: a corpus's own stance type, actor and meeting labels work as the built-in ones. */
class StanceQueriesTests {

	static final Schema SCHEMA = TestSchemas.extended("labels:", "  Delegation:", "    role: actor", "  Round:",
			"    role: meeting", "    properties:", "      held: {type: date, time: start, event: held}",
			"relationships:", "  ENDORSES:", "    role: stance", "    polarity: support",
			"    connects: [\"Delegation -> *\"]", "    properties:", "      round: {type: id, references: Round}",
			"      on: {type: date, time: start}", "  ABSTAINS:", "    role: stance", "    polarity: neutral",
			"    connects: [\"Delegation -> *\"]");

	@Test
	void typesPolarityMeetingAndDateComeFromTheSchema() {
		StanceTypes types = StanceTypes.of(SCHEMA);
		assertThat(types.types()).containsExactly("ABSTAINS", "ENDORSES", "OPPOSES", "SUPPORTS");
		assertThat(types.polarity()).containsEntry("ENDORSES", Polarity.SUPPORT)
			.containsEntry("ABSTAINS", Polarity.NEUTRAL)
			.containsEntry("OPPOSES", Polarity.OPPOSITION);
		assertThat(types.meeting()).containsEntry("ENDORSES", "round")
			.containsEntry("SUPPORTS", "meeting")
			.doesNotContainKey("ABSTAINS");
		assertThat(types.date()).containsEntry("ENDORSES", "on").containsEntry("OPPOSES", "date");
		assertThat(types.actors()).containsExactly("Actor", "Delegation");
	}

	@Test
	void theStatementsNameOnlyWhatTheSchemaDeclares() {
		StanceTypes types = StanceTypes.of(SCHEMA);
		String onNode = StanceQueries.statement(Scope.ON_NODE, types, false);
		assertThat(onNode).contains("(t:`Entity` {id: $id})", "-[r:`ABSTAINS`|`ENDORSES`|`OPPOSES`|`SUPPORTS`]->(t)",
				"CASE type(r) WHEN 'ENDORSES' THEN r.round WHEN 'OPPOSES' THEN r.meeting WHEN 'SUPPORTS' THEN r.meeting END")
			.doesNotContain("Meeting", "validFrom");
		assertThat(StanceQueries.statement(Scope.ON_NODE, types, true)).contains("r.validFrom <= $asOf",
				"r.validUntil >= $asOf");
		assertThat(StanceQueries.statement(Scope.OF_ACTOR, types, false)).contains("a:`Actor` OR a:`Delegation`");
		for (Scope scope : List.of(Scope.AT_MEETING, Scope.AT_MEETINGS)) {
			assertThat(StanceQueries.statement(scope, types, false)).contains("CASE type(r) WHEN 'ENDORSES' THEN r.round");
		}
	}

}
