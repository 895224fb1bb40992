package io.normgraph.database;

import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Gives the embedded database's {@code neo4j} user the configured password, so that turning
 * authentication on is one setting and never leaves the default password in place.
 */
final class InitialPassword {

	private InitialPassword() {
	}

	static void apply(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// Restarting with the same password: Neo4j refuses to "change" it to itself, which is fine.
			if (!String.valueOf(ex.getMessage()).contains("Old password and new password cannot be the same")) {
				throw ex;
			}
		}
	}

}
