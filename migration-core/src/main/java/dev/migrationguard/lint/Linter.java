package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.risk.RiskAssessor;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationSet;
import dev.migrationguard.naming.MigrationSets;
import dev.migrationguard.naming.NamingOptions;
import dev.migrationguard.naming.LoadedScript;
import dev.migrationguard.naming.ScriptLoader;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.sql.ParseStatus;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs the rules over a set of migration files. Never throws on bad input: unreadable files, broken SQL and rule
 * failures become findings, and the other files are still linted.
 */
public final class Linter {

    private final MigrationGuardConfig config;
    private final List<ActiveRule> rules;
    private final Map<String, ActiveRule> activeById = new LinkedHashMap<>();
    private final ScriptParser parser;

    /** A rule in force for this run, with its effective severity. */
    record ActiveRule(RegisteredRule registered, Severity severity) {
    }

    public Linter(MigrationGuardConfig config) {
        this(config, BuiltInRules.all(), new ScriptParser());
    }

    public Linter(MigrationGuardConfig config, List<RegisteredRule> available, ScriptParser parser) {
        this.config = config;
        this.parser = parser;
        this.rules = new ArrayList<>();
        for (RegisteredRule r : available) {
            RuleSetting setting = config.rules().get(r.id());
            if (setting != null) {
                if (!setting.isOff()) {
                    rules.add(new ActiveRule(r, setting.severity()));
                }
            } else if (r.info().enabledByDefault()) {
                rules.add(new ActiveRule(r, r.info().severity()));
            }
        }
        for (ActiveRule r : rules) {
            activeById.put(r.registered().id(), r);
        }
    }

