package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.BaseRevision;
import dev.migrationguard.naming.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Lints an in-memory branch against an in-memory base revision (no Git): files are given as name/text pairs in the
 * location {@code db}; the fork point is the base unless set.
 */
public final class BaseTester {

    private final Map<String, String> base = new LinkedHashMap<>();
    private Map<String, String> fork;
    private final Map<String, String> branch = new LinkedHashMap<>();
    private MigrationGuardConfig config = MigrationGuardConfig.defaults(Path.of("/project"));
    private Set<String> scope;

    private BaseTester() {
    }

    /** The files on the base, {@code name, text, name, text, ...}. */
    public static BaseTester base(String... namesAndTexts) {
        BaseTester t = new BaseTester();
        put(t.base, namesAndTexts);
        return t;
    }

    /** The files at the fork point, when the base moved on after the branch forked. */
    public BaseTester fork(String... namesAndTexts) {
        fork = new LinkedHashMap<>();
        put(fork, namesAndTexts);
        return this;
    }

    /** The files on the branch. */
    public BaseTester branch(String... namesAndTexts) {
        put(branch, namesAndTexts);
        return this;
    }

    public BaseTester with(UnaryOperator<MigrationGuardConfig.Builder> change) {
        config = change.apply(config.toBuilder()).build();
        return this;
    }

    /** Keeps findings on these files only (as the hook does with the files a commit touches). */
    public BaseTester scope(String... names) {
        scope = Set.of(names);
        return this;
    }

    public LintResult result() {
        List<SourceFile> baseFiles = files(base);
        BaseRevision revision = new BaseRevision("origin/main", baseFiles, fork == null ? baseFiles : files(fork));
        return new Linter(config).withBase(revision)
                .lint(files(branch), f -> scope == null || scope.contains(f.relativePath()), List.of());
    }

    /** The findings of one rule, as {@code file:line severity message}. */
    public List<Finding> findings(String rule) {
        return result().findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static void put(Map<String, String> into, String... namesAndTexts) {
        for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
            into.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
    }

    private static List<SourceFile> files(Map<String, String> texts) {
        List<SourceFile> out = new ArrayList<>();
        texts.forEach((name, text) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.add(new SourceFile("db/" + name, "db", name, () -> bytes.clone()));
        });
        return out;
    }
}
