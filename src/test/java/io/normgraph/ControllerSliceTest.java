package io.normgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import io.normgraph.schema.BuiltInSchemaOnly;

/**
 * A REST controller alone, its service mocked. Security filters are left out: who may call
 * what is tested end to end (SecurityIT), over the real filter chain. The schema registry is the
 * real one: over the slice's mocked Neo4jClient it finds no corpus and serves the built-in schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import(BuiltInSchemaOnly.class)
public @interface ControllerSliceTest {

	/** The controller under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
