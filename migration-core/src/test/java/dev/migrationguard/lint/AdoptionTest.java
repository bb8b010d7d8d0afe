package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.BaseRevision;
import dev.migrationguard.naming.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project with years of migrations: since, the findings baseline and a base narrow what is reported. */
class AdoptionTest {

    @TempDir
    Path project;

    private static final Map<String, String> MAIN = Map.of(
            "V1__create.sql", "CREATE TABLE t (id bigint PRIMARY KEY, a text, b text, c text);\n",
            "V2__drop_a.sql", "ALTER TABLE t DROP COLUMN a;\n",
            "V3__drop_b.sql", "-- an old habit\nALTER TABLE t DROP COLUMN b;\n");

    private static List<SourceFile> files(Map<String, String> sql) {
        List<SourceFile> out = new ArrayList<>();
        sql.forEach((name, text) -> out.add(LintTester.file(name, text)));
        return out;
    }

    private MigrationGuardConfig.Builder config() {
        return MigrationGuardConfig.defaults(project).toBuilder();
    }

    private static List<String> rulesAndFiles(LintResult r) {
        return r.findings().stream().filter(f -> !f.rule().equals("require-lock-timeout"))
                .filter(f -> !f.message().contains("require-lock-timeout"))
                .map(f -> f.rule() + " " + f.file()).toList();
    }

    @Test
    void sinceMakesOldMigrationsHistory() {
        LintResult r = new Linter(config().since("V2").build()).lint(files(MAIN));
        assertThat(rulesAndFiles(r)).containsExactly("ban-drop-column db/V3__drop_b.sql");
        assertThat(r.notes()).contains("2 findings in migrations at or below since V2 are history and not reported");
        assertThat(r.scripts()).extracting(s -> s.script().path()).containsExactly("db/V3__drop_b.sql");
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndReportsOnlyNewOnes() throws IOException {
        LintResult written = new Linter(config().updateBaseline(true).build()).lint(files(MAIN));
        assertThat(written.findings()).isEmpty();
        assertThat(written.notes()).anyMatch(n -> n.startsWith("Wrote 4 findings to the baseline"));
        assertThat(project.resolve(".migration-guard-baseline.json")).exists();

        Map<String, String> branch = new java.util.HashMap<>(MAIN);
        branch.put("V3__drop_b.sql", "-- an old habit, moved down by new lines\n\n\nALTER TABLE  t\n  DROP COLUMN b;\n");
        branch.put("V4__drop_c.sql", "ALTER TABLE t DROP COLUMN c;\n");
        LintResult r = new Linter(config().build()).lint(files(branch));
        assertThat(rulesAndFiles(r)).containsExactly("ban-drop-column db/V4__drop_c.sql");
        assertThat(r.notes()).contains("4 findings are in the baseline .migration-guard-baseline.json and not reported");
        assertThat(r.fails(dev.migrationguard.config.FailOn.ERROR)).isTrue();
    }

    @Test
    void anEditedStatementIsNewAndItsEntryStale() {
        new Linter(config().updateBaseline(true).build()).lint(files(MAIN));
        Map<String, String> branch = new java.util.HashMap<>(MAIN);
        branch.put("V2__drop_a.sql", "ALTER TABLE t DROP COLUMN a CASCADE;\n");
        LintResult r = new Linter(config().build()).lint(files(branch));
        assertThat(rulesAndFiles(r)).containsExactly(
                "stale-baseline-entry .migration-guard-baseline.json", "ban-drop-column db/V2__drop_a.sql");
        Finding stale = r.findings().stream().filter(f -> f.message().contains("ban-drop-column on"))
                .findFirst().orElseThrow();
        assertThat(stale.severity()).isEqualTo(Severity.INFO);
        assertThat(stale.line()).isPositive();
        assertThat(stale.message()).contains("ban-drop-column on db/V2__drop_a.sql:1 matches no finding any more");
    }

    @Test
    void aBaselineThatDoesNotParseIsAnErrorNamingItsLineAndTheLintGoesOn() throws IOException {
        Files.writeString(project.resolve(".migration-guard-baseline.json"),
                "{\n  \"findings\": [\n    {\"rule\": \"ban-drop-column\", \"file\": \"db/V2__drop_a.sql\"}\n  ]\n}\n");
        LintResult r = new Linter(config().build()).lint(files(MAIN));
        assertThat(rulesAndFiles(r)).contains("invalid-baseline .migration-guard-baseline.json",
                "ban-drop-column db/V2__drop_a.sql", "ban-drop-column db/V3__drop_b.sql");
        Finding invalid = r.findings().stream().filter(f -> f.rule().equals("invalid-baseline")).findFirst()
                .orElseThrow();
        assertThat(invalid.line()).isEqualTo(3);
        assertThat(invalid.message()).contains("has no \"fingerprint\"");

        Files.writeString(project.resolve(".migration-guard-baseline.json"), "{\n  \"findings\": [ oops ]\n}\n");
        Finding broken = new Linter(config().build()).lint(files(MAIN)).findings().stream()
                .filter(f -> f.rule().equals("invalid-baseline")).findFirst().orElseThrow();
        assertThat(broken.line()).isEqualTo(2);
        assertThat(broken.message()).contains("is not valid JSON");
    }

    @Test
    void withABaseOnlyTheMigrationsTheChangeTouchesAreReported() {
        BaseRevision main = BaseRevision.of("main", files(MAIN));
        Map<String, String> branch = new java.util.HashMap<>(MAIN);
        branch.put("V4__drop_c.sql", "ALTER TABLE t DROP COLUMN c;\n");
        LintResult r = new Linter(config().build()).withBase(main).lint(files(branch));
        assertThat(rulesAndFiles(r)).containsExactly("ban-drop-column db/V4__drop_c.sql");
        assertThat(r.notes()).contains("4 findings in 2 migrations this change does not touch; run without db.base"
                + " to see them");
        assertThat(r.scripts()).extracting(s -> s.script().path()).containsExactly("db/V4__drop_c.sql");
    }

    @Test
    void manyFindingsWithoutAnyOfTheThreeGetAHint() {
        Map<String, String> many = new java.util.HashMap<>();
        many.put("V1__create.sql", "CREATE TABLE t (id int);\n");
        for (int i = 2; i < 40; i++) {
            many.put("V" + i + "__drop.sql", "ALTER TABLE t DROP COLUMN c" + i + ";\nALTER TABLE t ADD COLUMN d" + i
                    + " int;\n");
        }
        LintResult r = new Linter(config().build()).lint(files(many));
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Adopting Migration Guard on existing migrations?"));
        LintResult quiet = new Linter(config().since("1").build()).lint(files(many));
        assertThat(quiet.notes()).noneMatch(n -> n.startsWith("Adopting"));
    }
}
