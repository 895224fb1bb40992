package io.normgraph.database;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What both modes, embedded and external, share.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	static VerifiedDriverPostProcessor verifiedDriverPostProcessor() {
		return new VerifiedDriverPostProcessor();
	}

	/**
	 * The driver logs through SLF4J, which asks whether a level is on before it formats. Its
	 * default (System.Logger) formats every debug message first, among them each statement with
	 * all its parameters: an import's 5,000-row batches were turned into strings and dropped.
	 * ({@code Logging} is deprecated in driver 6 in favour of System.Logger, whose adapter is the
	 * one that formats eagerly.)
	 */
	@Bean
	@SuppressWarnings("deprecation")
	ConfigBuilderCustomizer driverLogging() {
		return (builder) -> builder.withLogging(Logging.slf4j());
	}

}
