package io.normgraph.database;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import io.normgraph.database.DataDirectory.DataDirectoryException;

/**
 * Turns the ways the database can fail to start into one sentence saying what went wrong and
 * what to change.
 */
class DatabaseStartFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

	private static FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof PortBindException ex) {
			return new FailureAnalysis("The embedded Neo4j cannot listen: " + ex.getMessage()
					+ ((ex.getCause() != null) ? " (" + ex.getCause().getMessage() + ")." : "."),
					"Stop whatever holds that port, or choose another with normgraph.embedded.bolt-port "
							+ "or normgraph.embedded.http-port.",
					ex);
		}
		if (cause instanceof DataDirectoryException ex) {
			return new FailureAnalysis(ex.getMessage() + ".",
					"Point normgraph.embedded.data-directory at a directory this user can write.", ex);
		}
		if (isStoreLocked(cause)) {
			return new FailureAnalysis(
					"The data directory is in use by another Neo4j process (its store lock is held).",
					"Stop the other normgraph instance, or give this one its own normgraph.embedded.data-directory.",
					cause);
		}
		if (cause instanceof AuthenticationException ex) {
			return new FailureAnalysis("Neo4j refused the credentials: " + ex.getMessage(),
					"Check spring.neo4j.authentication.username and spring.neo4j.authentication.password.", ex);
		}
		if (cause instanceof ServiceUnavailableException ex) {
			return new FailureAnalysis("Neo4j is unreachable: " + ex.getMessage(),
					"Check that the server at spring.neo4j.uri is running and reachable, "
							+ "or unset spring.neo4j.uri to use the embedded database.",
					ex);
		}
		return null;
	}

	private static boolean isStoreLocked(Throwable cause) {
		return cause instanceof org.neo4j.io.locker.FileLockException
				|| cause instanceof org.neo4j.io.pagecache.impl.FileLockException;
	}

}
