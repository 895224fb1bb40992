package io.normgraph.system;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * In a batch command's context ({@link BatchContext}), only the auto-configurations its work needs:
 * the database, its client and transactions, the migrations, the build's information (a reuse run
 * records the version). Parsing the other ~50 that match (actuator, health, metrics, GraphQL,
 * security, OpenAPI, Jackson, task executors) was the largest part of the import command's start
 * (docs/benchmarks.md, "Start-up (issue 15)"). A list of what to keep rather than of what to
 * leave out, so that a library added later does not slow the commands unnoticed; one they need
 * and this list lacks fails their tests with a missing bean. Everywhere else, no effect.
 */
public final class BatchAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

	static final Set<String> NEEDED = Set.of(
			"org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
			"org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
			"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
			"org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration",
			"org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration",
			"org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration",
			"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
			"org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration",
			"ac.simons.neo4j.migrations.springframework.boot.autoconfigure.MigrationsAutoConfiguration");

	private boolean batch;

	@Override
	public void setEnvironment(Environment environment) {
		this.batch = StringUtils.hasText(environment.getProperty(BatchContext.PROPERTY));
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String candidate = autoConfigurationClasses[i];
			matches[i] = !this.batch || candidate == null || NEEDED.contains(candidate);
		}
		return matches;
	}

}
