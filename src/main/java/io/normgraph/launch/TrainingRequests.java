package io.normgraph.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.normgraph.export.ExportFormat;

/**
 * What the training start serves before it stops, so that the class-data sharing archive also
 * holds the classes of a first request (the web server's, the security filters', the rate
 * limit's) and of a first export in every format (its writer, the statements' Cypher-DSL and
 * planner classes): without them the first export after a start loaded some 540 classes from the
 * jars. Whole-graph exports only, which depend on no corpus's ids. A request that fails is
 * skipped: the archive is still made, with fewer classes.
 */
final class TrainingRequests {

	/** The start-up summary's line that gives the HTTP API's address. */
	private static final Pattern API = Pattern.compile("HTTP API:\\s+(http://\\S+?)/api/v1");

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private TrainingRequests() {
	}

	/** The paths requested, in order. */
	static List<String> paths() {
		List<String> paths = new ArrayList<>(List.of("/actuator/health"));
		ExportFormat.urlNames().forEach((format) -> paths.add("/api/v1/exports/" + format));
		return paths;
	}

	/** The server's base address, from its start-up log. */
	static Optional<String> base(String log) {
		Matcher matcher = API.matcher(log);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** Sends each request and reads its answer to the end; returns each path with its status, or why it failed. */
	static List<String> send(String base) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		List<String> outcomes = new ArrayList<>();
		for (String path : paths()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).build();
			try {
				outcomes.add(path + " " + http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
			}
			catch (IOException ex) {
				outcomes.add(path + " failed: " + ex.getMessage());
			}
		}
		return outcomes;
	}

}
