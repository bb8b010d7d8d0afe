package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReportTest {

    private static final String DROP = "src/main/resources/db/migration/V2__drop_email.sql:1:19: ";
    private static final String MESSAGE = "[ban-drop-column] Dropping column \"email\" of \"users\" breaks clients "
            + "still reading it (ACCESS EXCLUSIVE lock on users)";
    private static final String HELP = "  help: stop reading the column, deploy, then drop it in a later migration "
            + "(mvn db:explain -Drule=ban-drop-column)";

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private MigrationGuardConfig.Builder withMigrations() throws Exception {
        Path m = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
        Files.writeString(m.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(m.resolve("V2__drop_email.sql"), "ALTER TABLE users DROP COLUMN email;\n");
        // the runner's lock_timeout satisfies require-lock-timeout, keeping these lines to the drop
        return MigrationGuardConfig.builder(dir).lockTimeout("5s");
    }

    private void print(MigrationGuardConfig config) {
        LintResult result = new Linter(config).lintLocations();
        new LogReport(log).print(result, config);
    }

    @Test
    void errorFindingAndItsHelpAreLoggedAsErrorsAndTheSummaryAsInfo() throws Exception {
        print(withMigrations().build());

        assertThat(log.lines).containsExactly(
                "[ERROR] " + DROP + "error" + MESSAGE,
                "[ERROR] " + HELP,
                "[INFO] src/main/resources/db/migration/V2__drop_email.sql: risk high: line 1, ACCESS EXCLUSIVE on "
                        + "users (drops column email)",
                "[INFO] Migration risk: 1 high, 0 medium, 1 low",
                "[INFO] Migration Guard: 2 files, 2 statements (0 not understood); "
                        + "1 error, 0 warnings, 0 infos");
    }

    @Test
    void warningFindingIsLoggedAsAWarning() throws Exception {
        print(withMigrations().rule("ban-drop-column", new RuleSetting(Severity.WARNING)).build());

        assertThat(log.lines).startsWith("[WARNING] " + DROP + "warning" + MESSAGE, "[WARNING] " + HELP);
    }

    @Test
    void reportFormatsLeaveTheConsoleToTheTextFindings() throws Exception {
        print(withMigrations().build());
        List<String> text = List.copyOf(log.lines);

        for (String format : List.of("json", "sarif", "markdown", "junit")) {
            log.lines.clear();
            print(withMigrations().format(format).build());
            assertThat(log.lines).as(format).isEqualTo(text);
        }
    }

    @Test
    void missingLocationIsOneInfoLine() {
        print(MigrationGuardConfig.builder(dir).build());

        assertThat(log.lines).singleElement().asString()
                .startsWith("[INFO] Migration Guard: location src/main/resources/db/migration does not exist");
    }

    @Test
    void emptyLocationIsOneInfoLine() throws Exception {
        Files.createDirectories(dir.resolve("db"));

        print(MigrationGuardConfig.builder(dir).locations(List.of("db")).build());

        assertThat(log.lines).containsExactly("[INFO] Migration Guard: no migration files in db; nothing to lint");
    }
}
