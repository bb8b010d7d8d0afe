package dev.migrationguard.naming;

import static dev.migrationguard.naming.TestFiles.sql;
import static dev.migrationguard.naming.NamingProblem.Type.DUPLICATE_VERSION;
import static dev.migrationguard.naming.NamingProblem.Type.INVALID_NAME;
import static dev.migrationguard.naming.NamingProblem.Type.MISSING_DOWN;
import static dev.migrationguard.naming.NamingProblem.Type.ORPHAN_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MigrationSetsTest {

    private static final String LOC = "src/main/resources/db/migration";
    private static final String DBMATE_BOTH = "-- migrate:up\nCREATE TABLE t ();\n-- migrate:down\nDROP TABLE t;\n";
    private static final String DBMATE_UP_ONLY = "-- migrate:up\nCREATE TABLE t ();\n";
    private static final String GOOSE_BOTH = "-- +goose Up\nCREATE TABLE t ();\n-- +goose Down\nDROP TABLE t;\n";

    private static MigrationSet build(SourceFile... files) {
        return MigrationSets.build(List.of(files));
    }

    private static MigrationSet build(DownPolicy policy, SourceFile... files) {
        return MigrationSets.build(List.of(files), new NamingOptions(null, policy));
    }

    private static List<String> labels(MigrationSet set) {
        return set.migrations().stream().map(Migration::label).toList();
    }

    @Nested
    class Detection {

        @Test
        void eachLocationGetsItsOwnScheme() {
            MigrationSet set = build(
                    sql("flyway", "V1__init.sql"), sql("flyway", "V2__more.sql"),
                    sql("golang", "20240101120000_a.up.sql"), sql("golang", "20240101120000_a.down.sql"),
                    sql("diesel", "2025-08-01-000030_b/up.sql"), sql("diesel", "2025-08-01-000030_b/down.sql"),
                    sql("dbmate", "20230101000000_c.sql", DBMATE_BOTH),
                    sql("goose", "00005_d.sql", GOOSE_BOTH),
                    sql("ts", "20200101000000_e.sql"), sql("ts", "20200101_120000_f.sql"),
                    sql("seq", "101_g.sql"), sql("seq", "v102_h.sql"),
                    sql("empty", "README.md", "# docs"));
            assertThat(set.schemes()).containsExactly(
                    java.util.Map.entry("flyway", NamingScheme.FLYWAY),
                    java.util.Map.entry("golang", NamingScheme.GOLANG_MIGRATE),
                    java.util.Map.entry("diesel", NamingScheme.FOLDER_PAIRS),
                    java.util.Map.entry("dbmate", NamingScheme.DBMATE),
                    java.util.Map.entry("goose", NamingScheme.GOOSE),
                    java.util.Map.entry("ts", NamingScheme.TIMESTAMP),
                    java.util.Map.entry("seq", NamingScheme.SEQUENTIAL),
                    java.util.Map.entry("empty", NamingScheme.FLYWAY));
            assertThat(set.problems()).isEmpty();
            assertThat(labels(set)).containsExactly("1 init", "2 more", "5 d", "101 g", "102 h", "20200101000000 e",
                    "20200101120000 f", "20230101000000 c", "20240101120000 a", "20250801000030 b");
        }

        @Test
        void majorityWinsAndTheOthersAreInvalid() {
            MigrationSet set = build(sql(LOC, "V1__a.sql"), sql(LOC, "V2__b.sql"), sql(LOC, "3_c.up.sql"),
                    sql(LOC, "notes.txt"), sql(LOC, ".gitkeep"), sql(LOC, "Migration.java"));
            assertThat(set.schemes()).containsEntry(LOC, NamingScheme.FLYWAY);
            assertThat(set.problems()).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(INVALID_NAME);
                assertThat(p.path()).isEqualTo(LOC + "/3_c.up.sql");
                assertThat(p.message()).contains("3_c.up.sql", "this location uses Flyway names");
                assertThat(p.help()).isEqualTo("rename 3_c.up.sql to V3__c.sql");
            });
        }

        @Test
        void configuredSchemeOverridesDetection() {
            MigrationSet set = MigrationSets.build(List.of(sql(LOC, "V1__a.sql"), sql(LOC, "2_b.sql")),
                    new NamingOptions(NamingScheme.SEQUENTIAL, DownPolicy.AUTO));
            assertThat(set.schemes()).containsEntry(LOC, NamingScheme.SEQUENTIAL);
            assertThat(set.problems()).isEmpty();
            assertThat(set.migrations()).hasSize(2);
        }

        @Test
        void lowerCaseVPrefixIsSequentialUnlessFlywayNamesArePresent() {
            assertThat(build(sql("s", "v001_a.sql"), sql("s", "v002_b.sql")).schemes())
                    .containsEntry("s", NamingScheme.SEQUENTIAL);
            MigrationSet mistyped = build(sql("f", "V1__a.sql"), sql("f", "v2_b.sql"), sql("f", "V3_c.sql"));
            assertThat(mistyped.schemes()).containsEntry("f", NamingScheme.FLYWAY);
            assertThat(mistyped.problems()).extracting(NamingProblem::help).containsExactly(
                    "rename V3_c.sql to V3__c.sql", "rename v2_b.sql to V2__b.sql");
        }

        @Test
        void dbmateFileWithoutUpMarkerIsReported() {
            MigrationSet set = build(sql("db", "1_a.sql", DBMATE_BOTH), sql("db", "2_b.sql", DBMATE_BOTH),
                    sql("db", "3_c.sql", "CREATE TABLE c ();\n"));
            assertThat(set.schemes()).containsEntry("db", NamingScheme.DBMATE);
            assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::path)
                    .containsExactly(tuple(INVALID_NAME, "db/3_c.sql"));
            assertThat(set.problems().get(0).message()).isEqualTo(
                    "3_c.sql has no -- migrate:up line, so dbmate finds no migration in it");
        }
    }

    @Nested
    class Flyway {

        @Test
        void realWorldLayoutWithHundredsOfFiles() {
            List<SourceFile> files = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                files.add(sql(LOC, (i % 3 == 0 ? "2024/" : "") + "V" + i + "__change_" + i + ".sql"));
            }
            files.add(sql(LOC, "R__views.sql"));
            files.add(sql(LOC, "R__functions.sql"));
            files.add(sql(LOC, "afterMigrate.sql"));
            files.add(sql(LOC, "V1__change_1.sql.conf", "executeInTransaction=false"));
            MigrationSet set = MigrationSets.build(files);
            assertThat(set.problems()).isEmpty();
            assertThat(set.migrations()).hasSize(302);
            assertThat(set.migrations().get(9).label()).isEqualTo("10 change 10");
            assertThat(set.migrations().get(299).label()).isEqualTo("300 change 300");
            assertThat(set.migrations().subList(300, 302)).extracting(Migration::label)
                    .containsExactly("repeatable functions", "repeatable views");
            assertThat(set.migrations()).allSatisfy(m -> assertThat(m.down()).isNull());
        }

        @Test
        void versionsSortNumerically() {
            MigrationSet set = build(sql(LOC, "V2_10__c.sql"), sql(LOC, "V2_9__b.sql"), sql(LOC, "V1.10__a2.sql"),
                    sql(LOC, "V1.9__a1.sql"), sql(LOC, "B2__base.sql"));
            assertThat(labels(set)).containsExactly("1.9 a1", "1.10 a2", "2 base", "2.9 b", "2.10 c");
            assertThat(set.migrations().get(2).kind()).isEqualTo(MigrationKind.BASELINE);
        }

        @Test
        void undoFilesPairByVersion() {
            MigrationSet set = build(sql(LOC, "V1__create.sql"), sql(LOC, "U1__drop.sql"), sql(LOC, "V2__more.sql"),
                    sql(LOC, "R__views.sql"), sql(LOC, "B2__baseline.sql"));
            Migration first = set.migrations().get(0);
            assertThat(first.down().displayPath()).isEqualTo(LOC + "/U1__drop.sql");
            assertThat(first.down().direction()).isEqualTo(Direction.DOWN);
            assertThat(first.down().section()).isEqualTo(Section.WHOLE);
            assertThat(set.problems()).as("only V2 needs an undo; baseline and repeatable never do")
                    .extracting(NamingProblem::type, NamingProblem::path, NamingProblem::message, NamingProblem::help)
                    .containsExactly(tuple(MISSING_DOWN, LOC + "/V2__more.sql",
                            "V2__more.sql has no undo migration U2__more.sql",
                            "add U2__more.sql that reverts it, or mark it with"
                                    + " -- migration-guard:irreversible <reason>"));
        }

        @Test
        void forwardOnlyProjectIsNotFlagged() {
            assertThat(build(sql(LOC, "V1__a.sql"), sql(LOC, "V2__b.sql")).problems()).isEmpty();
        }

        @Test
        void undoInAnotherLocationDoesNotMakeThisOneRequireDowns() {
            MigrationSet set = build(sql("a", "V1__x.sql"), sql("a", "U1__x.sql"), sql("b", "V2__y.sql"));
            assertThat(set.problems()).isEmpty();
        }

        @Test
        void irreversibleMarkerReplacesTheDown() {
            MigrationSet set = build(sql(LOC, "V1__a.sql"), sql(LOC, "U1__a.sql"),
                    sql(LOC, "V2__b.sql", "-- migration-guard:irreversible drops data\nDROP TABLE x;\n"));
            assertThat(set.problems()).isEmpty();
        }

        @Test
        void orphanUndo() {
            MigrationSet set = build(sql(LOC, "V1__a.sql"), sql(LOC, "U1__a.sql"), sql(LOC, "U4__gone.sql"));
            assertThat(set.problems()).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(ORPHAN_DOWN);
                assertThat(p.path()).isEqualTo(LOC + "/U4__gone.sql");
                assertThat(p.message()).isEqualTo(
                        "U4__gone.sql undoes version 4, but there is no versioned migration V4");
            });
        }

        @Test
        void duplicateVersionsAcrossLocationsNameBothFiles() {
            MigrationSet set = build(sql("a", "V3__x.sql"), sql("b", "V3.0__y.sql"), sql("a", "R__v.sql"),
                    sql("b", "R__v.sql"));
            assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::path, NamingProblem::message)
                    .containsExactly(
                            tuple(DUPLICATE_VERSION, "b/R__v.sql",
                                    "repeatable migrations a/R__v.sql and R__v.sql have the same description \"v\""),
                            tuple(DUPLICATE_VERSION, "b/V3.0__y.sql",
                                    "version 3.0 is used by both a/V3__x.sql and V3.0__y.sql"));
            assertThat(set.migrations()).as("both stay, so both are linted").hasSize(4);
        }

        @Test
        void twoUndosForOneVersion() {
            MigrationSet set = build(sql(LOC, "V1__a.sql"), sql(LOC, "U1__a.sql"), sql(LOC, "U1__b.sql"));
            assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::path)
                    .containsExactly(tuple(DUPLICATE_VERSION, LOC + "/U1__b.sql"));
            assertThat(set.problems().get(0).message()).isEqualTo(
                    "version 1 has two down migrations: U1__a.sql and U1__b.sql");
        }

        @Test
        void allInvalidNamesReportedTogetherSortedByPath() {
            MigrationSet set = build(sql(LOC, "V1__ok.sql"), sql(LOC, "v2__x.sql"), sql(LOC, "V3_y.sql"),
                    sql(LOC, "create_users.sql"), sql(LOC, "beforeMigrate.sql"));
            assertThat(set.problems()).extracting(NamingProblem::path, NamingProblem::help).containsExactly(
                    tuple(LOC + "/V3_y.sql", "rename V3_y.sql to V3__y.sql"),
                    tuple(LOC + "/create_users.sql", "rename create_users.sql to V<version>__create_users.sql"),
                    tuple(LOC + "/v2__x.sql", "rename v2__x.sql to V2__x.sql"));
            assertThat(set.problems()).allSatisfy(p -> assertThat(p.type()).isEqualTo(INVALID_NAME));
            assertThat(labels(set)).containsExactly("1 ok");
        }
    }

    @Nested
    class GolangMigrate {

        @Test
        void popxDialectsRunOnPostgresAsOryPopRunsThem() {
            // per version and direction: the .postgres. file, else the one without a dialect; never another
            // database's; an up and a down pair by their name without the dialect
            MigrationSet set = build(
                    sql("m", "1_a.postgres.up.sql"), sql("m", "1_a.mysql.up.sql"), sql("m", "1_a.up.sql"),
                    sql("m", "1_a.down.sql"), sql("m", "1_a.mysql.down.sql"), sql("m", "1_a.sqlite3.down.sql"),
                    sql("m", "2_b.up.sql"), sql("m", "2_b.down.sql"), sql("m", "2_b.sqlite.up.sql"),
                    sql("m", "3_c.postgres.autocommit.up.sql"), sql("m", "3_c.postgres.autocommit.down.sql"),
                    sql("m", "3_c.cockroach.autocommit.up.sql"), sql("m", "3_c.autocommit.up.sql"),
                    sql("m", "4_d.mysql.up.sql"), sql("m", "4_d.mysql.down.sql"));

            assertThat(set.schemes()).containsEntry("m", NamingScheme.GOLANG_MIGRATE);
            assertThat(set.problems()).isEmpty();
            assertThat(set.migrations()).extracting(m -> m.up().file().relativePath(),
                            m -> m.down() == null ? null : m.down().file().relativePath())
                    .containsExactly(tuple("1_a.postgres.up.sql", "1_a.down.sql"),
                            tuple("2_b.up.sql", "2_b.down.sql"),
                            tuple("3_c.postgres.autocommit.up.sql", "3_c.postgres.autocommit.down.sql"));
        }

        @Test
        void withoutADialectInAnyNameTheLocationIsPlainGolangMigrate() {
            // a dot in a name is no dialect: both files are migrations, of the same version
            MigrationSet set = build(sql("m", "1_a.v2.up.sql"), sql("m", "1_a.v2.down.sql"), sql("m", "1_b.up.sql"));

            assertThat(set.problems()).extracting(NamingProblem::type).contains(NamingProblem.Type.DUPLICATE_VERSION);
            assertThat(set.migrations()).hasSize(2);
        }

        @Test
        void pairsByVersionAndName() {
            MigrationSet set = build(sql("m", "20240101120000_a.up.sql"), sql("m", "20240101120000_a.down.sql"),
                    sql("m", "20240102120000_b.up.sql"), sql("m", "20240103120000_c.up.sql"),
                    sql("m", "20240103120000_other.down.sql"), sql("m", "20240104120000_gone.down.sql"));
            assertThat(set.migrations()).hasSize(3);
            assertThat(set.migrations().get(0).down().displayPath()).isEqualTo("m/20240101120000_a.down.sql");
            assertThat(set.problems())
                    .extracting(NamingProblem::type, NamingProblem::path, NamingProblem::message, NamingProblem::help)
                    .containsExactly(
                            tuple(MISSING_DOWN, "m/20240102120000_b.up.sql",
                                    "20240102120000_b.up.sql has no down migration 20240102120000_b.down.sql",
                                    "add 20240102120000_b.down.sql that reverts it, or mark it with"
                                            + " -- migration-guard:irreversible <reason>"),
                            tuple(MISSING_DOWN, "m/20240103120000_c.up.sql",
                                    "20240103120000_c.up.sql has no down migration 20240103120000_c.down.sql",
                                    "add 20240103120000_c.down.sql that reverts it, or mark it with"
                                            + " -- migration-guard:irreversible <reason>"),
                            tuple(ORPHAN_DOWN, "m/20240103120000_other.down.sql",
                                    "20240103120000_other.down.sql has no up migration 20240103120000_other.up.sql;"
                                            + " 20240103120000_c.up.sql has version 20240103120000 under another name",
                                    "rename 20240103120000_other.down.sql to 20240103120000_c.down.sql"),
                            tuple(ORPHAN_DOWN, "m/20240104120000_gone.down.sql",
                                    "20240104120000_gone.down.sql has no up migration 20240104120000_gone.up.sql",
                                    "add 20240104120000_gone.up.sql, or delete 20240104120000_gone.down.sql"));
        }

        @Test
        void downPolicyNeverAndAlways() {
            SourceFile up = sql("m", "1_a.up.sql");
            assertThat(build(DownPolicy.NEVER, up).problems()).isEmpty();
            assertThat(build(DownPolicy.AUTO, up).problems()).as("forward-only location").isEmpty();
            assertThat(build(DownPolicy.AUTO, up, sql("m", "2_b.up.sql"), sql("m", "2_b.down.sql")).problems())
                    .extracting(NamingProblem::type, NamingProblem::path)
                    .containsExactly(tuple(MISSING_DOWN, "m/1_a.up.sql"));
            assertThat(build(DownPolicy.ALWAYS, sql("s", "001_a.sql")).problems()).extracting(NamingProblem::type)
                    .containsExactly(MISSING_DOWN);
            assertThat(build(DownPolicy.AUTO, sql("s", "001_a.sql")).problems()).isEmpty();
            assertThat(build(DownPolicy.ALWAYS, sql("f", "V1__a.sql")).problems()).extracting(NamingProblem::type)
                    .containsExactly(MISSING_DOWN);
        }

        @Test
        void duplicateUps() {
            MigrationSet set = build(sql("m", "1_a.up.sql"), sql("m", "1_a.down.sql"), sql("m", "1_b.up.sql"),
                    sql("m", "1_b.down.sql"));
            assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::path)
                    .containsExactly(tuple(DUPLICATE_VERSION, "m/1_b.up.sql"));
            assertThat(set.migrations()).extracting(m -> m.down().displayPath())
                    .containsExactly("m/1_a.down.sql", "m/1_b.down.sql");
        }
    }

    @Nested
    class FolderPairs {

        @Test
        void versionsThatDifferOnlyInLeadingZerosAreTwoMigrationsAsDieselSeesThem() {
            MigrationSet set = build(
                    sql("migrations", "000000000000000_forbid_diesel_cli/up.sql"),
                    sql("migrations", "000000000000000_forbid_diesel_cli/down.sql"),
                    sql("migrations", "00000000000000_diesel_initial_setup/up.sql"),
                    sql("migrations", "00000000000000_diesel_initial_setup/down.sql"));
            assertThat(set.problems()).isEmpty();
            assertThat(set.migrations()).hasSize(2);
        }

        @Test
        void prismaLayoutIsFolderPairsWithoutDowns() {
            MigrationSet set = build(
                    sql("prisma/migrations", "20230530204241_auth_api_ui/migration.sql"),
                    sql("prisma/migrations", "20230601120000_add_scores/migration.sql"),
                    sql("prisma/migrations", "migration_lock.toml", "provider = \"postgresql\""));
            assertThat(set.schemes()).containsEntry("prisma/migrations", NamingScheme.FOLDER_PAIRS);
            assertThat(labels(set)).containsExactly("20230530204241 auth api ui", "20230601120000 add scores");
            assertThat(set.migrations()).allSatisfy(m -> assertThat(m.down()).isNull());
            // a forward-only directory: no down is asked for, no name is invalid
            assertThat(set.problems()).isEmpty();
        }

        @Test
        void dieselLayout() {
            MigrationSet set = build(
                    sql("migrations", "00000000000000_diesel_initial_setup/up.sql"),
                    sql("migrations", "00000000000000_diesel_initial_setup/down.sql"),
                    sql("migrations", "2025-08-01-000030_create_posts/up.sql"),
                    sql("migrations", "2025-08-01-000030_create_posts/down.sql"),
                    sql("migrations", "2025-08-01-000030_create_posts/metadata.toml", "run_in_transaction = false"),
                    sql("migrations", "2025-08-02-000000_add_tags/up.sql"),
                    sql("migrations", "2025-08-03-000000_dropped/down.sql"),
                    sql("migrations", ".keep"));
            assertThat(set.schemes()).containsEntry("migrations", NamingScheme.FOLDER_PAIRS);
            assertThat(labels(set)).containsExactly("0 diesel initial setup", "20250801000030 create posts",
                    "20250802000000 add tags");
            assertThat(set.migrations().get(1).down().displayPath())
                    .isEqualTo("migrations/2025-08-01-000030_create_posts/down.sql");
            assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::message).containsExactly(
                    tuple(MISSING_DOWN, "2025-08-02-000000_add_tags/up.sql has no"
                            + " 2025-08-02-000000_add_tags/down.sql beside it"),
                    tuple(ORPHAN_DOWN, "2025-08-03-000000_dropped/down.sql has no up.sql beside it"));
        }
    }

    @Nested
    class SingleFile {

        @Test
        void dbmateSectionsBecomeRefs() {
            MigrationSet set = build(sql("db", "20230101000000_a.sql", DBMATE_BOTH),
                    sql("db", "20230102000000_b.sql", DBMATE_UP_ONLY));
            Migration a = set.migrations().get(0);
            assertThat(a.up().section()).isEqualTo(Section.UP);
            assertThat(a.down().section()).isEqualTo(Section.DOWN);
            assertThat(a.down().file()).isSameAs(a.up().file());
            assertThat(set.migrations().get(1).down()).isNull();
            assertThat(set.problems()).extracting(NamingProblem::type, NamingProblem::message, NamingProblem::help)
                    .containsExactly(tuple(MISSING_DOWN, "20230102000000_b.sql has no -- migrate:down section",
                            "add a -- migrate:down section that reverts it, or mark it with"
                                    + " -- migration-guard:irreversible <reason>"));
            assertThat(ScriptLoader.load(a.down()).text()).isEqualTo("DROP TABLE t;\n");
        }

        @Test
        void gooseWithoutDownUnderNeverIsFine() {
            MigrationSet set = build(DownPolicy.NEVER, sql("g", "00001_a.sql", "-- +goose Up\nSELECT 1;\n"));
            assertThat(set.problems()).isEmpty();
            assertThat(set.schemes()).containsEntry("g", NamingScheme.GOOSE);
        }
    }

    @Test
    void emptyInputGivesAnEmptySet() {
        MigrationSet set = MigrationSets.build(List.of());
        assertThat(set.migrations()).isEmpty();
        assertThat(set.problems()).isEmpty();
        assertThat(set.schemes()).isEmpty();
    }
}
