package io.normgraph.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TimelineGraphQlController {

	private final TimelineService timeline;

	TimelineGraphQlController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@QueryMapping
	List<TimelineEntry> timeline(@Argument @Nullable String forum, @Argument @Nullable String from,
			@Argument @Nullable String to, @Argument @Nullable Boolean parts, @Argument @Nullable String asOf) {
		return this.timeline.timeline(forum, from, to, Boolean.TRUE.equals(parts), asOf);
	}

	@QueryMapping
	List<ForumVisit> forums(@Argument String id, @Argument @Nullable String asOf) {
		return this.timeline.forums(id, asOf);
	}

}
