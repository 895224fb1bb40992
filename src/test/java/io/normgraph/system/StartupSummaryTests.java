package io.normgraph.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;

import io.normgraph.database.EmbeddedNeo4jAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up lines name the database in use: the embedded one with Browser, or the external server. */
@ExtendWith(OutputCaptureExtension.class)
class StartupSummaryTests {

	@Test
	void externalModeNamesTheServerWithoutItsCredentials(CapturedOutput output) {
		summary(new DefaultListableBeanFactory(), URI.create("neo4j://reader:secret@db.example.org:7687"));
		assertThat(output).contains("Neo4j:         external server at neo4j://db.example.org:7687")
			.doesNotContain("secret")
			.doesNotContain("Neo4j Browser:");
	}

	@Test
	void embeddedModeGivesBoltAndTheBrowserAddress(CapturedOutput output) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("addresses", new EmbeddedNeo4jAddresses(URI.create("bolt://127.0.0.1:7687"),
				URI.create("http://localhost:7474/browser/?preselectAuthMethod=NO_AUTH&dbms=bolt://127.0.0.1:7687"),
				Path.of("/data")));
		summary(beans, URI.create("bolt://127.0.0.1:7687"));
		assertThat(output).contains("Bolt:          bolt://127.0.0.1:7687 (embedded Neo4j, data in /data)")
			.contains("Neo4j Browser: http://localhost:7474/browser/?preselectAuthMethod=NO_AUTH&dbms=bolt://127.0.0.1:7687");
	}

	private static void summary(DefaultListableBeanFactory beans, URI uri) {
		Neo4jConnectionDetails connection = new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

		};
		new StartupSummary(beans.getBeanProvider(EmbeddedNeo4jAddresses.class), connection).onReady(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericApplicationContext(), Duration.ZERO));
	}

}
