package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints SQL written in a test and compares the findings with {@code -- EXPECT: rule-id[,rule-id]} comments: each
 * such comment expects those findings on the next line that holds SQL.
 */
public final class LintTester {

    private static final Pattern EXPECT = Pattern.compile("^\\s*--\\s*EXPECT:\\s*(.+)$");

    private final String sql;
    private final MigrationGuardConfig config;
    private final String fileName;

    private LintTester(String sql, MigrationGuardConfig config, String fileName) {
        this.sql = sql;
        this.config = config;
        this.fileName = fileName;
    }

    /** Lints {@code sql} as the up migration {@code V2__test.sql} of a Flyway location, default configuration. */
    public static LintTester lint(String sql) {
        return new LintTester(sql, MigrationGuardConfig.defaults(Path.of("/project")), "V2__test.sql");
    }

    /** Same, with a configuration changed by {@code change}. */
    public LintTester with(UnaryOperator<MigrationGuardConfig.Builder> change) {
        return new LintTester(sql, change.apply(config.toBuilder()).build(), fileName);
    }

    /** Lints the SQL under another file name (e.g. {@code U2__test.sql}). */
    public LintTester as(String name) {
        return new LintTester(sql, config, name);
    }

    /** Runs the lint; the migration is alone in its location. */
    public LintResult result() {
        return run(List.of(file(fileName, sql)));
    }

    /** Runs the lint over this file and other files of the same location. */
    public LintResult resultWith(Map<String, String> otherFiles) {
        List<SourceFile> files = new ArrayList<>();
        files.add(file(fileName, sql));
        otherFiles.forEach((name, text) -> files.add(file(name, text)));
        return run(files);
    }

    private LintResult run(List<SourceFile> files) {
        return new Linter(config).lint(files);
    }

    public static SourceFile file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceFile("db/" + name, "db", name, () -> bytes);
    }

    /** Asserts the findings are exactly those the EXPECT comments announce (line and rule id). */
    public void matchesExpectations() {
        Map<Integer, List<String>> expected = new LinkedHashMap<>();
        String[] lines = sql.split("\n", -1);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (m.matches()) {
                for (String id : m.group(1).split(",")) {
                    pending.add(id.trim());
                }
            } else if (!pending.isEmpty() && !lines[i].isBlank() && !lines[i].strip().startsWith("--")) {
                expected.computeIfAbsent(i + 1, k -> new ArrayList<>()).addAll(pending);
                pending.clear();
            }
        }
        TreeSet<String> want = new TreeSet<>();
        expected.forEach((line, ids) -> ids.forEach(id -> want.add(line + ":" + id)));
        TreeSet<String> got = new TreeSet<>();
        List<String> shown = new ArrayList<>();
        for (Finding f : result().findings()) {
            got.add(f.line() + ":" + f.rule());
            shown.add(f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
        }
        assertThat(got).as("findings (line:rule) — all findings were:%n%s", String.join("\n", shown))
                .isEqualTo(want);
    }
}
