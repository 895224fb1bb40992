package io.normgraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * With {@code normgraph.embedded.password} set, Bolt turns anonymous and wrong-password
 * clients away, while the application itself (and anyone with the password) gets in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "normgraph.embedded.password=bolt-test-secret", "normgraph.embedded.browser-enabled=false",
				"normgraph.corpus.load-bundled=false" })
class EmbeddedAuthenticationIT {

	@Autowired
	EmbeddedNeo4jAddresses addresses;

	@Autowired
	Neo4jClient client;

	@Test
	void boltNeedsThePassword() {
		assertThat(this.client.query("RETURN 1").fetchAs(Long.class).one()).hasValue(1L);
		try (Driver anonymous = GraphDatabase.driver(this.addresses.bolt(), AuthTokens.none());
				Driver wrong = GraphDatabase.driver(this.addresses.bolt(), AuthTokens.basic("neo4j", "guess"));
				Driver right = GraphDatabase.driver(this.addresses.bolt(), AuthTokens.basic("neo4j", "bolt-test-secret"))) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(anonymous::verifyConnectivity);
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(wrong::verifyConnectivity);
			right.verifyConnectivity();
		}
	}

}
