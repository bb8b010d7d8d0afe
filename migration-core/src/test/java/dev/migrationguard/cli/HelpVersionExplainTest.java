package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own commands: help (a list, one line per command), help COMMAND, version, explain RULE. */
class HelpVersionExplainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsOneLineEach() {
        assertThat(run("--help")).isZero();

        assertThat(out()).startsWith("Usage: migration-guard COMMAND")
                .containsPattern("(?m)^  lint +\\S").containsPattern("(?m)^  roundtrip +\\S")
                .containsPattern("(?m)^  drift +\\S").containsPattern("(?m)^  consolidate +\\S")
                .containsPattern("(?m)^  explain +\\S").containsPattern("(?m)^  help +\\S")
                .containsPattern("(?m)^  version +\\S")
                .doesNotContain("--fail-on");
        assertThat(err()).isEmpty();
    }

    @Test
    void helpAndDashHAreTheSame() {
        run("help");
        String help = out();
        out.reset();
        run("-h");

        assertThat(out()).isEqualTo(help);
    }

    @Test
    void helpOfACommandIsItsUsage() {
        assertThat(run("help", "lint")).isZero();
        assertThat(out()).startsWith("Usage: java -jar migration-guard.jar lint").contains("--fail-on", "--base");
        out.reset();

        assertThat(run("help", "drift")).isZero();
        assertThat(out()).startsWith("Usage: java -jar migration-guard.jar drift --url URL")
                .contains("--replay-url", "--ignore");
        out.reset();

        assertThat(run("help", "consolidate")).isZero();
        assertThat(out()).startsWith("Usage: java -jar migration-guard.jar consolidate --version V")
                .contains("--pg-dump", "--force");
        out.reset();

        assertThat(run("help", "explain")).isZero();
        assertThat(out()).startsWith("Usage: migration-guard explain RULE");
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageErrorOnStandardError() {
        assertThat(run("help", "lnt")).isEqualTo(2);

        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("error: unknown command 'lnt'").contains("Commands:");
    }

    @Test
    void noArgumentsIsAUsageErrorOnStandardError() {
        assertThat(run()).isEqualTo(2);

        assertThat(out()).isEmpty();
        assertThat(err()).contains("Commands:");
    }

    @Test
    void anUnknownCommandPrintsTheListOnStandardError() {
        assertThat(run("frobnicate")).isEqualTo(2);

        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("error: unknown command 'frobnicate'").contains("Commands:");
    }

    @Test
    void aLintUsageErrorGoesToStandardError() {
        assertThat(run("lint", "--bogus")).isEqualTo(2);

        assertThat(out()).isEmpty();
        assertThat(err()).contains("unknown option --bogus", "Usage:");
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertThat(run("--version")).isZero();
        String version = out();
        out.reset();
        assertThat(run("version")).isZero();

        assertThat(version).matches("migration-guard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n").isEqualTo(out());
    }

    @Test
    void explainPrintsTheRulesPage() {
        assertThat(run("explain", "ban-drop-column")).isZero();

        assertThat(out()).startsWith("# ban-drop-column").contains("ACCESS EXCLUSIVE");
        assertThat(err()).isEmpty();
    }

    @Test
    void explainWithoutARuleListsTheRules() {
        assertThat(run("explain")).isZero();

        assertThat(out()).contains("ban-drop-column", "require-concurrent-index-creation");
    }

    @Test
    void explainOfAMistypedRuleSuggestsTheClosestOnes() {
        assertThat(run("explain", "ban-drop-colum")).isEqualTo(2);

        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("error: no rule 'ban-drop-colum'; did you mean ban-drop-column");
    }

    @Test
    void everyBuiltInRuleHasABundledPage() {
        for (var rule : dev.migrationguard.lint.BuiltInRules.all()) {
            assertThat(dev.migrationguard.lint.RuleDocs.page(rule.id())).as(rule.id()).isPresent();
        }
    }
}
