package io.normgraph.database;

import java.nio.file.Path;

import ac.simons.neo4j.migrations.core.Migrations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the schema migrations at start, as Neo4j-Migrations' Spring Boot starter would, except
 * on an embedded store whose {@link MigrationStamp} says this jar's migrations are all applied
 * already: there the check is skipped (profiled: it was the longest step before the import
 * command's work).
 */
final class SchemaMigrations implements InitializingBean {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	private final @Nullable Migrations migrations;

	private final @Nullable MigrationStamp current;

	private final @Nullable Path dataDirectory;

	/**
	 * @param migrations the starter's migrations, or null where it is off (no driver)
	 * @param current the stamp this jar's migrations give the embedded store, or null (external database)
	 * @param dataDirectory the embedded store's data directory, or null
	 */
	SchemaMigrations(@Nullable Migrations migrations, @Nullable MigrationStamp current, @Nullable Path dataDirectory) {
		this.migrations = migrations;
		this.current = current;
		this.dataDirectory = dataDirectory;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.migrations == null) {
			return;
		}
		if (this.current != null && this.dataDirectory != null) {
			if (this.current.equals(MigrationStamp.read(this.dataDirectory))) {
				logger.info("Schema migrations: all applied to this store already (" + this.dataDirectory.resolve(MigrationStamp.FILE)
						+ "); not checked again");
				return;
			}
			MigrationStamp.remove(this.dataDirectory);
		}
		try {
			this.migrations.apply(true);
		}
		catch (ServiceUnavailableException ex) {
			// As the starter does: the driver's own check reports an unreachable database.
			logger.error("Cannot apply Neo4j migrations, driver instance cannot reach any database.", ex);
			return;
		}
		if (this.current != null && this.dataDirectory != null) {
			this.current.write(this.dataDirectory);
		}
	}

}
