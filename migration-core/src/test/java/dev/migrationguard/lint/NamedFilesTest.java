package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.NamingScheme;
import dev.migrationguard.naming.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files named beforehand ({@link Linter#name}) lint as the files themselves do. */
class NamedFilesTest {

    private static final MigrationGuardConfig CONFIG = MigrationGuardConfig.defaults(Path.of("/project"));

    private static List<SourceFile> files() {
        return List.of(LintTester.file("V1__init.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n"),
                LintTester.file("V2__idx.sql", "CREATE INDEX t_id ON t (id);\n"),
                LintTester.file("V2__dup.sql", "ALTER TABLE t DROP COLUMN id;\n"),
                LintTester.file("v3__lower.sql", "SELECT 1;\n"));
    }

    @Test
    void namedFilesGiveTheFindingsOfTheFilesThemselves() {
        List<SourceFile> files = files();
        LintResult direct = new Linter(CONFIG).lint(files, f -> !f.relativePath().startsWith("V1"), List.of("n"));

        Linter.Named named = Linter.name(CONFIG, files);
        LintResult later = new Linter(CONFIG).lint(named, f -> !f.relativePath().startsWith("V1"), List.of("n"));

        assertThat(named.files()).isSameAs(files);
        assertThat(later.findings()).isEqualTo(direct.findings()).isNotEmpty();
        assertThat(later.findings()).extracting(Finding::rule)
                .contains("duplicate-migration-version", "invalid-migration-name", "require-concurrent-index-creation");
        assertThat(later.summary()).isEqualTo(direct.summary());
    }

    @Test
    void filesNamedUnderAnotherNamingSchemeAreRefused() {
        Linter.Named named = Linter.name(CONFIG, files());
        MigrationGuardConfig other = MigrationGuardConfig.builder(Path.of("/project"))
                .namingScheme(NamingScheme.GOLANG_MIGRATE).build();

        assertThatThrownBy(() -> new Linter(other).lint(named, f -> true, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another configuration");
    }
}
