package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.config.TransactionMode;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule (those off by default included) runs over the classifier's statement corpus and over pathological
 * statements, on several PostgreSQL versions and transaction modes, without an internal-error finding.
 */
class RulesOverCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/sql/corpus");

    private static final List<String> PATHOLOGICAL = List.of(
            "ALTER TABLE;", "ALTER TABLE users;", "ALTER TABLE users ADD;", "ALTER TABLE users ADD COLUMN;",
            "ALTER TABLE users ALTER COLUMN;", "ALTER TABLE users ALTER COLUMN a TYPE;",
            "ALTER TABLE users ADD CONSTRAINT;", "ALTER TABLE users ADD CONSTRAINT c CHECK;",
            "ALTER TABLE users ADD CONSTRAINT c FOREIGN KEY;", "ALTER TABLE users VALIDATE CONSTRAINT;",
            "ALTER TABLE users DROP CONSTRAINT;", "ALTER TABLE users RENAME;", "ALTER TABLE users RENAME TO;",
            "ALTER TABLE users DETACH PARTITION;", "ALTER TYPE;", "ALTER TYPE mood ADD VALUE;",
            "ALTER TYPE mood ADD VALUE IF NOT EXISTS;", "CREATE TABLE;", "CREATE TABLE t (;", "CREATE TABLE t ();",
            "CREATE TABLE \"\" (\"\" int);", "CREATE INDEX;", "CREATE INDEX CONCURRENTLY;", "CREATE INDEX ON;",
            "DROP INDEX CONCURRENTLY;", "DROP TABLE;", "DROP SCHEMA;", "DROP DATABASE;", "TRUNCATE;", "DELETE;",
            "DELETE FROM;", "UPDATE;", "UPDATE SET;", "LOCK;", "LOCK TABLE;", "REINDEX;", "REINDEX CONCURRENTLY;",
            "VACUUM FULL;", "CLUSTER;", "REFRESH MATERIALIZED VIEW;", "CREATE DOMAIN;", "CREATE DOMAIN d CHECK;",
            "SET;", "SET lock_timeout;", "SET lock_timeout =;", "SELECT set_config(;", "BEGIN", "COMMIT",
            "ROLLBACK TO;", "START TRANSACTION;", "END;", "ABORT;", ";;;", "(", ")))", "'unterminated",
            "ALTER TABLE users ADD COLUMN a varchar(;", "ALTER TABLE users ADD COLUMN a numeric(10,;",
            "ALTER TABLE users ALTER COLUMN a TYPE varchar(abc);", "ALTER TABLE users ADD COLUMN a int DEFAULT (;",
            "ALTER TABLE users ADD COLUMN a int DEFAULT random(;", "CREATE TABLE t (a int[][][]);",
            "CREATE TABLE t (a \"char\", b character varying(x));", "DO $$ BEGIN COMMIT; END $$;",
            "ALTER TABLE ONLY ONLY ONLY;", "ALTER TABLE users ADD COLUMN " + "x".repeat(500) + " int;",
            "CREATE TABLE t (a int CHECK (a IS NOT NULL), CONSTRAINT CHECK);");

    @Test
    void noRuleFailsOnTheCorpusOrOnPathologicalStatements() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        int version = 1;
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            for (Path p : corpus.sorted().toList()) {
                files.add(file("V" + version++ + "__" + name(p), Files.readString(p)));
            }
        }
        assertThat(files).as("corpus files").isNotEmpty();
        for (String sql : PATHOLOGICAL) {
            files.add(file("V" + version++ + "__pathological.sql", sql + "\n"));
        }
        files.add(file("V" + version++ + "__all_pathological.sql", String.join("\n", PATHOLOGICAL) + "\n"));
        for (int pg : new int[] {9, 10, 11, 12, 14, 16, 18}) {
            for (TransactionMode mode : TransactionMode.values()) {
                MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p")).pgVersion(pg)
                        .transactionMode(mode).lintDown(true);
                for (RegisteredRule r : BuiltInRules.all()) {
                    b.rule(r.id(), new RuleSetting(r.info().severity()));
                }
                LintResult result = new Linter(b.build()).lint(files);
                assertThat(result.findings()).as("PostgreSQL %d, %s", pg, mode)
                        .filteredOn(f -> f.rule().equals("internal-error")).isEmpty();
                assertThat(result.scripts()).allSatisfy(s -> assertThat(s.risk()).isNotNull());
            }
        }
    }

    @Test
    void theCorpusGivesRiskRulesSomethingToFind() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        int version = 1;
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            for (Path p : corpus.sorted().toList()) {
                files.add(file("V" + version++ + "__" + name(p), Files.readString(p)));
            }
        }
        LintResult result = new Linter(MigrationGuardConfig.defaults(Path.of("/p"))).lint(files);
        assertThat(result.findings()).extracting(Finding::rule).contains("ban-drop-column",
                "require-concurrent-index-creation");
        assertThat(result.highestRisk()).isEqualTo(Risk.HIGH);
    }

    private static String name(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".sql") ? n : n + ".sql";
    }

    private static SourceFile file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceFile("db/" + name, "db", name, () -> bytes);
    }
}
