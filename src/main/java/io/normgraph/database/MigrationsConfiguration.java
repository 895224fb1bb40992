package io.normgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.springframework.boot.autoconfigure.MigrationsProperties;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Neo4j-Migrations as its Spring Boot starter configures it, except for how it finds the
 * migration files: its default scanner (ClassGraph) opens all ~300 jars of the classpath at
 * every start, a second or more of CPU; Spring's resolver asks the class loader for the one
 * directory (cypher/migrations) and lists only the jar that holds it; and except for when they
 * run: {@link SchemaMigrations} skips them on an embedded store stamped with this jar's
 * migrations ({@link MigrationStamp}).
 */
@Configuration(proxyBeanMethods = false)
class MigrationsConfiguration {

	private static final String STARTER_INITIALIZER = "neo4jMigrationsInitializer";

	@Bean
	MigrationsConfig neo4jMigrationsConfig(MigrationsProperties properties, ResourceLoader resourceLoader) {
		return MigrationsConfig.builder()
			.withLocationsToScan(properties.getLocationsToScan())
			.withPackagesToScan(properties.getPackagesToScan())
			.withTransactionMode(properties.getTransactionMode())
			.withDatabase(properties.getDatabase())
			.withSchemaDatabase(properties.getSchemaDatabase())
			.withImpersonatedUser(properties.getImpersonatedUser())
			.withInstalledBy(properties.getInstalledBy())
			.withValidateOnMigrate(properties.isValidateOnMigrate())
			.withAutocrlf(properties.isAutocrlf())
			.withResourceScanner(new SpringResourceScanner(resourceLoader))
			.build();
	}

	/**
	 * The migrations at start, by {@link SchemaMigrations} rather than by the starter's initializer
	 * (its class is package-private: matched by its bean name), so that an embedded store stamped
	 * with this jar's migrations is not checked again.
	 */
	@Bean
	static BeanDefinitionRegistryPostProcessor withoutStarterMigrationsInitializer() {
		return (registry) -> {
			if (registry.containsBeanDefinition(STARTER_INITIALIZER)) {
				registry.removeBeanDefinition(STARTER_INITIALIZER);
			}
		};
	}

	@Bean
	SchemaMigrations schemaMigrations(ObjectProvider<Migrations> configured, MigrationsProperties properties,
			ResourceLoader resourceLoader, ObjectProvider<DatabaseManagementService> embedded,
			ObjectProvider<EmbeddedNeo4jAddresses> addresses) {
		Migrations migrations = configured.getIfAvailable();
		if (migrations == null) {
			return new SchemaMigrations(null, null, null); // the starter is off (no driver): nothing to apply, as before
		}
		DatabaseManagementService service = embedded.getIfAvailable();
		EmbeddedNeo4jAddresses where = addresses.getIfAvailable();
		if (service == null || where == null || properties.getDatabase() != null || properties.getSchemaDatabase() != null) {
			return new SchemaMigrations(migrations, null, null);
		}
		String databaseId = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).databaseId()
			.databaseId()
			.uuid()
			.toString();
		return new SchemaMigrations(migrations, MigrationStamp.of(databaseId, properties.getLocationsToScan(),
				properties.getPackagesToScan(), resourceLoader), where.dataDirectory());
	}

	/** Migrations run at start also where beans are lazy (the import command). */
	@Bean
	static LazyInitializationExcludeFilter migrationsRunEagerly() {
		return (name, definition, type) -> SchemaMigrations.class.equals(type);
	}

	/** Every file under the given class path directories, as Neo4j-Migrations' scanner contract asks. */
	static final class SpringResourceScanner implements ClasspathResourceScanner {

		private final PathMatchingResourcePatternResolver resolver;

		SpringResourceScanner(ResourceLoader resourceLoader) {
			this.resolver = new PathMatchingResourcePatternResolver(resourceLoader);
		}

		@Override
		public List<URL> scan(List<String> paths) {
			List<URL> found = new ArrayList<>();
			try {
				for (String path : paths) {
					for (Resource resource : this.resolver.getResources("classpath*:" + path + "/**/*")) {
						if (resource.isReadable() && !resource.getURL().getPath().endsWith("/")) {
							found.add(resource.getURL());
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return found;
		}

	}

}
