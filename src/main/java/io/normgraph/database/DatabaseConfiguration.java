package io.normgraph.database;

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

}
