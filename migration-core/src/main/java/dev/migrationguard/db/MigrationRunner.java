package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.sql.Classifier;
import dev.migrationguard.sql.ClassifierOptions;
import dev.migrationguard.sql.ScriptParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The runner's facade: one method per goal ({@code db:migrate}, {@code db:validate}, {@code db:status},
 * {@code db:rollback}, {@code db:redo}, {@code db:repair}, {@code db:baseline}). Each reads the migrations, opens one
 * session, takes the advisory lock when it writes, and returns a {@link RunResult}; a database that cannot be used is
 * a {@link DatabaseException}.
 */
public final class MigrationRunner {

    private final MigrationGuardConfig config;
    private final RunListener listener;
    private final Map<String, String> env;
    /**
     * The runner needs each statement's text and kind, never an AST: the token classification alone decides both
     * (JSqlParser only confirms it), so scripts are read without JSqlParser.
     */
    private final ScriptParser parser = new ScriptParser(new Classifier(ClassifierOptions.tokensOnly()));

    public MigrationRunner(MigrationGuardConfig config, RunListener listener) {
        this(config, listener, System.getenv());
    }

    /** @param env the environment variables ({@code DATABASE_URL}, {@code PATH} for pg_dump) */
    public MigrationRunner(MigrationGuardConfig config, RunListener listener, Map<String, String> env) {
        this.config = config;
        this.listener = listener;
        this.env = env;
    }

    /** Applies pending migrations (up to {@code options.target()}); a dry run returns their SQL instead. */
    public RunResult migrate(RunOptions options) {
        return run(true, options, (session, catalog) -> {
            RunResult r = new Migrator(config, session, listener, parser).migrate(catalog, options,
                    () -> backup(session));
            return finishDryRun(r, options);
        });
    }

    /**
     * Checks applied migrations against the files; ok when nothing needs attention. A success prints one line:
     * {@code validated N migration(s) in <table> on <database>: no problem (A applied, P pending, ...)}.
     */
    public RunResult validate() {
        Compared compared = compare("the run on %s stopped: ");
        HistoryComparison comparison = compared.comparison();
        List<String> problems = comparison.validationProblems(config.outOfOrder(), compared.history().invalid());
        if (!problems.isEmpty()) {
            return new RunResult(false, "validation found " + problems.size() + " problem(s)", problems, List.of(),
                    "");
        }
        StatusReport report = new StatusReport(compared.history().database(), compared.history().table(),
                comparison.entries(), List.of());
        String summary = "validated " + comparison.entries().size() + " migration(s) in " + report.table() + " on "
                + report.database() + ": no problem (" + report.counts() + ")";
        listener.line(summary);
        return new RunResult(true, summary, problems, List.of(), "");
    }

    /** Every migration and where it stands. */
    public StatusReport status() {
        Compared compared = compare("cannot read the history on %s: ");
        return new StatusReport(compared.history().database(), compared.history().table(),
                compared.comparison().entries(), compared.catalog().blockingProblems());
    }

    /** The history rows, with the schema's INVALID indexes when a row never finished (else null). */
    private record History(String database, String table, List<AppliedMigration> rows,
                           List<HistoryTable.InvalidIndex> invalid) {
    }

    private record Compared(MigrationCatalog catalog, History history, HistoryComparison comparison) {
    }

    /**
     * The files beside the history, for the goals that only read: the history is read on a second thread while the
     * files are listed, named and checksummed.
     *
     * @param failure the message of a failed read, {@code %s} standing for the database
     */
    private Compared compare(String failure) {
        CompletableFuture<History> reading = inBackground(() -> {
            ConnectionSettings settings = settings();
            try (Session session = Session.open(config, settings)) {
                List<AppliedMigration> rows = session.history().read(session.connection());
                boolean dirty = rows.stream().anyMatch(AppliedMigration::started);
                return new History(settings.describe(), session.history().displayName(), rows,
                        dirty ? session.history().invalidIndexes(session.connection()) : null);
            } catch (SQLException e) {
                throw new DatabaseException(String.format(failure, settings.describe())
                        + Secrets.mask(e.getMessage(), settings.password()), null);
            }
        });
        MigrationCatalog catalog;
        try {
            catalog = MigrationCatalog.load(config);
            catalog.computeChecksums(catalog.upScripts());
        } catch (RuntimeException e) {
            discard(reading);
            throw e;
        }
        History history = await(reading);
        return new Compared(catalog, history, HistoryComparison.of(catalog, history.rows()));
    }

