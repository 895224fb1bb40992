package io.normgraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one configuration of every end-to-end test: the whole application on a random port
 * over a fresh embedded database holding the bundled corpus, reachable over real HTTP
 * ({@link Api}), GraphQL and MockMvc. Because it is identical everywhere, all such classes
 * share one Spring context (and one database). They hold {@link #DATABASE}'s lock, so the IT
 * classes that run side by side never run two of them at once: a test can count what it owns
 * without another class writing at the same time. Each class leaves the database as it found it
 * ({@link GraphLeftAsFound} removes and reports anything it left), so every class starts from
 * the bundled corpus, in any order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@AutoConfigureMockMvc
@Import({ QueryCounter.class, Api.class })
@ResourceLock(EndToEndTest.DATABASE)
@ExtendWith(GraphLeftAsFound.class)
public @interface EndToEndTest {

	/** The lock on the shared end-to-end database (JUnit's parallel execution). */
	String DATABASE = "io.normgraph.end-to-end-database";

}
