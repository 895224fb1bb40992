package io.normgraph.database;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.neo4j.server.configuration.ServerSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Browser address the start-up line gives, and the settings Browser reads from the
 * embedded server.
 */
class NeoBrowserSettingsTests {

	@Test
	void withoutAPasswordTheAddressChoosesNoAuthenticationAndTheDatabase() {
		URI url = NeoBrowserSettings.url("localhost", 7474, URI.create("bolt://127.0.0.1:7687"), false);
		assertThat(url).hasToString("http://localhost:7474/browser/?preselectAuthMethod=NO_AUTH&dbms=bolt://127.0.0.1:7687");
	}

	@Test
	void withAPasswordTheAddressLeavesTheLoginFormToBrowser() {
		URI url = NeoBrowserSettings.url("localhost", 7474, URI.create("bolt://127.0.0.1:7687"), true);
		assertThat(url.getQuery()).isEqualTo("dbms=bolt://127.0.0.1:7687");
	}

	@Test
	void guidesComeFromTheApplicationsHostsOnlyAndNothingIsReported() {
		assertThat(NeoBrowserSettings.of(null)).containsEntry(ServerSettings.allow_telemetry, false)
			.containsEntry(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1");
		assertThat(NeoBrowserSettings.of("normgraph.example.org"))
			.containsEntry(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1,normgraph.example.org");
		assertThat(NeoBrowserSettings.of("0.0.0.0"))
			.containsEntry(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1");
	}

}
