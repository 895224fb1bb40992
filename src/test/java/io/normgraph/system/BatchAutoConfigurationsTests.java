package io.normgraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.mock.env.MockEnvironment;

/**
 * A batch command's context keeps only the auto-configurations it needs; any other context keeps
 * them all.
 */
class BatchAutoConfigurationsTests {

	private static final String[] CANDIDATES = { "org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration",
			"org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
			"ac.simons.neo4j.migrations.springframework.boot.autoconfigure.MigrationsAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration", null };

	@Test
	void aBatchCommandKeepsOnlyWhatItNeeds() {
		assertThat(filter(new MockEnvironment().withProperty(BatchContext.PROPERTY, "import")).match(CANDIDATES, null))
			.containsExactly(true, false, false, true, false, true);
	}

	@Test
	void anyOtherContextKeepsEverything() {
		assertThat(filter(new MockEnvironment()).match(CANDIDATES, null)).containsOnly(true);
	}

	/** A renamed or removed auto-configuration (a library's upgrade) would silently drop out of the batch commands. */
	@Test
	void everyNeededOneIsAnAutoConfigurationOnTheClassPath() {
		List<String> candidates = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates();
		assertThat(candidates).containsAll(BatchAutoConfigurations.NEEDED);
	}

	private static BatchAutoConfigurations filter(MockEnvironment environment) {
		BatchAutoConfigurations filter = new BatchAutoConfigurations();
		filter.setEnvironment(environment);
		return filter;
	}

}
