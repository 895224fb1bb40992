package io.normgraph.database;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Checks that the database answers as soon as the driver exists, before migrations, the
 * corpus loader or a request use it. Without it an unreachable {@code spring.neo4j.uri} would
 * let the application start "healthy" and fail on the first query.
 */
class VerifiedDriverPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			driver.verifyConnectivity();
		}
		return bean;
	}

}
