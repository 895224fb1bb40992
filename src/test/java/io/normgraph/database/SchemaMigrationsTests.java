package io.normgraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The migrations at start: checked unless the embedded store's stamp names its database and this
 * jar's migration files; stamped only after a run that succeeded.
 */
class SchemaMigrationsTests {

	private final Migrations migrations = mock(Migrations.class);

	@TempDir
	Path data;

	@Test
	void aStoreStampedWithTheseMigrationsIsNotCheckedAgain() {
		MigrationStamp current = new MigrationStamp("db-1", "abc");
		current.write(this.data);

		new SchemaMigrations(this.migrations, current, this.data).afterPropertiesSet();

		verify(this.migrations, never()).apply(anyBoolean());
	}

	@Test
	void anyOtherStampRunsTheMigrationsAndStampsTheStore() {
		when(this.migrations.apply(true)).thenReturn(Optional.empty());
		new MigrationStamp("db-1", "older migrations").write(this.data);
		MigrationStamp current = new MigrationStamp("db-1", "abc");

		new SchemaMigrations(this.migrations, current, this.data).afterPropertiesSet();

		verify(this.migrations).apply(true);
		assertThat(MigrationStamp.read(this.data)).isEqualTo(current);
	}

	@Test
	void anotherStoreUnderTheSameDirectoryIsChecked() {
		new MigrationStamp("db-copied-away", "abc").write(this.data);

		new SchemaMigrations(this.migrations, new MigrationStamp("db-2", "abc"), this.data).afterPropertiesSet();

		verify(this.migrations).apply(true);
	}

	@Test
	void aFailedRunLeavesNoStamp() {
		new MigrationStamp("db-1", "older migrations").write(this.data);
		when(this.migrations.apply(true)).thenThrow(new MigrationsException("broken"));

		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> new SchemaMigrations(this.migrations, new MigrationStamp("db-1", "abc"), this.data)
				.afterPropertiesSet());
		assertThat(MigrationStamp.read(this.data)).isNull();
	}

	@Test
	void anExternalDatabaseIsAlwaysChecked() {
		new SchemaMigrations(this.migrations, null, null).afterPropertiesSet();

		verify(this.migrations).apply(true);
	}

	@Test
	void theDigestFollowsTheMigrationFiles(@TempDir Path files) throws IOException {
		Path migrationsDirectory = Files.createDirectories(files.resolve("migrations"));
		Files.writeString(migrationsDirectory.resolve("V0001__One.cypher"), "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.a);");
		String[] locations = { "file:" + migrationsDirectory };
		DefaultResourceLoader loader = new DefaultResourceLoader();
		String one = MigrationStamp.digest(locations, loader);

		assertThat(MigrationStamp.digest(locations, loader)).isEqualTo(one);
		Files.writeString(migrationsDirectory.resolve("V0002__Two.cypher"), "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.b);");
		String two = MigrationStamp.digest(locations, loader);
		assertThat(two).isNotEqualTo(one);
		Files.writeString(migrationsDirectory.resolve("V0002__Two.cypher"), "CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.c);");
		assertThat(MigrationStamp.digest(locations, loader)).isNotEqualTo(two);
	}

	@Test
	void theBundledMigrationsHaveADigestAndJavaMigrationsNoStamp() {
		DefaultResourceLoader loader = new DefaultResourceLoader();
		MigrationStamp stamp = MigrationStamp.of("db-1", new String[] { "classpath:cypher/migrations" }, new String[0], loader);

		assertThat(stamp).isNotNull();
		assertThat(stamp.migrations()).isNotEqualTo(MigrationStamp.digest(new String[0], loader));
		assertThat(MigrationStamp.of("db-1", new String[0], new String[] { "io.normgraph" }, loader)).isNull();
	}

}
