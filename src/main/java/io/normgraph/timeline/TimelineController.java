package io.normgraph.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "timeline")
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/api/v1/timeline")
	@Operation(summary = "Meetings and decisions in date order, undated last")
	Timeline timeline(
			@Parameter(description = "a Forum id; keeps its meetings and decisions", example = "wco-policy-commission") @RequestParam(required = false) @Nullable String forum,
			@Parameter(description = "earliest date: ISO 2008, 2008-06 or 2008-06-30 (inclusive, by overlap)", example = "2008") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "latest date: ISO 2008, 2008-06 or 2008-06-30 (inclusive, by overlap)", example = "2008-06") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "also the meetings of the forum's bodies (PART_OF), default false", example = "true") @RequestParam(defaultValue = "false") boolean parts) {
		return new Timeline(this.timeline.timeline(forum, from, to, parts));
	}

	@GetMapping("/api/v1/nodes/{id}/forums")
	@Operation(summary = "Forums an agenda or instrument was carried to (PURSUED_IN), negotiated in or adopted by, in time order")
	ForumVisits forums(@Parameter(description = "an agenda or instrument", example = "ip-enforcement-agenda") @PathVariable String id) {
		return new ForumVisits(this.timeline.forums(id));
	}

}
