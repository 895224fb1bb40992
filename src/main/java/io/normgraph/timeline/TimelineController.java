package io.normgraph.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.time.AsOf;

@RestController
@Tag(name = "timeline", description = "Meetings, decisions, dated events and forum shopping in time order")
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/api/v1/timeline")
	@Operation(summary = "Meetings, decisions and every event date the schema declares (signed, adopted, deleted…) in date order, undated last")
	Timeline timeline(
			@Parameter(description = "a Forum id; keeps its meetings and decisions", example = "wco-policy-commission") @RequestParam(required = false) @Nullable String forum,
			@Parameter(description = "earliest date: ISO 2008, 2008-06 or 2008-06-30 (inclusive, by overlap)", example = "2008") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "latest date: ISO 2008, 2008-06 or 2008-06-30 (inclusive, by overlap)", example = "2008-06") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "also the meetings of the forum's bodies (containment), default false", example = "true") @RequestParam(defaultValue = "false") boolean parts,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return new Timeline(this.timeline.timeline(forum, from, to, parts, asOf));
	}

	@GetMapping("/api/v1/nodes/{id}/forums")
	@Operation(summary = "Forums an agenda or instrument was carried to, negotiated in or adopted by, in time order")
	ForumVisits forums(@Parameter(description = "an agenda or instrument", example = "ip-enforcement-agenda") @PathVariable String id,
			@Parameter(description = AsOf.DESCRIPTION, example = "2008-06-28") @RequestParam(required = false) @Nullable String asOf) {
		return new ForumVisits(this.timeline.forums(id, asOf));
	}

}
