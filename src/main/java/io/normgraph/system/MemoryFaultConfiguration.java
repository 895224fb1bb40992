package io.normgraph.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link MemoryFaultFilter} inside the rate and size limits (which hold nothing) and
 * outside everything that may run out of memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class MemoryFaultConfiguration {

	@Bean
	FilterRegistrationBean<MemoryFaultFilter> memoryFaultFilter(JsonMapper json, Environment environment) {
		FilterRegistrationBean<MemoryFaultFilter> registration = new FilterRegistrationBean<>(
				new MemoryFaultFilter(json, isExternal(environment)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static boolean isExternal(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
