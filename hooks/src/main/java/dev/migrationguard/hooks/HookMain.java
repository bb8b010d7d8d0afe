package dev.migrationguard.hooks;

import dev.migrationguard.config.ConfigFile;
import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.RenderedLine;
import dev.migrationguard.report.TextRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;

/**
 * The pre-commit hook: lints the migrations the commit adds or changes, reading their staged content from the Git
 * index, with the configuration recorded at install time (the same as {@code db:lint}'s). Names, pairs and duplicate
 * versions are checked against the whole staged tree.
 *
 * <p>Usage: {@code java -cp <recorded classpath> dev.migrationguard.hooks.HookMain --state <dir>}. Exit status: 0 no
 * finding at or above {@code failOn}, 1 findings that block the commit, 2 the hook cannot run (out of date, no
 * repository, unreadable index): never a silent pass.
 */
public final class HookMain {

    static final String OUT_OF_DATE = "Migration Guard: the hook is out of date; run mvn db:install-hook again";
    static final String BYPASS = "Migration Guard: to commit anyway in an emergency, run git commit --no-verify";

    /** {@link BuiltInRules#ids()}, set up when first asked. */
    private static final Set<String> RULE_IDS = new AbstractSet<>() {
        @Override
        public boolean contains(Object id) {
            return BuiltInRules.ids().contains(id);
        }

        @Override
        public Iterator<String> iterator() {
            return BuiltInRules.ids().iterator();
        }

        @Override
        public int size() {
            return BuiltInRules.ids().size();
        }
    };

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir;
    private final Map<String, String> environment;

    HookMain(PrintStream out, PrintStream err, Path workingDir) {
        this(out, err, workingDir, System.getenv());
    }

    /**
     * @param workingDir  where Git runs the hook (the work tree's root)
     * @param environment the hook process's environment: Git's variables ({@code GIT_INDEX_FILE}, {@code GIT_DIR},
     *                    ...) are read from it (the hook server gets them from the hook's process)
     */
    HookMain(PrintStream out, PrintStream err, Path workingDir, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
        this.environment = environment;
    }

    public static void main(String[] args) {
        int status = new HookMain(System.out, System.err, Path.of("").toAbsolutePath()).run(List.of(args));
        System.out.flush();
        System.exit(status);
    }

