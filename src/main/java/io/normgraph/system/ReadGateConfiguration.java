package io.normgraph.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The read gate's filter, in web applications only, after the rate and size limits. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ReadGateConfiguration {

	@Bean
	FilterRegistrationBean<ReadGateFilter> readGateFilter(ReadGate gate) {
		FilterRegistrationBean<ReadGateFilter> registration = new FilterRegistrationBean<>(new ReadGateFilter(gate));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