    /** Runs the down scripts of the newest applied versions. */
    public RunResult rollback(RunOptions options) {
        return run(true, options, (session, catalog) -> finishDryRun(
                new Rollback(config, session, listener, parser).rollback(catalog, options, () -> backup(session)),
                options));
    }

    /** Rolls back the newest applied version, then applies it again. */
    public RunResult redo() {
        return run(true, RunOptions.defaults(), (session, catalog) -> {
            RunResult down = new Rollback(config, session, listener, parser).rollback(catalog,
                    RunOptions.defaults().withSteps(1), () -> backup(session), true);
            if (!down.ok() || down.steps().isEmpty()) {
                return down;
            }
            RunOptions up = RunOptions.defaults().withTarget(
                    dev.migrationguard.naming.MigrationVersion.parse(down.steps().get(0).version()));
            return new Migrator(config, session, listener, parser).migrate(catalog, up, () -> { });
        });
    }

    /** Removes failed rows and realigns checksums. */
    public RunResult repair() {
        return run(true, RunOptions.defaults(), (session, catalog) -> new Repair(session, listener).repair(catalog));
    }

    /** Baselines the database (see {@link RunOptions#baselineVersion()} and {@link RunOptions#importFrom()}). */
    public RunResult baseline(RunOptions options) {
        return run(true, options, (session, catalog) -> new Baseline(config, session, listener, parser)
                .baseline(catalog, options));
    }

    /** The connection settings, or a {@link DatabaseException} saying what is missing or conflicting. */
    public ConnectionSettings settings() {
        ConnectionResolver.Resolution r = ConnectionResolver.resolve(config, env);
        if (!r.ok()) {
            throw new DatabaseException(r.error());
        }
        return r.settings();
    }

    @FunctionalInterface
    private interface Goal {
        RunResult run(Session session, MigrationCatalog catalog) throws SQLException;
    }

    /**
     * Runs one goal: the session is opened on a second thread while the files are listed and named; a goal that
     * writes takes the lock and creates the history only once the names are known to be fine.
     */
    private RunResult run(boolean writes, RunOptions options, Goal goal) {
        CompletableFuture<Session> opening = inBackground(() -> Session.open(config, settings()));
        MigrationCatalog catalog;
        try {
            catalog = MigrationCatalog.load(config);
            if (writes && !catalog.foreignChangelogs().isEmpty()) {
                discard(opening);
                return RunResult.refused("nothing was run: these migrations belong to another tool",
                        catalog.foreignChangelogs());
            }
            if (writes && !catalog.blockingProblems().isEmpty()) {
                discard(opening);
                return RunResult.refused("nothing was run: fix the migration names first",
                        catalog.blockingProblems());
            }
            catalog.computeChecksums(catalog.upScripts());
        } catch (RuntimeException e) {
            discard(opening);
            throw e;
        }
        Session session = await(opening);
        try (session) {
            if (writes && !options.dryRun()) {
                session.lockAndCreateHistory(config.lockWaitSeconds());
            }
            RunResult result = goal.run(session, catalog);
            if (result.ok()) {
                session.flushCommits();
            }
            return result;
        } catch (SQLException e) {
            ConnectionSettings settings = session.settings();
            throw new DatabaseException("the run on " + settings.describe() + " stopped: "
                    + Secrets.mask(e.getMessage(), settings.password()) + session.unflushedNote(), null);
        }
    }

    /** Runs {@code work} on a new daemon thread. */
    private static <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, "migration-guard-session");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The background result; its exception (a {@link DatabaseException}) thrown here. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes what the background work opens, whenever it is done; its failure no longer matters. */
    private static void discard(CompletableFuture<?> future) {
        if (future != null) {
            future.whenComplete((result, failure) -> {
                if (result instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        // closing a session nobody uses
                    }
                }
            });
        }
    }

    private RunResult finishDryRun(RunResult r, RunOptions options) {
        if (!options.dryRun() || !r.ok()) {
            return r;
        }
        if (options.output() != null) {
            try {
                Path out = options.output();
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                Files.writeString(out, r.sql(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DatabaseException("cannot write the dry-run SQL to " + options.output() + ": "
                        + e.getMessage());
            }
            listener.line(r.summary() + "; SQL written to " + options.output());
        } else {
            r.sql().lines().forEach(listener::line);
            listener.line(r.summary());
        }
        return r;
    }

    private void backup(Session session) {
        if (config.backup()) {
            Path file = new Backup(config, env).dump(session.settings());
            listener.line("backed up " + session.settings().database() + " to " + file);
        }
    }
}
