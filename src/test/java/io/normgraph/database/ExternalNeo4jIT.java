package io.normgraph.database;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alternative mode: an external Neo4j 5 server set through {@code spring.neo4j.uri}. No
 * embedded database starts; migrations and the bundled corpus go to the server. Needs Docker;
 * skipped (and reported as skipped) where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalNeo4jIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword("normgraph-test");

	// Not @ServiceConnection: the embedded database stays out only when the spring.neo4j.uri
	// property is set, which is also how a user selects an external server.
	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jClient client;

	@Test
	void noEmbeddedDatabaseStarts() {
		assertThat(this.context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4jAddresses.class)).isEmpty();
	}

	@Test
	void migrationsRanOnTheServer() {
		assertThat(this.client.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all())
			.contains("entity_id");
		assertThat(this.client.query("SHOW FULLTEXT INDEXES YIELD name RETURN name").fetchAs(String.class).all())
			.contains("entity_text");
	}

	@Test
	void bundledCorpusLoadedIntoTheServer() {
		assertThat(this.client.query("MATCH (n:Entity {id: 'trips'}) RETURN n.name")
			.fetchAs(String.class)
			.one()).isPresent();
	}

}
