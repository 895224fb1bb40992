package io.normgraph.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application context of a batch command: no web server, no Browser, no bundled corpus, a
 * Bolt port of its own (so that a server on another data directory does not stand in its way),
 * lazy beans (controllers and the rest are never built), and only the auto-configurations the
 * database's work needs ({@link BatchAutoConfigurations}). A failure to start (memory included)
 * is reported in one line by Spring Boot's failure analyzers.
 */
public final class BatchContext {

	/** Set (as a default property) in a batch command's context only. */
	public static final String PROPERTY = "normgraph.batch-command";

	private BatchContext() {
	}

	/**
	 * Starts the context of {@code command}.
	 * @param settings the user's {@code --name=value} settings, which win over the defaults here
	 */
	public static ConfigurableApplicationContext start(Class<?> application, String command, List<String> settings) {
		List<String> arguments = new ArrayList<>(settings);
		arguments.add("--normgraph.embedded.browser-enabled=false");
		arguments.add("--normgraph.corpus.load-bundled=false");
		if (arguments.stream().noneMatch((setting) -> setting.startsWith("--normgraph.embedded.bolt-port="))) {
			arguments.add("--normgraph.embedded.bolt-port=0");
		}
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.lazyInitialization(true)
			.properties(PROPERTY + "=" + command)
			.run(arguments.toArray(String[]::new));
	}

}
