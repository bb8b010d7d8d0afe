package dev.migrationguard.naming;

import static dev.migrationguard.naming.NamingScheme.DBMATE;
import static dev.migrationguard.naming.NamingScheme.FLYWAY;
import static dev.migrationguard.naming.NamingScheme.FOLDER_PAIRS;
import static dev.migrationguard.naming.NamingScheme.GOLANG_MIGRATE;
import static dev.migrationguard.naming.NamingScheme.GOOSE;
import static dev.migrationguard.naming.NamingScheme.SEQUENTIAL;
import static dev.migrationguard.naming.NamingScheme.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameParserTest {

    private static ParsedName ok(String path, NamingScheme scheme) {
        ParsedName p = NameParser.parse(path, scheme);
        assertThat(p.isMigration()).as("%s under %s: %s", path, scheme, p.message()).isTrue();
        assertThat(p.message()).isNull();
        return p;
    }

    private static ParsedName bad(String path, NamingScheme scheme) {
        ParsedName p = NameParser.parse(path, scheme);
        assertThat(p.isValid()).as("%s under %s", path, scheme).isFalse();
        assertThat(p.message()).as("message repeats the name").contains(path);
        assertThat(p.help()).isNotBlank();
        return p;
    }

    @Nested
    class Flyway {

        @ParameterizedTest
        @CsvSource({
                "V1__init.sql, 1, init, VERSIONED, UP",
                "V2_31_10__add_email.sql, 2.31.10, add email, VERSIONED, UP",
                "V1.1__x.sql, 1.1, x, VERSIONED, UP",
                "V001__leading_zeros.sql, 1, leading zeros, VERSIONED, UP",
                "V20240101120000__ts.sql, 20240101120000, ts, VERSIONED, UP",
                "U3__add_email.sql, 3, add email, VERSIONED, DOWN",
                "B5__baseline.sql, 5, baseline, BASELINE, UP",
                "2024/q1/V7__nested.sql, 7, nested, VERSIONED, UP",
        })
        void validVersionedNames(String path, String version, String description, MigrationKind kind,
                                 Direction direction) {
            ParsedName p = ok(path, FLYWAY);
            assertThat(p.version()).isEqualTo(MigrationVersion.parse(version));
            assertThat(p.description()).isEqualTo(description);
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.direction()).isEqualTo(direction);
        }

        @Test
        void repeatableHasNoVersion() {
            ParsedName p = ok("R__refresh_views.sql", FLYWAY);
            assertThat(p.kind()).isEqualTo(MigrationKind.REPEATABLE);
            assertThat(p.version()).isNull();
            assertThat(p.description()).isEqualTo("refresh views");
        }

        @ParameterizedTest
        @ValueSource(strings = {"beforeMigrate.sql", "afterMigrate.sql", "beforeEachMigrate.sql",
                "afterEachMigrate.sql", "afterMigrateError.sql", "beforeValidate.sql", "afterClean.sql",
                "beforeBaseline.sql", "afterRepair.sql", "beforeInfo.sql", "afterEachUndo.sql",
                "afterMigrate__refresh_grants.sql", "callbacks/beforeMigrate__set_role.sql"})
        void callbacksAreSkippedNotErrors(String path) {
            ParsedName p = NameParser.parse(path, FLYWAY);
            assertThat(p.isValid()).isTrue();
            assertThat(p.isMigration()).isFalse();
            assertThat(p.status()).isEqualTo(ParsedName.Status.IGNORED);
        }

        @Test
        void singleUnderscoreSuggestsTwo() {
            ParsedName p = bad("V1_init.sql", FLYWAY);
            assertThat(p.suggestion()).isEqualTo("V1__init.sql");
            assertThat(p.help()).isEqualTo("rename V1_init.sql to V1__init.sql");
            assertThat(p.message()).contains("two (__)");
            assertThat(bad("db/V2_31_10_add_x.sql", FLYWAY).suggestion()).isEqualTo("db/V2_31_10__add_x.sql");
        }

        @Test
        void lowerCasePrefixSuggestsUpperCase() {
            ParsedName p = bad("v2__x.sql", FLYWAY);
            assertThat(p.suggestion()).isEqualTo("V2__x.sql");
            assertThat(p.message()).contains("lower-case 'v'");
            assertThat(bad("u2__x.sql", FLYWAY).suggestion()).isEqualTo("U2__x.sql");
            assertThat(bad("r__x.sql", FLYWAY).suggestion()).isEqualTo("R__x.sql");
            assertThat(bad("v2_x.sql", FLYWAY).suggestion()).as("both mistakes fixed").isEqualTo("V2__x.sql");
        }

        @Test
        void upperCaseExtensionSuggestsLowerCase() {
            ParsedName p = bad("V1.1__x.SQL", FLYWAY);
            assertThat(p.suggestion()).isEqualTo("V1.1__x.sql");
            assertThat(p.message()).contains("lower-case .sql");
            assertThat(bad("V1_x.Sql", FLYWAY).suggestion()).isEqualTo("V1__x.sql");
        }

        @Test
        void repeatableWithVersion() {
            ParsedName p = bad("R1__views.sql", FLYWAY);
            assertThat(p.suggestion()).isEqualTo("R__views.sql");
            assertThat(p.message()).contains("repeatable migrations have none");
        }

        @Test
        void missingOrBrokenVersion() {
            assertThat(bad("V__x.sql", FLYWAY).message()).contains("has no version");
            ParsedName broken = bad("V1a__x.sql", FLYWAY);
            assertThat(broken.message()).contains("\"1a\"");
            assertThat(broken.suggestion()).isNull();
            assertThat(bad("V1-2__x.sql", FLYWAY).message()).contains("not numbers separated by dots");
            assertThat(bad("V3.sql", FLYWAY).message()).contains("no description");
        }

        @Test
        void golangMigrateNameInFlywayLocation() {
            ParsedName up = bad("1_x.up.sql", FLYWAY);
            assertThat(up.message()).contains("golang-migrate name", "this location uses Flyway names");
            assertThat(up.suggestion()).isEqualTo("V1__x.sql");
            assertThat(bad("1_x.down.sql", FLYWAY).suggestion()).isEqualTo("U1__x.sql");
        }

        @Test
        void plainNamesInFlywayLocation() {
            ParsedName p = bad("003_add_email.sql", FLYWAY);
            assertThat(p.message()).contains("uses Flyway names");
            assertThat(p.suggestion()).isEqualTo("V3__add_email.sql");
            assertThat(bad("2024-01-01_x/up.sql", FLYWAY).suggestion()).isEqualTo("V20240101__x.sql");
        }

        @Test
        void nameWithoutAnyVersionGetsATemplate() {
            ParsedName p = bad("create_users.sql", FLYWAY);
            assertThat(p.suggestion()).isNull();
            assertThat(p.help()).isEqualTo("rename create_users.sql to V<version>__create_users.sql");
        }

        @Test
        void nonSqlFilesAreIgnored() {
            assertThat(NameParser.parse("README.md", FLYWAY).status()).isEqualTo(ParsedName.Status.IGNORED);
            assertThat(NameParser.parse("V1__x.sql.conf", FLYWAY).status()).isEqualTo(ParsedName.Status.IGNORED);
        }
    }

    @Nested
    class GolangMigrate {

        @Test
        void upAndDownWithTimestamps() {
            ParsedName up = ok("20240101120000_create_users.up.sql", GOLANG_MIGRATE);
            assertThat(up.version()).isEqualTo(MigrationVersion.parse("20240101120000"));
            assertThat(up.direction()).isEqualTo(Direction.UP);
            assertThat(up.name()).isEqualTo("create_users");
            ParsedName down = ok("20240101120000_create_users.down.sql", GOLANG_MIGRATE);
            assertThat(down.direction()).isEqualTo(Direction.DOWN);
            assertThat(ok("000001_init.up.sql", GOLANG_MIGRATE).version().toString()).isEqualTo("1");
        }

        @Test
        void dialectStaysInTheName() {
            ParsedName p = ok("3_users.postgres.up.sql", GOLANG_MIGRATE);
            assertThat(p.name()).isEqualTo("users.postgres");
        }

        @Test
        void invalidNames() {
            ParsedName noDirection = bad("1_x.sql", GOLANG_MIGRATE);
            assertThat(noDirection.suggestion()).isEqualTo("1_x.up.sql");
            assertThat(noDirection.message()).contains("no .up or .down");
            assertThat(bad("1-x.up.sql", GOLANG_MIGRATE).suggestion()).isEqualTo("1_x.up.sql");
            assertThat(bad("create_users.up.sql", GOLANG_MIGRATE).help())
                    .contains("<version>_create_users.up.sql");
            ParsedName flyway = bad("V4__x.sql", GOLANG_MIGRATE);
            assertThat(flyway.message()).contains("Flyway name", "uses golang-migrate names");
            assertThat(flyway.suggestion()).isEqualTo("4_x.up.sql");
            assertThat(bad("U4__x.sql", GOLANG_MIGRATE).suggestion()).isEqualTo("4_x.down.sql");
            assertThat(bad("V1.1__x.sql", GOLANG_MIGRATE).suggestion()).as("1.1 is not an integer").isNull();
        }
    }

    @Nested
    class FolderPairs {

        @Test
        void dieselFolders() {
            ParsedName up = ok("2025-08-01-000030_create_posts/up.sql", FOLDER_PAIRS);
            assertThat(up.version().toString()).isEqualTo("20250801000030");
            assertThat(up.name()).isEqualTo("create_posts");
            assertThat(ok("2025-08-01-000030_create_posts/down.sql", FOLDER_PAIRS).direction())
                    .isEqualTo(Direction.DOWN);
            ParsedName initial = ok("00000000000000_diesel_initial_setup/up.sql", FOLDER_PAIRS);
            assertThat(initial.version().toString()).isEqualTo("0");
            assertThat(ok("nested/20240101_x/up.sql", FOLDER_PAIRS).version().toString()).isEqualTo("20240101");
        }

        @Test
        void prismaFoldersHoldAMigrationSqlThatIsTheirUp() {
            ParsedName up = ok("20230530204241_auth_api_ui/migration.sql", FOLDER_PAIRS);
            assertThat(up.version().toString()).isEqualTo("20230530204241");
            assertThat(up.name()).isEqualTo("auth_api_ui");
            assertThat(up.direction()).isEqualTo(Direction.UP);
            assertThat(NameParser.fits("prisma/migrations/20230530204241_auth_api_ui/migration.sql", FOLDER_PAIRS))
                    .isTrue();
            assertThat(NameParser.fits("20230530204241_auth_api_ui/migrations.sql", FOLDER_PAIRS)).isFalse();
            assertThat(bad("migration.sql", FOLDER_PAIRS).message()).contains("not inside a migration folder");
        }

        @Test
        void invalidNames() {
            assertThat(bad("up.sql", FOLDER_PAIRS).message()).contains("not inside a migration folder");
            assertThat(bad("create_users/up.sql", FOLDER_PAIRS).help())
                    .isEqualTo("rename the folder to <version>_create_users with the next free version");
            assertThat(bad("20240101_x/seed.sql", FOLDER_PAIRS).message()).contains("neither up.sql", "nor down.sql");
            ParsedName golang = bad("20240101_x.up.sql", FOLDER_PAIRS);
            assertThat(golang.suggestion()).isEqualTo("20240101_x/up.sql");
        }
    }

    @Nested
    class SingleFile {

        @Test
        void dbmateAndGooseNames() {
            ParsedName d = ok("20240101120000_create_users.sql", DBMATE);
            assertThat(d.direction()).isEqualTo(Direction.UP);
            assertThat(d.version().toString()).isEqualTo("20240101120000");
            assertThat(ok("00001_init.sql", GOOSE).version().toString()).isEqualTo("1");
        }

        @Test
        void invalidNames() {
            assertThat(bad("1-x.sql", DBMATE).suggestion()).isEqualTo("1_x.sql");
            ParsedName golangUp = bad("1_x.up.sql", GOOSE);
            assertThat(golangUp.suggestion()).isEqualTo("1_x.sql");
            assertThat(golangUp.help()).contains("-- +goose Up");
            ParsedName golangDown = bad("1_x.down.sql", DBMATE);
            assertThat(golangDown.suggestion()).isNull();
            assertThat(golangDown.help()).isEqualTo("move its statements into the -- migrate:down section of 1_x.sql");
            assertThat(bad("V2__x.sql", DBMATE).suggestion()).isEqualTo("2_x.sql");
            assertThat(bad("schema.sql", GOOSE).help()).isEqualTo("rename schema.sql to <version>_schema.sql");
        }
    }

    @Nested
    class Timestamp {

        @Test
        void bothTimestampForms() {
            assertThat(ok("20240101120000_init.sql", TIMESTAMP).version().toString()).isEqualTo("20240101120000");
            ParsedName split = ok("20240101_120000_init.sql", TIMESTAMP);
            assertThat(split.version().toString()).isEqualTo("20240101120000");
            assertThat(split.name()).isEqualTo("init");
        }

        @Test
        void shortVersionsArePadded() {
            ParsedName date = bad("20240101_init.sql", TIMESTAMP);
            assertThat(date.message()).contains("not a 14-digit timestamp");
            assertThat(date.suggestion()).isEqualTo("20240101000000_init.sql");
            assertThat(bad("202401011230_init.sql", TIMESTAMP).suggestion()).isEqualTo("20240101123000_init.sql");
            ParsedName seq = bad("003_init.sql", TIMESTAMP);
            assertThat(seq.suggestion()).isNull();
            assertThat(seq.help()).contains("YYYYMMDDHHMMSS_init.sql");
        }

        @Test
        void downFilesAreNotRunAsUps() {
            ParsedName p = bad("20240101120000_init.down.sql", TIMESTAMP);
            assertThat(p.message()).contains("golang-migrate name");
            assertThat(p.help()).contains("timestamp migrations have no down files");
        }
    }

    @Nested
    class Sequential {

        @ParameterizedTest
        @CsvSource({"001_init.sql, 1, init", "v002_add_email.sql, 2, add email", "42_x.sql, 42, x"})
        void valid(String path, String version, String description) {
            ParsedName p = ok(path, SEQUENTIAL);
            assertThat(p.version().toString()).isEqualTo(version);
            assertThat(p.description()).isEqualTo(description);
        }

        @Test
        void invalid() {
            assertThat(bad("001-init.sql", SEQUENTIAL).suggestion()).isEqualTo("001_init.sql");
            assertThat(bad("init.sql", SEQUENTIAL).help()).isEqualTo("rename init.sql to <number>_init.sql");
            assertThat(bad("1_x.up.sql", SEQUENTIAL).suggestion()).isEqualTo("1_x.sql");
        }
    }

    @Test
    void neverThrowsOnOddInput() {
        for (NamingScheme s : NamingScheme.values()) {
            for (String path : new String[] {"", "/", ".sql", "__.sql", "V.sql", "R.sql", "_/up.sql", "a\\b.sql",
                    "-/down.sql", "V__.sql", "1_.up.sql", "U.sql"}) {
                ParsedName p = NameParser.parse(path, s);
                assertThat(p).isNotNull();
                assertThat(p.isValid() || p.message() != null).isTrue();
            }
        }
    }

    @Test
    void fitsAnswersLikeAStrictParse() {
        List<String> paths = List.of("V1__init.sql", "V1_init.sql", "U2__undo.sql", "B3__base.sql", "R__views.sql",
                "R1__views.sql", "V1.2__x.sql", "afterMigrate.sql", "1_create.up.sql", "1_create.down.sql",
                "1-create.up.sql", "1_create.sql", "create.up.sql", "20240101_init/up.sql", "20240101_init/down.sql",
                "2024-01-01-000000_init/up.sql", "init/up.sql", "up.sql", "20240101_init/other.sql",
                "20240101000000_create.sql", "20240101_000000_create.sql", "001_first.sql", "v2_second.sql",
                "nested/dir/V4__deep.sql", "nested/1_x.up.sql", "a/b/20240101_x/up.sql", "V__none.sql", "x.sql");
        for (NamingScheme scheme : NamingScheme.values()) {
            for (String path : paths) {
                assertThat(NameParser.fits(path, scheme)).as(path + " under " + scheme)
                        .isEqualTo(NameParser.strict(path, scheme).isMigration());
            }
        }
    }
}