    /** Lints the configured locations on disk. */
    public LintResult lintLocations() {
        FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(), config.locations());
        List<String> notes = new ArrayList<>();
        for (String missing : listing.missingLocations()) {
            notes.add("location " + missing + " does not exist; no migrations read from it");
        }
        notes.addAll(listing.errors());
        return lint(listing.files(), f -> true, notes);
    }

    /** Lints every script of {@code files}. */
    public LintResult lint(List<SourceFile> files) {
        return lint(files, f -> true, List.of());
    }

    /**
     * Lints the scripts of the files accepted by {@code scope}; names and pairs are checked on all {@code files},
     * but only findings on files in scope are kept (the hook lints the staged files against the staged tree).
     */
    public LintResult lint(List<SourceFile> files, Predicate<SourceFile> scope, List<String> notes) {
        MigrationSet set = MigrationSets.build(files, new NamingOptions(config.namingScheme(), config.requireDown()));
        Set<String> inScope = new HashSet<>();
        for (SourceFile f : files) {
            if (scope.test(f)) {
                inScope.add(f.displayPath());
            }
        }
        FindingCollector collector = new FindingCollector(activeById);

        for (ActiveRule r : rules) {
            collector.guard(r, null, () -> r.registered().rule().checkSet(new DefaultSetContext(r, set, collector)));
        }

        List<LintedScript> scripts = new ArrayList<>();
        Map<String, Boolean> filesRead = new LinkedHashMap<>();
        EarlierScripts earlier = new EarlierScripts();
        RiskAssessor risks = new RiskAssessor(config.pgVersion());
        int statements = 0;
        int parsed = 0;
        int fallback = 0;
        int unknown = 0;
        for (Migration m : set.migrations()) {
            SqlScript upScript = null;
            for (ScriptRef ref : refs(m)) {
                if (!inScope.contains(ref.displayPath())) {
                    continue;
                }
                filesRead.put(ref.displayPath(), true);
                SqlScript script = read(ref, collector);
                if (script == null) {
                    continue;
                }
                if (ref.direction() == Direction.UP) {
                    upScript = script;
                } else if (upScript == null) {
                    upScript = readQuietly(m.up());
                }
                scripts.add(new LintedScript(m, ref.direction(), script, risks.assess(script)));
                for (Statement s : script.statements()) {
                    statements++;
                    if (s.parseStatus() == ParseStatus.AST) {
                        parsed++;
                    } else if (s.parseStatus() == ParseStatus.FALLBACK) {
                        fallback++;
                    } else {
                        unknown++;
                    }
                }
                check(m, ref.direction(), script, earlier.before(m), collector,
                        ref.direction() == Direction.DOWN ? java.util.Optional.ofNullable(upScript)
                                : java.util.Optional.empty());
            }
            earlier.add(m);
        }

        List<Finding> findings = collector.findings().stream()
                .filter(f -> inScope.contains(f.file()))
                .sorted(Finding.ORDER)
                .toList();
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        LintSummary summary = new LintSummary(filesRead.size(), statements, parsed, fallback, unknown, errors,
                warnings, infos);
        return new LintResult(findings, summary, set, List.copyOf(scripts), List.copyOf(notes));
    }

    private static List<ScriptRef> refs(Migration m) {
        return m.down() == null ? List.of(m.up()) : List.of(m.up(), m.down());
    }

    /** Loads and parses one script; a file that cannot be read becomes a finding and null. */
    private SqlScript read(ScriptRef ref, FindingCollector collector) {
        LoadedScript loaded = ScriptLoader.load(ref);
        if (loaded.error() != null) {
            collector.engineFinding(BuiltInRules.UNREADABLE_FILE, ref.displayPath(), loaded.errorLine(), 0,
                    loaded.error(), "save the file as UTF-8 text containing SQL, or move it out of the migration "
                            + "location");
            return null;
        }
        return parser.parse(ref.displayPath(), loaded.text(), loaded.firstLine(), loaded.firstByteOffset(),
                config.placeholderReplacement() ? config.placeholders() : null);
    }

    /** Parses a script without reporting when it cannot be read (the pair of a down script out of scope). */
    private SqlScript readQuietly(ScriptRef ref) {
        if (ref == null) {
            return null;
        }
        LoadedScript loaded = ScriptLoader.load(ref);
        if (loaded.error() != null) {
            return null;
        }
        return parser.parse(ref.displayPath(), loaded.text(), loaded.firstLine(), loaded.firstByteOffset(),
                config.placeholderReplacement() ? config.placeholders() : null);
    }

    private void check(Migration m, Direction direction, SqlScript script, List<SqlScript> earlier,
                       FindingCollector collector, java.util.Optional<SqlScript> pairedUp) {
        Set<String> ran = new HashSet<>();
        List<PendingFinding> raw = new ArrayList<>();
        for (ActiveRule r : rules) {
            boolean applies = direction == Direction.UP || r.registered().info().checksDown() || config.lintDown();
            if (!applies) {
                continue;
            }
            ran.add(r.registered().id());
            DefaultScriptContext ctx = new DefaultScriptContext(config, m, direction, script, earlier, r, raw,
                    pairedUp);
            collector.guard(r, script.path(), () -> r.registered().rule().checkScript(ctx));
        }
        Suppressions.apply(script, raw, ran, rules, collector);
    }

    /** Up scripts of earlier migrations, parsed only when a rule asks for them. */
    private final class EarlierScripts {
        private final List<Migration> migrations = new ArrayList<>();
        private final Map<Migration, SqlScript> parsed = new LinkedHashMap<>();

        void add(Migration m) {
            if (m.version() != null) {
                migrations.add(m);
            }
        }

        List<SqlScript> before(Migration m) {
            List<Migration> snapshot = List.copyOf(migrations);
            return new java.util.AbstractList<>() {
                @Override
                public SqlScript get(int index) {
                    Migration earlier = snapshot.get(index);
                    return parsed.computeIfAbsent(earlier, e -> {
                        LoadedScript loaded = ScriptLoader.load(e.up());
                        if (loaded.error() != null) {
                            return new SqlScript(e.up().displayPath(), List.of(), List.of(), List.of(),
                                    java.util.Optional.empty());
                        }
                        return parser.parse(e.up().displayPath(), loaded.text(), loaded.firstLine(),
                                loaded.firstByteOffset(), config.placeholderReplacement() ? config.placeholders()
                                        : null);
                    });
                }

                @Override
                public int size() {
                    return snapshot.size();
                }
            };
        }
    }

    private final class DefaultSetContext implements SetContext {
        private final ActiveRule rule;
        private final MigrationSet set;
        private final FindingCollector collector;

        DefaultSetContext(ActiveRule rule, MigrationSet set, FindingCollector collector) {
            this.rule = rule;
            this.set = set;
            this.collector = collector;
        }

        @Override
        public MigrationGuardConfig config() {
            return config;
        }

        @Override
        public MigrationSet set() {
            return set;
        }

        @Override
        public void report(String file, int line, int column, String message, String help) {
            collector.add(new Finding(rule.registered().id(), rule.severity(), rule.registered().info().risk(), file,
                    line, column, message, help, Finding.docsFor(rule.registered().id())));
        }
    }
}