    int run(List<String> args) {
        HookPreload.start();
        if (args.size() == 3 && args.get(0).equals("--warm-up") && args.get(1).equals("--state")) {
            // for the class data sharing archive: a real run on the repository (output dropped), then samples
            PrintStream none = new PrintStream(OutputStream.nullOutputStream());
            try {
                new HookMain(none, none, workingDir, environment).lint(Path.of(args.get(2)), true);
            } catch (IOException | RuntimeException e) {
                // the archive then holds fewer classes; the hook works the same
            }
            WarmUp.run();
            return 0;
        }
        if (args.size() != 2 || !args.get(0).equals("--state")) {
            err.println("Usage: java -cp <classpath> dev.migrationguard.hooks.HookMain --state <dir>");
            return 2;
        }
        Path stateDir = Path.of(args.get(1));
        try {
            return lint(stateDir, false);
        } catch (IOException | RuntimeException e) {
            err.println("Migration Guard: the hook cannot read the repository: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            err.println(BYPASS);
            return 2;
        }
    }

    /** @param warmUp for the archive: the staged files are read even when no location changed */
    private int lint(Path stateDir, boolean warmUp) throws IOException {
        Path indexFile = indexFromEnvironment();
        try (RepositoryOpening opening = RepositoryOpening.start(workingDir, indexFile == null,
                environment)) {
            return lint(stateDir, warmUp, opening, indexFile);
        }
    }

    /**
     * The index file Git points the hook at ({@code GIT_INDEX_FILE}: the index being committed, relative to the work
     * tree's root where Git runs the hook); null when unset (the hook run by hand), then JGit finds it.
     */
    private Path indexFromEnvironment() {
        String value = environment.get("GIT_INDEX_FILE");
        return value == null || value.isEmpty() ? null : workingDir.resolve(value).toAbsolutePath().normalize();
    }

    /**
     * What the main thread reads while the repository opens: the index, the staged files under the locations and
     * their names (the migration set), for the work tree's root the hook runs in.
     */
    private record Ahead(MigrationGuardConfig config, IndexEntries.Snapshot index, StagedSources.Listed listed,
                         Linter.Named named) {
    }

    private int lint(Path stateDir, boolean warmUp, RepositoryOpening opening, Path indexFile) throws IOException {
        HookState state = HookState.read(stateDir);
        if (state == null) {
            return outOfDate("nothing recorded in " + stateDir);
        }
        for (String entry : state.classpath()) {
            if (!Files.exists(Path.of(entry))) {
                return outOfDate(entry + " is gone");
            }
        }
        // Git runs the hook at the root of the work tree: the recorded configuration is read for that root and the
        // staged files named while the repository is being opened; all is read again should its root be another
        Path root = workingDir.toAbsolutePath().normalize();
        Path configFile = stateDir.resolve(HookState.CONFIG_FILE);
        MigrationGuardConfig.Builder builder =
                MigrationGuardConfig.builder(root.resolve(state.projectDir()).normalize());
        // the rules are set up on the preload thread meanwhile: their ids are asked for only by a configuration that
        // names rules
        List<ConfigProblem> problems = ConfigFile.apply(configFile, builder, RULE_IDS);
        Ahead ahead = null;
        if (problems.isEmpty() && indexFile != null) {
            try {
                MigrationGuardConfig config = builder.build();
                IndexEntries.Snapshot index = IndexEntries.Snapshot.read(indexFile, opening);
                StagedSources.Listed listed = StagedSources.list(root, config, index, opening);
                ahead = new Ahead(config, index, listed, Linter.name(config, listed.files()));
            } catch (IOException | RuntimeException e) {
                ahead = null; // read again below, where a problem is reported as it always was
            }
        }
        RepositoryOpening.Opened opened = opening.get();
        Repository repo = opened.repo();
        if (repo == null) {
            err.println("Migration Guard: " + workingDir + " is not inside a Git work tree");
            return 2;
        }
        Path workTree = GitLocations.workTree(repo);
        if (!Fingerprint.of(workTree, state.fingerprintFiles()).equals(state.fingerprint())) {
            return outOfDate("the configuration changed in " + String.join(", ", state.fingerprintFiles()));
        }
        if (!workTree.equals(root)) {
            builder = MigrationGuardConfig.builder(workTree.resolve(state.projectDir()).normalize());
            problems = ConfigFile.apply(configFile, builder, RULE_IDS);
            ahead = null;
        }
        if (!problems.isEmpty()) {
            for (ConfigProblem p : problems) {
                err.println("Migration Guard: " + p);
            }
            return outOfDate("the recorded configuration " + configFile + " cannot be used");
        }
        MigrationGuardConfig config = ahead != null ? ahead.config() : builder.build();
        IndexEntries.Snapshot index = ahead != null ? ahead.index()
                : opened.index() != null ? opened.index() : IndexEntries.Snapshot.of(repo);
        if (StagedSources.untouched(repo, config, index) && !warmUp) {
            return 0; // the commit adds, changes and deletes no migration: nothing to lint
        }
        TreeListings listings = TreeListings.cached(repo, stateDir.resolve(TreeListings.CACHE_FILE),
                state.toolKey());
        StagedSources.Listed listed = ahead != null ? ahead.listed()
                : StagedSources.list(workTree, config, index, () -> repo);
        StagedSources.Staged staged = StagedSources.compare(listed, repo, listings);
        Optional<LintResult> linted;
        try {
            linted = GitLint.lintStaged(repo, config, staged, listings, ahead != null ? ahead.named() : null);
        } catch (GitBaseException e) {
            err.println("Migration Guard: " + e.getMessage());
            err.println(BYPASS);
            return 2;
        }
        listings.save();
        if (linted.isEmpty()) {
            return 0;
        }
        LintResult result = linted.get();
        // the hook is installed by mvn db:install-hook, so Maven's explain goal is at hand
        RenderOptions options = RenderOptions.of(config, false).withExplainCommand(RenderOptions.MAVEN_EXPLAIN);
        for (RenderedLine line : new TextRenderer(options).lines(result)) {
            out.println(line.text());
        }
        if (result.fails(config.failOn())) {
            long count = result.failingCount(config.failOn());
            out.println("Migration Guard: commit blocked by " + count + (count == 1 ? " finding" : " findings")
                    + " at or above fail-on=" + config.failOn().label()
                    + "; fix the staged migrations and git add them again");
            out.println(BYPASS);
            return 1;
        }
        return 0;
    }

    private int outOfDate(String why) {
        err.println(OUT_OF_DATE + " (" + why + ")");
        err.println(BYPASS);
        return 2;
    }
}
