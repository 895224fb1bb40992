package io.normgraph.schema;

import org.mockito.Answers;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * For slice tests: the real schema registry over a database of its own that holds no corpus, so
 * it serves the built-in schema and never touches the slice's mocked Neo4jClient (whose
 * interactions the tests count).
 */
@TestConfiguration(proxyBeanMethods = false)
public class BuiltInSchemaOnly {

	@Bean
	SchemaRegistry schemaRegistry(ApplicationEventPublisher events) {
		return new SchemaRegistry(Mockito.mock(Neo4jClient.class, Answers.RETURNS_DEEP_STUBS), events);
	}

	/** The same registry outside Spring, for fast tests of a service. */
	public static SchemaRegistry registry() {
		return new SchemaRegistry(Mockito.mock(Neo4jClient.class, Answers.RETURNS_DEEP_STUBS), (event) -> {
		});
	}

}
