package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrationguard.naming.MigrationVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The startup check against a real PostgreSQL, with migrations in a directory, in a jar, or named in a list. */
class StartupCheckTest {

    static final String V1 = "CREATE TABLE a (id int);\n";
    static final String V2 = "CREATE TABLE b (id int);\n";

    @TempDir
    Path project;
    @TempDir
    Path classpath;
    RunnerTestSupport t;
    PGSimpleDataSource dataSource;

    @BeforeEach
    void setUp() throws Exception {
        t = new RunnerTestSupport(project);
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(t.db.url());
        dataSource.setCurrentSchema(t.db.schema());
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void aDirectoryOnTheClassPathIsCheckedWithTheRunnersChecksums() throws Exception {
        t.file("V1__a.sql", V1).file("V2__b.sql", V2);
        t.runner().migrate(RunOptions.defaults().withTarget(MigrationVersion.parse("1")));
        Path classes = classpath.resolve("classes");
        write(classes.resolve("db/migration/V1__a.sql"), V1);
        write(classes.resolve("db/migration/V2__b.sql"), V2);

        try (URLClassLoader loader = loader(classes)) {
            StartupCheck check = StartupCheck.on(dataSource).classLoader(loader);
            var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class, check::requireUpToDate);
            assertThat(e.versions()).containsExactly("2");
            assertThat(e.problems()).containsExactly("missing: 2 b (db/migration/V2__b.sql)");
            assertThat(e.getMessage()).startsWith("the database lacks 1 migration(s) this application needs")
                    .contains("schema " + t.db.schema(), "db:migrate");
            assertThat(e.schemaNotInitialised()).isFalse();

            t.runner().migrate(RunOptions.defaults());
            assertThatCode(check::requireUpToDate).doesNotThrowAnyException();

            write(classes.resolve("db/migration/V1__a.sql"), "CREATE TABLE a (id bigint);\n");
            var changed = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    check::requireUpToDate);
            assertThat(changed.versions()).containsExactly("1");
            assertThat(changed.problems()).singleElement().asString()
                    .startsWith("changed since applied: 1 a (db/migration/V1__a.sql) was applied with checksum");
        }
    }

    @Test
    void migrationsInsideAJarAreRead() throws Exception {
        t.file("V1__a.sql", V1).file("V2__b.sql", V2).file("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n");
        t.runner().migrate(RunOptions.defaults().withTarget(MigrationVersion.parse("1")));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("db/migration/V1__a.sql", V1);
        entries.put("db/migration/V2__b.sql", V2);
        entries.put("db/migration/R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n");
        Path jar = jar(classpath.resolve("app.jar"), entries);

        try (URLClassLoader loader = loader(jar)) {
            StartupCheck check = StartupCheck.on(dataSource).classLoader(loader);
            var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    () -> check.requireUpToDate("classpath:db/migration"));
            assertThat(e.problems()).containsExactly("missing: 2 b (db/migration/V2__b.sql)",
                    "not applied: repeatable view (db/migration/R__view.sql)");

            t.runner().migrate(RunOptions.defaults());
            assertThatCode(() -> check.requireUpToDate("db/migration")).doesNotThrowAnyException();
        }

        entries.put("db/migration/V2__b.sql", "CREATE TABLE b (id bigint);\n");
        try (URLClassLoader loader = loader(jar(classpath.resolve("changed.jar"), entries))) {
            var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    () -> StartupCheck.on(dataSource).classLoader(loader).requireUpToDate());
            assertThat(e.versions()).containsExactly("2");
            assertThat(e.problems()).singleElement().asString().startsWith("changed since applied: 2 b");
        }
    }

    @Test
    void aLocationWithoutMigrationsIsAnErrorNotAPass() throws Exception {
        t.file("V1__a.sql", V1);
        t.runner().migrate(RunOptions.defaults());
        try (URLClassLoader loader = loader(jar(classpath.resolve("other.jar"),
                Map.of("db/other/V1__a.sql", V1)))) {
            assertThatThrownBy(() -> StartupCheck.on(dataSource).classLoader(loader).requireUpToDate())
                    .isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(MigrationGuard.MigrationsMissingException.class)
                    .hasMessageStartingWith("no migrations found under classpath:db/migration")
                    .hasMessageContaining("holds its directory (db/migration/)");
        }
    }

    @Test
    void aBadNameInTheJarStopsTheCheckNamingTheFile() throws Exception {
        t.file("V1__a.sql", V1);
        t.runner().migrate(RunOptions.defaults());
        try (URLClassLoader loader = loader(jar(classpath.resolve("bad.jar"),
                Map.of("db/migration/V1__a.sql", V1, "db/migration/V2_b.sql", V2)))) {
            assertThatThrownBy(() -> StartupCheck.on(dataSource).classLoader(loader).requireUpToDate())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("db/migration/V2_b.sql")
                    .hasMessageContaining("V2__b.sql");
        }
    }

    @Test
    void anExplicitListNamesWhatIsMissingFailedOrAnotherMigration() throws Exception {
        t.file("001_initial_schema.sql", V1).file("002_b.sql", V2)
                .file("005_steps_run_idx_constraints.sql", "CREATE TABLE c (id int);\n");
        t.runner().migrate(RunOptions.defaults().withTarget(MigrationVersion.parse("2")));

        assertThatCode(() -> MigrationGuard.require(dataSource, "001_initial_schema", "2", "V2__b"))
                .doesNotThrowAnyException();

        var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                () -> MigrationGuard.require(dataSource, "001_initial_schema", "005_steps_run_idx_constraints"));
        assertThat(e.versions()).containsExactly("005_steps_run_idx_constraints");
        assertThat(e.problems()).containsExactly(
                "missing: 005_steps_run_idx_constraints (version 5 is not in the history)");

        var other = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                () -> MigrationGuard.require(dataSource, "002_add_email"));
        assertThat(other.problems()).singleElement().asString().startsWith(
                "another migration: 002_add_email is required, but version 2 was applied as \"b\"");

        t.db.execute("INSERT INTO migration_guard_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time_ms, success) VALUES (10, '5', 'steps run idx constraints', "
                + "'SQL_AUTOCOMMIT', '005_steps_run_idx_constraints.sql', 1, 'x', 0, false)");
        var failed = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                () -> MigrationGuard.require(dataSource, "005_steps_run_idx_constraints"));
        assertThat(failed.problems()).singleElement().asString()
                .startsWith("failed part way (dirty): 005_steps_run_idx_constraints on ")
                .endsWith("run db:repair and db:migrate");
    }

    @Test
    void badEntriesAreNamedTogether() {
        assertThatThrownBy(() -> MigrationGuard.require(dataSource, "001_initial_schema", "initial_schema", "V_x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a migration name or version: \"initial_schema\", \"V_x\";")
                .hasMessageContaining("005_steps_run_idx_constraints");
    }

    @Test
    void aVersionCoveredByABaselineCountsAsApplied() throws Exception {
        t.file("V7__later.sql", V1);
        assertThat(t.runner().baseline(RunOptions.defaults().withBaselineVersion("5")).ok()).isTrue();
        assertThatCode(() -> MigrationGuard.require(dataSource, "3", "V5__whatever")).doesNotThrowAnyException();
        var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                () -> MigrationGuard.require(dataSource, "6"));
        assertThat(e.versions()).containsExactly("6");
    }

    @Test
    void theEnvironmentVariableListsTheRequiredMigrationsElseTheClassPathIsRead() throws Exception {
        t.file("V1__a.sql", V1).file("V2__b.sql", V2);
        t.runner().migrate(RunOptions.defaults().withTarget(MigrationVersion.parse("1")));
        try (URLClassLoader loader = loader(jar(classpath.resolve("app.jar"),
                Map.of("db/migration/V1__a.sql", V1, "db/migration/V2__b.sql", V2)))) {
            StartupCheck check = StartupCheck.on(dataSource).classLoader(loader);

            assertThatCode(() -> check.requireFromEnvironment(Map.of(StartupCheck.REQUIRED_ENV, "V1__a")::get))
                    .doesNotThrowAnyException();
            var listed = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    () -> check.requireFromEnvironment(Map.of(StartupCheck.REQUIRED_ENV, " 1, V2__b ;3 ")::get));
            assertThat(listed.versions()).containsExactly("V2__b", "3");

            var fromClasspath = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    () -> check.requireFromEnvironment(Map.of(StartupCheck.REQUIRED_ENV, "  ")::get));
            assertThat(fromClasspath.problems()).containsExactly("missing: 2 b (db/migration/V2__b.sql)");

            assertThatThrownBy(() -> check.requireFromEnvironment(Map.of(StartupCheck.REQUIRED_ENV, "1,two")::get))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("MIGRATION_GUARD_REQUIRED: not a migration name or version: \"two\"");
        }
    }

    @Test
    void aMissingHistoryTableSaysTheSchemaIsNotInitialised() throws Exception {
        try (URLClassLoader loader = loader(jar(classpath.resolve("app.jar"),
                Map.of("db/migration/V1__a.sql", V1, "db/migration/V2__b.sql", V2)))) {
            var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    () -> StartupCheck.on(dataSource).classLoader(loader).requireUpToDate());
            assertThat(e.schemaNotInitialised()).isTrue();
            assertThat(e.versions()).containsExactly("1", "2");
            assertThat(e.getMessage()).startsWith("schema not initialised: no history table migration_guard_history "
                    + "in database ").contains("schema " + t.db.schema(), "needs 2 migration(s) (1, 2)", "db:migrate");
        }
        var listed = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                () -> MigrationGuard.require(dataSource, "001_initial_schema"));
        assertThat(listed.schemaNotInitialised()).isTrue();
        assertThat(listed.getMessage()).startsWith("schema not initialised").contains("(001_initial_schema)");
    }

    @Test
    void anotherHistoryTableIsNamedWithItsSchema() throws Exception {
        t.file("V1__a.sql", V1);
        t.runner(t.config().historyTable("app_history").build()).migrate(RunOptions.defaults());
        PGSimpleDataSource other = new PGSimpleDataSource();
        other.setURL(t.db.url());
        StartupCheck check = StartupCheck.on(other).historyTable(t.db.schema(), "app_history");
        assertThatCode(() -> check.require(java.util.List.of("V1__a"))).doesNotThrowAnyException();
        var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                () -> StartupCheck.on(other).historyTable(t.db.schema(), "migration_guard_history")
                        .require(java.util.List.of("V1__a")));
        assertThat(e.schemaNotInitialised()).isTrue();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static URLClassLoader loader(Path entry) throws IOException {
        return new URLClassLoader(new URL[] {entry.toUri().toURL()}, null);
    }

    /** Writes a jar holding {@code entries}, with a directory entry for every parent (as the jar tool writes). */
    static Path jar(Path jar, Map<String, ?> entries) throws IOException {
        TreeSet<String> dirs = new TreeSet<>();
        for (String name : entries.keySet()) {
            for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                dirs.add(name.substring(0, i + 1));
            }
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (String dir : dirs) {
                j.putNextEntry(new JarEntry(dir));
                j.closeEntry();
            }
            for (Map.Entry<String, ?> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue() instanceof byte[] b ? b
                        : e.getValue().toString().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }
}
