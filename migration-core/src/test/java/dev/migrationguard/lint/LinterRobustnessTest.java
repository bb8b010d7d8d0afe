package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input never stops the run: every bad file gets a finding with a location, and the others are linted. */
class LinterRobustnessTest {

    private static SourceFile bytes(String name, byte[] content) {
        return new SourceFile("db/" + name, "db", name, () -> content);
    }

    @Test
    void badFilesBecomeFindingsAndTheRestIsStillLinted() {
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01};
        byte[] latin1 = "CREATE TABLE caf\u00e9 (id int);\n".getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder big = new StringBuilder();
        while (big.length() < 5_000_000) {
            big.append("INSERT INTO big_table (id, name) VALUES (1, 'some text; with a semicolon');\n");
        }
        List<SourceFile> files = List.of(
                bytes("V1__binary.sql", binary),
                bytes("V2__latin1.sql", latin1),
                bytes("V3__empty.sql", new byte[0]),
                bytes("V4__big.sql", big.toString().getBytes(StandardCharsets.UTF_8)),
                bytes("V5__comment.sql", "CREATE TABLE a (id int);\n/* never closed\nSELECT 1;\n"
                        .getBytes(StandardCharsets.UTF_8)),
                bytes("V6__drop.sql", "ALTER TABLE users DROP COLUMN email;\n".getBytes(StandardCharsets.UTF_8)));
        LintResult result = new Linter(MigrationGuardConfig.defaults(Path.of("/p"))).lint(files);
        assertThat(result.findings()).extracting(Finding::file, Finding::rule).contains(
                tuple("db/V1__binary.sql", "unreadable-file"),
                tuple("db/V2__latin1.sql", "unreadable-file"),
                tuple("db/V3__empty.sql", "empty-migration"),
                tuple("db/V5__comment.sql", "syntax-error"),
                tuple("db/V6__drop.sql", "ban-drop-column"));
        assertThat(result.findings()).filteredOn(f -> f.file().equals("db/V2__latin1.sql"))
                .extracting(Finding::line).containsExactly(1);
        assertThat(result.findings()).filteredOn(f -> f.file().equals("db/V5__comment.sql"))
                .extracting(Finding::line, Finding::column).containsExactly(tuple(2, 1));
        assertThat(result.findings()).noneMatch(f -> f.file().equals("db/V4__big.sql"));
        assertThat(result.summary().files()).isEqualTo(6);
        assertThat(result.summary().statements()).isGreaterThan(60_000);
    }

    /** A rule that always fails, to prove the run goes on. */
    @RuleInfo(id = "always-fails", severity = Severity.ERROR, risk = Risk.LOW, summary = "test rule")
    static final class AlwaysFails implements Rule {
        @Override
        public void checkScript(ScriptContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aFailingRuleBecomesAnInternalErrorFindingAndOtherRulesStillRun() {
        List<RegisteredRule> rules = new java.util.ArrayList<>(BuiltInRules.all());
        rules.add(RegisteredRule.of(new AlwaysFails()));
        LintResult result = new Linter(MigrationGuardConfig.defaults(Path.of("/p")), rules,
                new dev.migrationguard.sql.ScriptParser())
                .lint(List.of(bytes("V1__drop.sql", "ALTER TABLE users DROP COLUMN email;\n"
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(result.findings()).extracting(Finding::rule, Finding::message).containsExactlyInAnyOrder(
                tuple("ban-drop-column", "Dropping column \"email\" of \"users\" breaks clients still reading it "
                        + "(ACCESS EXCLUSIVE lock on users)"),
                tuple("internal-error", "rule always-fails failed on this file (IllegalStateException: boom)"));
    }
}
