package io.normgraph.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import io.normgraph.database.DataDirectory.DataDirectoryException;

/**
 * Turns the ways the database can fail to start into one sentence saying what went wrong and
 * what to change, naming the port, directory or URI and the setting that chose it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseStartFailureAnalyzer implements FailureAnalyzer {

	private static final String BOLT_PORT = "normgraph.embedded.bolt-port";

	private static final String HTTP_PORT = "normgraph.embedded.http-port";

	private static final String DATA_DIRECTORY = "normgraph.embedded.data-directory";

	private final Environment environment;

	DatabaseStartFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

	private @Nullable FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof PortBindException ex) {
			return portTaken(ex);
		}
		if (cause instanceof DataDirectoryException ex) {
			return new FailureAnalysis(ex.getMessage() + ".",
					"Point " + DATA_DIRECTORY + " at a directory this user can write.", ex);
		}
		if (isStoreLocked(cause)) {
			return new FailureAnalysis("The data directory " + dataDirectory()
					+ " is in use by another Neo4j process (its store lock is held).",
					"Stop the other normgraph instance, or give this one its own " + DATA_DIRECTORY + ".", cause);
		}
		String uri = this.environment.getProperty(NoExternalNeo4jCondition.URI_PROPERTY, "the embedded database");
		if (cause instanceof AuthenticationException ex) {
			return new FailureAnalysis("Neo4j at " + uri + " refused the credentials: " + ex.getMessage(),
					"Check spring.neo4j.authentication.username and spring.neo4j.authentication.password.", ex);
		}
		if (cause instanceof ServiceUnavailableException ex) {
			return new FailureAnalysis("Neo4j at " + uri + " is unreachable: " + ex.getMessage(),
					"Check that the server at spring.neo4j.uri is running and reachable, "
							+ "or unset spring.neo4j.uri to use the embedded database.",
					ex);
		}
		return null;
	}

	private FailureAnalysis portTaken(PortBindException ex) {
		boolean inUse = describes(ex, "already in use");
		String reason = inUse ? "the port is already in use" : String.valueOf(ex.getMessage());
		String host = this.environment.getProperty("normgraph.embedded.listen-address", "localhost");
		for (String[] connector : new String[][] { { "Bolt", BOLT_PORT }, { "HTTP (Neo4j Browser)", HTTP_PORT } }) {
			int port = this.environment.getProperty(connector[1], Integer.class, 0);
			if (port != 0 && describes(ex, ":" + port)) {
				return new FailureAnalysis(
						"The embedded Neo4j cannot open its " + connector[0] + " port " + port + " on " + host + ": "
								+ reason + ".",
						(inUse ? "Stop whatever listens on port " + port + ", or choose" : "Choose") + " another port with "
								+ connector[1] + (connector[1].equals(HTTP_PORT)
										? " (or switch Browser off with normgraph.embedded.browser-enabled=false)." : "."),
						ex);
			}
		}
		return new FailureAnalysis("The embedded Neo4j cannot listen: " + ex.getMessage()
				+ ((ex.getCause() != null) ? " (" + ex.getCause().getMessage() + ")." : "."),
				"Stop whatever holds that port, or choose another with " + BOLT_PORT + " or " + HTTP_PORT + ".", ex);
	}

	private Path dataDirectory() {
		return Path.of(this.environment.getProperty(DATA_DIRECTORY, "data")).toAbsolutePath();
	}

	private static boolean describes(Throwable failure, String text) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains(text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isStoreLocked(Throwable cause) {
		return cause instanceof org.neo4j.io.locker.FileLockException
				|| cause instanceof org.neo4j.io.pagecache.impl.FileLockException;
	}

}
