package io.normgraph.stance;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class StanceGraphQlController {

	private final StanceService stances;

	StanceGraphQlController(StanceService stances) {
		this.stances = stances;
	}

	@QueryMapping
	List<Stance> stances(@Argument String id, @Argument @Nullable String asOf) {
		return this.stances.onNode(id, asOf);
	}

	@QueryMapping
	List<Stance> actorStances(@Argument String id, @Argument @Nullable String asOf) {
		return this.stances.ofActor(id, asOf);
	}

	@QueryMapping
	List<Stance> meetingStances(@Argument String id, @Argument @Nullable String asOf) {
		return this.stances.atMeeting(id, asOf);
	}

	@QueryMapping
	List<Coalition> coalitions(@Argument @Nullable String meeting, @Argument @Nullable String asOf) {
		return this.stances.coalitions(meeting, asOf);
	}

}
