package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.risk.RiskAssessor;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.BaseRevision;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationSet;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.MigrationSets;
import dev.migrationguard.naming.NameMemo;
import dev.migrationguard.naming.NamingProblem;
import dev.migrationguard.naming.Section;
import dev.migrationguard.naming.NamingOptions;
import dev.migrationguard.naming.LoadedScript;
import dev.migrationguard.naming.ScriptLoader;
import dev.migrationguard.naming.ScriptRef;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.schema.MigrationHistory;
import dev.migrationguard.schema.ScriptTimeline;
import dev.migrationguard.sql.Classifier;
import dev.migrationguard.sql.ClassifierOptions;
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
    private final Map<String, ActiveRule> activeById;
    private final ScriptParser parser;
    private final BaseRevision base;
    private final boolean keepStatements;
    private final int parseThreads;
    /** What reading told of the scripts that are one unit of a file holding several (Liquibase changesets). */
    private final Map<ScriptRef, Unit> units = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A changeset's script: whether it asks to run outside a transaction ({@code runInTransaction:false}), and the
     * line a finding about the whole script points at (its {@code --changeset} line).
     */
    record Unit(boolean noTransaction, int line) {
        static final Unit NONE = new Unit(false, 0);
    }

    /** A rule in force for this run, with its effective severity. */
    record ActiveRule(RegisteredRule registered, Severity severity) {
    }

    public Linter(MigrationGuardConfig config) {
        this(config, BuiltInRules.all(), new ScriptParser(new Classifier(config.parseCheck()
                ? ClassifierOptions.defaults() : ClassifierOptions.tokensOnly())));
    }

    public Linter(MigrationGuardConfig config, List<RegisteredRule> available, ScriptParser parser) {
        this.config = config;
        this.parser = parser;
        this.base = null;
        this.keepStatements = true;
        this.parseThreads = Runtime.getRuntime().availableProcessors();
        this.activeById = new LinkedHashMap<>();
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

    private Linter(Linter other, BaseRevision base, boolean keepStatements, int parseThreads) {
        this.config = other.config;
        this.parser = other.parser;
        this.rules = other.rules;
        this.activeById = other.activeById;
        this.base = base;
        this.keepStatements = keepStatements;
        this.parseThreads = parseThreads;
    }

    /** The same linter reading and parsing scripts on {@code threads} threads (1: in the calling thread). */
    Linter withParseThreads(int threads) {
        return new Linter(this, base, keepStatements, threads);
    }

    /**
     * A linter whose result keeps each script's statements (the default: the JSON and Markdown reports show them)
     * or, with {@code false}, only each script's path, risk and markers: a run that prints text, SARIF or JUnit then
     * holds no more than the schema model and the findings, however many files it reads.
     */
    public Linter keepingStatements(boolean keep) {
        return new Linter(this, base, keep, parseThreads);
    }

    /**
     * A linter that also runs the rules needing history against {@code base}: the files as they are on the branch
     * the change will be merged into. Without a base those rules report nothing.
     */
    public Linter withBase(BaseRevision base) {
        return new Linter(this, java.util.Objects.requireNonNull(base, "base"), keepStatements, parseThreads);
    }

    /** Lints the configured locations on disk. */
    public LintResult lintLocations() {
        FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(), config.locations());
        return lint(listing.files(), f -> true, listing.notes());
    }

    /** Lints every script of {@code files}. */
    public LintResult lint(List<SourceFile> files) {
        return lint(files, f -> true, List.of());
    }

    /**
     * Lints the scripts of the files accepted by {@code scope}; names and pairs are checked on all {@code files},
     * but only findings on files in scope are kept (the hook lints the staged files against the staged tree). With a
     * base, {@code scope} is also asked about the base's files the branch no longer has (a deleted migration's
     * finding is on such a file).
     */
    public LintResult lint(List<SourceFile> files, Predicate<SourceFile> scope, List<String> notes) {
        return lint(name(config, files), scope, notes);
    }

    /**
     * Files with their names read (the migration set of a run), ready for {@link #lint(Named, Predicate, List)}: a
     * caller that has the files before the rest of what its run needs (the pre-commit hook, while the repository
     * opens) names them meanwhile, before any rule is set up. Made by {@link #name}; lint them with a linter of the
     * same configuration.
     */
    public static final class Named {
        private final List<SourceFile> files;
        private final NamingOptions naming;
        private final NameMemo names;
        private final MigrationSet set;

        private Named(List<SourceFile> files, NamingOptions naming, NameMemo names, MigrationSet set) {
            this.files = files;
            this.naming = naming;
            this.names = names;
            this.set = set;
        }

        /** The files, as given to {@link #name}. */
        public List<SourceFile> files() {
            return files;
        }
    }

    /**
     * Reads the names of {@code files} as {@link #lint(List, Predicate, List)} with {@code config} would, for a later
     * lint; needs no rule.
     */
    public static Named name(MigrationGuardConfig config, List<SourceFile> files) {
        NamingOptions naming = new NamingOptions(config.namingScheme(), config.requireDown());
        NameMemo names = new NameMemo();
        return new Named(files, naming, names, MigrationSets.build(files, naming, names));
    }

    /** {@link #lint(List, Predicate, List)} of files named beforehand. */
    public LintResult lint(Named named, Predicate<SourceFile> scope, List<String> notes) {
        NamingOptions naming = named.naming;
        if (naming.scheme() != config.namingScheme() || naming.requireDown() != config.requireDown()) {
            throw new IllegalArgumentException("the files were named under another configuration");
        }
        List<SourceFile> files = named.files;
        NameMemo names = named.names;
        MigrationSet set = named.set;
        Set<String> inScope = new HashSet<>();
        for (SourceFile f : files) {
            if (scope.test(f)) {
                inScope.add(f.displayPath());
            }
        }
        if (base != null) {
            Set<String> branchPaths = new HashSet<>();
            for (SourceFile f : files) {
                branchPaths.add(f.displayPath());
            }
            for (SourceFile f : base.files()) {
                if (!branchPaths.contains(f.displayPath()) && scope.test(f)) {
                    inScope.add(f.displayPath());
                }
            }
        }
        FindingCollector collector = new FindingCollector(activeById);
        LazyBase comparison = new LazyBase(files, set, naming, names);

        for (ActiveRule r : rules) {
            collector.guard(r, null, () -> r.registered().rule().checkSet(
                    new DefaultSetContext(r, set, collector, comparison, inScope)));
        }

        List<LintedScript> scripts = new ArrayList<>();
        Set<String> filesRead = new java.util.LinkedHashSet<>();
        RiskAssessor risks = new RiskAssessor(config.pgVersion());
        List<Work> work = work(set, files, inScope);
        MigrationHistory history = new MigrationHistory(set.migrations(),
                refs -> refs.parallelStream().map(this::upScript).toList());
        int statements = 0;
        int parsed = 0;
        int fallback = 0;
        int unknown = 0;
        SqlScript currentUp = null;
        try (ParseAhead ahead = new ParseAhead(work.stream().map(Work::ref).toList(), this::read,
                parseThreads)) {
            for (Work w : work) {
                filesRead.add(w.ref().displayPath());
                Object result = ahead.next();
                if (result instanceof LoadedScript failed) {
                    collector.engineFinding(BuiltInRules.UNREADABLE_FILE, w.ref().displayPath(), failed.errorLine(),
                            0, failed.error(), "save the file as UTF-8 text containing SQL, or move it out of the "
                                    + "migration location");
                    continue;
                }
                SqlScript script = (SqlScript) result;
                for (Statement s : script.statements()) {
                    statements++;
                    switch (s.parseStatus()) {
                        case AST -> parsed++;
                        case FALLBACK -> fallback++;
                        case UNKNOWN -> unknown++;
                        default -> {
                            // classified from tokens without JSqlParser
                        }
                    }
                }
                Migration m = w.migration();
                boolean up = w.ref().direction() == Direction.UP;
                java.util.Optional<SqlScript> pairedUp = java.util.Optional.empty();
                ScriptTimeline schema;
                if (up) {
                    currentUp = script;
                    schema = new ScriptTimeline(script, () -> history.before(m));
                } else {
                    SqlScript upScript = currentUp != null && currentUp.path().equals(m.up().displayPath())
                            ? currentUp : upScript(m.up());
                    pairedUp = java.util.Optional.of(upScript);
                    schema = new ScriptTimeline(script, () -> history.after(m, upScript));
                }
                check(m, w.ref().direction(), script, schema, collector, pairedUp,
                        units.getOrDefault(w.ref(), Unit.NONE));
                if (up) {
                    history.passed(m, script);
                }
                scripts.add(new LintedScript(m, w.ref().direction(), keepStatements ? script
                        : script.withoutStatements(), risks.assess(script, schema, collector.inFile(script.path()))));
            }
        }

        List<String> allNotes = new ArrayList<>(notes);
        Adoption adoption = new Adoption(config, set, comparison.get(), new FindingCollector(activeById));
        List<Finding> findings = adoption.apply(collector.findings().stream()
                        .filter(f -> inScope.contains(f.file()))
                        .sorted(Finding.ORDER)
                        .toList(), filesRead::contains, allNotes);
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
                warnings, infos, config.failOn());
        return new LintResult(findings, summary, set,
                scripts.stream().filter(s -> adoption.reports(s.script().path())).toList(), List.copyOf(allNotes));
    }

    private static List<ScriptRef> refs(Migration m) {
        return m.down() == null ? List.of(m.up()) : List.of(m.up(), m.down());
    }

    /** One script to lint, with the migration it belongs to. */
    private record Work(Migration migration, ScriptRef ref) {
    }

    /**
     * The scripts to lint, in migration order: every script in scope, then the {@code .sql} files in scope whose
     * name fits no scheme (their name is a finding, but their SQL is still checked, as an up script of its own).
     */
    private static List<Work> work(MigrationSet set, List<SourceFile> files, Set<String> inScope) {
        List<Work> work = new ArrayList<>();
        for (Migration m : set.migrations()) {
            if (inScope.contains(m.up().displayPath())) {
                work.add(new Work(m, m.up()));
            }
            if (m.down() != null && inScope.contains(m.down().displayPath())) {
                work.add(new Work(m, m.down()));
            }
        }
        Set<String> badlyNamed = new HashSet<>();
        for (NamingProblem p : set.problems()) {
            if (p.type() == NamingProblem.Type.INVALID_NAME) {
                badlyNamed.add(p.path());
            }
        }
        if (badlyNamed.isEmpty()) {
            return work;
        }
        Set<String> inMigrations = new HashSet<>();
        for (Migration m : set.migrations()) {
            for (ScriptRef ref : refs(m)) {
                inMigrations.add(ref.displayPath());
            }
        }
        for (SourceFile f : files) {
            String path = f.displayPath();
            if (badlyNamed.contains(path) && !inMigrations.contains(path) && inScope.contains(path)
                    && path.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
                ScriptRef ref = new ScriptRef(f, Direction.UP, Section.WHOLE);
                work.add(new Work(new Migration(null, f.fileName(), MigrationKind.VERSIONED,
                        set.schemes().get(f.location()), ref, null), ref));
            }
        }
        return work;
    }

    private Object read(ScriptRef ref) {
        LoadedScript loaded = ScriptLoader.load(ref);
        if (loaded.error() != null) {
            return loaded;
        }
        if (ref.unit() != null) {
            units.put(ref, new Unit(loaded.noTransaction(), Math.max(1, loaded.firstLine() - 1)));
        }
        return parser.parse(ref.displayPath(), loaded.text(), loaded.firstLine(), loaded.firstByteOffset(),
                config.placeholderReplacement() && !ref.keepsUnknownPlaceholders() ? config.placeholders() : null);
    }

    private void check(Migration m, Direction direction, SqlScript script, ScriptTimeline schema,
                       FindingCollector collector, java.util.Optional<SqlScript> pairedUp,
                       Unit unit) {
        ScriptTimeline alone = ScriptTimeline.alone(script);
        List<ActiveRule> applying = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        for (ActiveRule r : rules) {
            if (direction == Direction.UP || r.registered().info().checksDown() || config.lintDown()) {
                applying.add(r);
                ran.add(r.registered().id());
            }
        }
        List<PendingFinding> raw = new ArrayList<>();
        for (ActiveRule r : applying) {
            DefaultScriptContext ctx = new DefaultScriptContext(config, m, direction, script, schema, alone, r, raw,
                    pairedUp, ran, unit);
            collector.guard(r, script.path(), () -> r.registered().rule().checkScript(ctx));
        }
        Suppressions.apply(script, raw, ran, rules, collector);
    }

    /** An up script outside the linted work; an empty script when it cannot be read (its own lint reports that). */
    private SqlScript upScript(ScriptRef up) {
        Object result = read(up);
        return result instanceof SqlScript script ? script
                : new SqlScript(up.displayPath(), List.of(), List.of(), List.of(), java.util.Optional.empty());
    }

    /** The comparison with the base, built when a rule first asks for it and shared by the rules of the run. */
    private final class LazyBase {
        private final List<SourceFile> files;
        private final MigrationSet set;
        private final NamingOptions naming;
        private final NameMemo names;
        private BaseComparison comparison;

        LazyBase(List<SourceFile> files, MigrationSet set, NamingOptions naming, NameMemo names) {
            this.files = files;
            this.set = set;
            this.naming = naming;
            this.names = names;
        }

        java.util.Optional<BaseComparison> get() {
            if (base == null) {
                return java.util.Optional.empty();
            }
            if (comparison == null) {
                comparison = BaseComparison.of(base, files, set, naming, names);
            }
            return java.util.Optional.of(comparison);
        }
    }

    private final class DefaultSetContext implements SetContext {
        private final ActiveRule rule;
        private final MigrationSet set;
        private final FindingCollector collector;
        private final LazyBase base;
        private final Set<String> inScope;

        DefaultSetContext(ActiveRule rule, MigrationSet set, FindingCollector collector, LazyBase base,
                          Set<String> inScope) {
            this.rule = rule;
            this.set = set;
            this.collector = collector;
            this.base = base;
            this.inScope = inScope;
        }

        @Override
        public java.util.Optional<BaseComparison> base() {
            return base.get();
        }

        @Override
        public boolean inScope(String file) {
            return inScope.contains(file);
        }

        @Override
        public void report(Severity ceiling, String file, int line, int column, String message, String help) {
            Severity severity = rule.severity().compareTo(ceiling) > 0 ? ceiling : rule.severity();
            collector.add(new Finding(rule.registered().id(), severity, rule.registered().info().risk(), file,
                    line, column, message, help, Finding.docsFor(rule.registered().id())));
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
