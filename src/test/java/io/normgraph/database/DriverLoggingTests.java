package io.normgraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;

class DriverLoggingTests {

	/** The driver's default logging formats every statement with its parameters even when debug is off. */
	@Test
	@SuppressWarnings("deprecation")
	void theDriverLogsThroughSlf4jWhichFormatsOnlyWhatItLogs() {
		Config.ConfigBuilder builder = Config.builder();
		new DatabaseConfiguration().driverLogging().customize(builder);
		assertThat(builder.build().logging().getClass().getName()).endsWith("Slf4jLogging");
	}

}
