package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The quick start's migrations produce exactly the findings its README promises. */
class QuickstartExampleTest {

    private static Path quickstart() {
        String root = System.getProperty("migrationguard.projectRoot");
        Path base = root == null ? Path.of("..") : Path.of(root);
        Path dir = base.resolve("examples/quickstart");
        assertThat(dir.resolve("pom.xml")).exists();
        return dir;
    }

    @Test
    void findsTheDocumentedProblemsAndNothingElse() {
        ConfigAssembler.Assembled assembled = ConfigAssembler.assemble(quickstart(), MojoParameters.none());
        assertThat(assembled.problems()).isEmpty();

        LintResult result = new Linter(assembled.config()).lintLocations();

        String dir = "src/main/resources/db/migration/";
        assertThat(result.findings()).extracting(Finding::rule, Finding::file).containsExactly(
                tuple("require-concurrent-index-creation", dir + "V4__index_users_email.sql"),
                tuple("ban-drop-column", dir + "V6__drop_orders_note.sql"),
                tuple("invalid-migration-name", dir + "V7_add_orders_status.sql"));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void theReadmeListsEveryMigration() throws Exception {
        String readme = Files.readString(quickstart().resolve("README.md"));
        try (var files = Files.list(quickstart().resolve("src/main/resources/db/migration"))) {
            files.forEach(f -> assertThat(readme).contains("`" + f.getFileName() + "`"));
        }
    }
}
