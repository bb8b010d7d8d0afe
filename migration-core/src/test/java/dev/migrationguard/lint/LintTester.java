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
 *
 * <p>When called from a rule's own test class ({@code <RuleClass>Test} in {@code dev.migrationguard.lint.rules}), only
 * the findings of that rule and of the rules named in EXPECT comments are compared, so other rules firing on the
 * same SQL (a lock-timeout reminder, a type advice) do not blur the test; {@link #allRules()} compares everything.
 */
public final class LintTester {

    private static final Pattern EXPECT = Pattern.compile("^\\s*--\\s*EXPECT:\\s*(.+)$");

    private final String sql;
    private final MigrationGuardConfig config;
    private final String fileName;

    private final boolean allRules;

    private LintTester(String sql, MigrationGuardConfig config, String fileName) {
        this(sql, config, fileName, false);
    }

    private LintTester(String sql, MigrationGuardConfig config, String fileName, boolean allRules) {
        this.sql = sql;
        this.config = config;
        this.fileName = fileName;
        this.allRules = allRules;
    }

    /** Compares the findings of every rule, not only those of the rule under test. */
    public LintTester allRules() {
        return new LintTester(sql, config, fileName, true);
    }

    /** The id of the rule whose test class calls this tester, or null. */
    private static String ruleUnderTest() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(f -> f.getDeclaringClass())
                .filter(c -> c.getPackageName().equals("dev.migrationguard.lint.rules")
                        && c.getSimpleName().endsWith("Test"))
                .findFirst()
                .map(c -> {
                    String simple = c.getSimpleName();
                    String rule = simple.substring(0, simple.length() - "Test".length());
                    for (RegisteredRule r : BuiltInRules.all()) {
                        if (r.rule().getClass().getSimpleName().equals(rule)) {
                            return r.id();
                        }
                    }
                    return null;
                })
                .orElse(null));
    }

    /** Lints {@code sql} as the up migration {@code V2__test.sql} of a Flyway location, default configuration. */
    public static LintTester lint(String sql) {
        return new LintTester(sql, MigrationGuardConfig.defaults(Path.of("/project")), "V2__test.sql");
    }

    /** Same, with a configuration changed by {@code change}. */
    public LintTester with(UnaryOperator<MigrationGuardConfig.Builder> change) {
        return new LintTester(sql, change.apply(config.toBuilder()).build(), fileName, allRules);
    }

    /** Lints the SQL under another file name (e.g. {@code U2__test.sql}). */
    public LintTester as(String name) {
        return new LintTester(sql, config, name, allRules);
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
        matches(result());
    }

    /**
     * Same, with {@code earlierFiles} (e.g. {@code V1__init.sql}) in the same location; only the findings on this
     * tester's file are compared.
     */
    public void matchesExpectationsWith(Map<String, String> earlierFiles) {
        matches(resultWith(earlierFiles));
    }

    private void matches(LintResult result) {
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
        String focus = allRules ? null : ruleUnderTest();
        java.util.Set<String> compared = new java.util.HashSet<>();
        expected.values().forEach(compared::addAll);
        if (focus != null) {
            compared.add(focus);
        }
        TreeSet<String> got = new TreeSet<>();
        List<String> shown = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!f.file().equals("db/" + fileName) || (focus != null && !compared.contains(f.rule()))) {
                continue;
            }
            got.add(f.line() + ":" + f.rule());
            shown.add(f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
        }
        assertThat(got).as("findings (line:rule) — all findings were:%n%s", String.join("\n", shown))
                .isEqualTo(want);
    }
}
