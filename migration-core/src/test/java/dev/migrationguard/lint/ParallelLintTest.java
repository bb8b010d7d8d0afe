package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.report.JsonRenderer;
import dev.migrationguard.report.RenderOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing on several threads changes nothing: the same findings, statements and risks as one thread. */
class ParallelLintTest {

    /** 1,200 migrations of every sort: tables, type changes, indexes, data, renames, downs, bad names. */
    private static List<SourceFile> generated() {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            int t = i % 40 + 1;
            String up = switch (i % 8) {
                case 0 -> "CREATE TABLE t" + i + " (id int PRIMARY KEY, name varchar(20) NOT NULL);\n"
                        + "CREATE INDEX t" + i + "_name ON t" + i + " (name);";
                case 1 -> "ALTER TABLE t" + t + " ALTER COLUMN name TYPE varchar(" + (20 + i) + ");";
                case 2 -> "ALTER TABLE t" + t + " ADD COLUMN c" + i + " text NOT NULL DEFAULT now();\n"
                        + "UPDATE t" + t + " SET name = 'x';";
                case 3 -> "CREATE INDEX idx" + i + " ON t" + t + " (name);\nDROP INDEX idx" + i + ";";
                case 4 -> "ALTER TABLE t" + t + " ADD CONSTRAINT c" + i + " CHECK (name IS NOT NULL) NOT VALID;\n"
                        + "ALTER TABLE t" + t + " VALIDATE CONSTRAINT c" + i + ";\n"
                        + "ALTER TABLE t" + t + " ALTER COLUMN name SET NOT NULL;";
                case 5 -> "CREATE TABLE n" + i + " (id int);\nINSERT INTO n" + i + " SELECT id FROM t" + t
                        + ";\nDROP TABLE t" + t + ";\nALTER TABLE n" + i + " RENAME TO t" + t + ";";
                case 6 -> "ALTER TABLE t" + t + " DROP CONSTRAINT t" + t + "_fkey;\nSELEC 1;";
                default -> "ALTER TABLE t" + t + " ADD COLUMN r" + i + " int REFERENCES t1 (id);";
            };
            String name = i % 97 == 0 ? "V" + i + "_bad_name.sql" : "V" + i + "__m" + i + ".sql";
            files.add(LintTester.file(name, up));
            if (i % 3 == 0) {
                files.add(LintTester.file("U" + i + "__m" + i + ".sql", "ALTER TABLE t" + t
                        + " ALTER COLUMN name TYPE varchar(10);\nDROP TABLE IF EXISTS n" + i + ";"));
            }
        }
        return files;
    }

    @Test
    void parallelParsingGivesTheSameResultAsOneThread() {
        MigrationGuardConfig config = MigrationGuardConfig.defaults(Path.of("/project")).toBuilder()
                .lintDown(true).build();
        List<SourceFile> files = generated();
        LintResult parallel = new Linter(config).withParseThreads(4).lint(files);
        LintResult sequential = new Linter(config).withParseThreads(1).lint(files);

        assertThat(parallel.findings()).hasSizeGreaterThan(1000);
        assertThat(parallel.findings()).isEqualTo(sequential.findings());
        assertThat(parallel.summary()).isEqualTo(sequential.summary());
        JsonRenderer json = new JsonRenderer(RenderOptions.of(config, false));
        assertThat(json.render(parallel)).isEqualTo(json.render(sequential));
    }
}
