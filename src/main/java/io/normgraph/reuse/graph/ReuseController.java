package io.normgraph.reuse.graph;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.normgraph.system.NotFoundException;
import io.normgraph.system.Parameters;

/**
 * Text-reuse detection over the API (docs/reuse.md): starting a run and following it, and
 * accepting a detected reuse as an asserted derivation. Writing needs the importer's
 * credentials (see the security package); reading a run's progress does not.
 */
@RestController
@RequestMapping("/api/v1/reuse")
@Tag(name = "reuse")
class ReuseController {

	static final String CURRENT = "/api/v1/reuse/runs/current";

	private final ReuseService service;

	private final ReuseAcceptance acceptance;

	ReuseController(ReuseService service, ReuseAcceptance acceptance) {
		this.service = service;
		this.acceptance = acceptance;
	}

	@PostMapping("/runs")
	@Operation(summary = "Start a detection run over every provision, or those of one corpus (as the importer, HTTP Basic)")
	@ApiResponse(responseCode = "202", description = "Started: its progress, and the status URL in Location")
	@ApiResponse(responseCode = "401", description = "Unauthorized: starting a run needs authentication as the importer")
	@ApiResponse(responseCode = "404", description = "No corpus with that id")
	@ApiResponse(responseCode = "409", description = "Another run is going; runs go one at a time")
	ResponseEntity<ReuseProgress> start(
			@Parameter(description = "compare only this corpus's provisions (with everything)", example = "secure") @RequestParam(required = false) @Nullable String corpus) {
		ReuseProgress started = this.service.start(Parameters.optionalId(corpus, "corpus"));
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(CURRENT)).body(started);
	}

	@GetMapping("/runs/current")
	@Operation(summary = "The progress of the current run, or the outcome of the last one since the server started")
	@ApiResponse(responseCode = "404", description = "No run since the server started")
	ReuseProgress current() {
		return this.service.latest()
			.orElseThrow(() -> NotFoundException.because("run", "No reuse detection run since the server started"));
	}

	@PostMapping("/accept")
	@Operation(summary = "Accept a detected reuse (later text -> earlier) as an asserted derivation, keeping its evidence (as the importer, HTTP Basic)")
	@ApiResponse(responseCode = "201", description = "The derivation, created with the evidence (score, spans, run) on it")
	@ApiResponse(responseCode = "200", description = "Accepted before: the derivation as it is, nothing written")
	@ApiResponse(responseCode = "400", description = "type is not a derivation type, or it cannot connect the two ends")
	@ApiResponse(responseCode = "404", description = "No detected provision-level reuse from `from` to `to`")
	ResponseEntity<Map<String, Object>> accept(
			@Parameter(description = "the later text, which took text from `to`", example = "a-provision") @RequestParam String from,
			@Parameter(description = "the earlier text", example = "another-provision") @RequestParam String to,
			@Parameter(description = "the derivation type to assert; by default the schema's one type whose role is derivation", example = "DERIVES_FROM") @RequestParam(required = false) @Nullable String type,
			Principal user) {
		Map<String, Object> derivation = this.acceptance.accept(Parameters.id(from, "from"), Parameters.id(to, "to"),
				type, user.getName());
		return ResponseEntity.status(Boolean.TRUE.equals(derivation.get("created")) ? HttpStatus.CREATED : HttpStatus.OK)
			.body(derivation);
	}

	@ExceptionHandler
	ProblemDetail busy(ReuseInProgressException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
