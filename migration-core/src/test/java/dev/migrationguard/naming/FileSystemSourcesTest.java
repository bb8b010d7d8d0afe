package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemSourcesTest {

    @TempDir
    Path project;

    private Path write(String relative, String content) throws IOException {
        Path p = project.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void listsNestedFilesOfSeveralLocationsInOrder() throws IOException {
        write("src/main/resources/db/migration/V2__b.sql", "SELECT 2;");
        write("src/main/resources/db/migration/2024/V10__j.sql", "SELECT 10;");
        write("src/main/resources/db/migration/V1__a.sql", "SELECT 1;");
        write("src/main/resources/db/migration/README.md", "docs");
        write("db/golang/1_x.up.sql", "CREATE TABLE x ();");
        write("db/golang/1_x.down.sql", "DROP TABLE x;");
        Files.createDirectories(project.resolve("src/main/resources/db/migration/empty"));

        FileSystemSources.ListResult r = FileSystemSources.list(project,
                List.of("classpath:db/migration", "filesystem:db/golang"));

        assertThat(r.missingLocations()).isEmpty();
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).extracting(SourceFile::displayPath, SourceFile::location, SourceFile::relativePath)
                .containsExactly(
                        tuple("src/main/resources/db/migration/2024/V10__j.sql", "src/main/resources/db/migration",
                                "2024/V10__j.sql"),
                        tuple("src/main/resources/db/migration/README.md", "src/main/resources/db/migration",
                                "README.md"),
                        tuple("src/main/resources/db/migration/V1__a.sql", "src/main/resources/db/migration",
                                "V1__a.sql"),
                        tuple("src/main/resources/db/migration/V2__b.sql", "src/main/resources/db/migration",
                                "V2__b.sql"),
                        tuple("db/golang/1_x.down.sql", "db/golang", "1_x.down.sql"),
                        tuple("db/golang/1_x.up.sql", "db/golang", "1_x.up.sql"));
        assertThat(new String(r.files().get(2).content().read(), StandardCharsets.UTF_8)).isEqualTo("SELECT 1;");
    }

    @Test
    void missingLocationsAreReportedNotThrown() throws IOException {
        write("db/V1__a.sql", "x");
        write("not-a-dir.sql", "x");
        FileSystemSources.ListResult r = FileSystemSources.list(project,
                List.of("db", "does/not/exist", "not-a-dir.sql", "classpath:db/migration"));
        assertThat(r.files()).extracting(SourceFile::displayPath).containsExactly("db/V1__a.sql");
        assertThat(r.missingLocations()).containsExactly("does/not/exist", "not-a-dir.sql", "classpath:db/migration");
    }

    @Test
    void absoluteLocationsOutsideTheProjectShowAbsolutePaths(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("V1__a.sql"), "x");
        FileSystemSources.ListResult r = FileSystemSources.list(project, List.of(elsewhere.toString()));
        SourceFile f = r.files().get(0);
        assertThat(f.displayPath()).isEqualTo(elsewhere.toAbsolutePath().normalize().resolve("V1__a.sql").toString());
        assertThat(f.relativePath()).isEqualTo("V1__a.sql");
        assertThat(f.location()).isEqualTo(elsewhere.toAbsolutePath().normalize().toString());
    }

    @Test
    void absoluteLocationsInsideTheProjectAreShownRelative() throws IOException {
        write("db/V1__a.sql", "x");
        FileSystemSources.ListResult r = FileSystemSources.list(project, List.of(project.resolve("db").toString()));
        assertThat(r.files()).extracting(SourceFile::displayPath, SourceFile::location)
                .containsExactly(tuple("db/V1__a.sql", "db"));
    }

    @Test
    void overlappingLocationsListAFileOnce() throws IOException {
        write("db/V1__a.sql", "x");
        write("db/sub/V2__b.sql", "x");
        FileSystemSources.ListResult r = FileSystemSources.list(project, List.of("db/sub", "db", "./db"));
        assertThat(r.files()).extracting(SourceFile::displayPath).containsExactly("db/sub/V2__b.sql", "db/V1__a.sql");
    }

    @Test
    void contentIsReadLazilyAndCached() throws IOException {
        Path file = write("db/V1__a.sql", "first");
        SourceFile f = FileSystemSources.list(project, List.of("db")).files().get(0);
        Files.writeString(file, "second");
        assertThat(new String(f.content().read(), StandardCharsets.UTF_8)).as("read on first use").isEqualTo("second");
        Files.writeString(file, "third");
        assertThat(new String(f.content().read(), StandardCharsets.UTF_8)).as("then cached").isEqualTo("second");
    }

    @Test
    void wholeProjectOnDiskFromListingToLoadedScripts() throws IOException {
        write("src/main/resources/db/migration/V1__create_users.sql", "CREATE TABLE users (id bigint);\n");
        write("src/main/resources/db/migration/U1__create_users.sql", "DROP TABLE users;\n");
        write("src/main/resources/db/migration/V1_1__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        write("src/main/resources/db/migration/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n");
        write("src/main/resources/db/migration/afterMigrate.sql", "ANALYZE;\n");
        write("src/main/resources/db/migration/V2_add_index.sql", "CREATE INDEX i ON users (email);\n");
        write("dbmate/20240101000000_posts.sql",
                "-- migrate:up\nCREATE TABLE posts ();\n\n-- migrate:down\nDROP TABLE posts;\n");
        Path latin1 = project.resolve("dbmate/20240102000000_tags.sql");
        Files.write(latin1, "-- migrate:up\n-- café\nCREATE TABLE tags ();\n-- migrate:down\nDROP TABLE tags;\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        FileSystemSources.ListResult listed = FileSystemSources.list(project,
                List.of("src/main/resources/db/migration", "dbmate"));
        MigrationSet set = MigrationSets.build(listed.files());

        assertThat(set.schemes()).containsEntry("src/main/resources/db/migration", NamingScheme.FLYWAY)
                .containsEntry("dbmate", NamingScheme.DBMATE);
        assertThat(set.migrations()).extracting(Migration::label).containsExactly("1 create users",
                "1.1 add email", "20240101000000 posts", "20240102000000 tags", "repeatable views");
        assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::path, NamingProblem::help)
                .containsExactly(
                        tuple(NamingProblem.Type.MISSING_DOWN, "src/main/resources/db/migration/V1_1__add_email.sql",
                                "add U1_1__add_email.sql that reverts it, or mark it with"
                                        + " -- migration-guard:irreversible <reason>"),
                        tuple(NamingProblem.Type.INVALID_NAME, "src/main/resources/db/migration/V2_add_index.sql",
                                "rename V2_add_index.sql to V2__add_index.sql"));

        Migration posts = set.migrations().get(2);
        LoadedScript down = ScriptLoader.load(posts.down());
        assertThat(down.text()).isEqualTo("DROP TABLE posts;\n");
        assertThat(down.firstLine()).isEqualTo(5);
        LoadedScript tags = ScriptLoader.load(set.migrations().get(3).up());
        assertThat(tags.ok()).isFalse();
        assertThat(tags.errorLine()).isEqualTo(2);
        assertThat(tags.error()).contains("save the file as UTF-8");
    }

    @Test
    void displayPrefixGivesWhatDisplayGivesForTheFilesOfALocation() {
        Path root = Path.of("/work/root");
        for (Path dir : List.of(root, root.resolve("src/main/resources/db/migration"), Path.of("/elsewhere/db"))) {
            String location = FileSystemSources.display(root, dir);
            assertThat(FileSystemSources.displayPrefix(location) + "sub/V1__a.sql")
                    .isEqualTo(FileSystemSources.display(root, dir.resolve("sub/V1__a.sql")));
        }
    }
}
