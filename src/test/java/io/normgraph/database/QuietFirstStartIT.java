package io.normgraph.database;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start of the packaged application on an empty data directory, with its own
 * logging settings (INFO), logs no warning and no error: creating the database, the migrations,
 * loading the bundled corpus and the start-up summary are all normal, so a user's first log
 * says nothing is wrong. (Neo4j warns at every read of a property key no graph has set yet;
 * migration V0008 makes the keys normgraph reads known.) The requests after start-up are
 * {@link io.normgraph.QuietLogsIT}'s.
 */
class QuietFirstStartIT {

	private static final Duration START = Duration.ofMinutes(10);

	/** A log line at WARN or ERROR, in Spring Boot's console format: the date and time, then the level. */
	private static final Pattern WARNING = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s");

	@Test
	void aFirstStartOnAnEmptyDataDirectoryLogsNoWarning() {
		try (NormgraphProcess normgraph = NormgraphProcess.start("quiet-first-start", "--server.port=0",
				"--normgraph.embedded.bolt-port=0", "--normgraph.embedded.http-port=0",
				"--normgraph.embedded.data-directory=" + NormgraphProcess.newDataDirectory())) {
			normgraph.awaitReady(START);
			List<String> lines = normgraph.lines();
			assertThat(lines).as("the bundled corpus was loaded on this first start")
				.anyMatch((line) -> line.contains("First start on an empty database"));
			assertThat(lines).as("INFO lines are in the log (the pattern below reads its format)")
				.anyMatch((line) -> line.matches("^\\S+\\s+INFO\\s.*"));
			assertThat(lines.stream().filter((line) -> WARNING.matcher(line).find()).toList())
				.as("warnings and errors logged by a first start:%n%s", normgraph.output())
				.isEmpty();
		}
	}

}
