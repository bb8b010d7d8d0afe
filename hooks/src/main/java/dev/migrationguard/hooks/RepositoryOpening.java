package dev.migrationguard.hooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.lib.Repository;

/**
 * Opens the repository of a hook run on a second thread, while the main thread reads the recorded state and the
 * configuration and names the staged files: opening (finding the Git directory, reading the repository's and the
 * user's configuration) and resolving {@code HEAD} take about as long as the configuration and the rule registry, and
 * neither needs the other.
 *
 * <p>The thread touches only the JDK, JGit and this module's Git classes, none of which refers to the engine, and
 * the main thread touches the engine and the recorded state until it takes the result: no class can wait for the
 * other thread's initialization of a class that waits for it. The repository is closed with this object.
 */
final class RepositoryOpening implements AutoCloseable, RepositorySource {

    /**
     * What the thread read.
     *
     * @param repo  the repository, or null when the working directory is not inside a work tree
     * @param index the index file as read, null when {@code repo} is null or the index was not to be read
     */
    record Opened(Repository repo, IndexEntries.Snapshot index) {
    }

    private final FutureTask<Opened> task;

    private RepositoryOpening(FutureTask<Opened> task) {
        this.task = task;
    }

    /**
     * Starts opening the repository that holds {@code workingDir}, honouring Git's environment.
     *
     * @param readIndex also read its index file (false when the caller reads it itself)
     */
    static RepositoryOpening start(Path workingDir, boolean readIndex) {
        return start(workingDir, readIndex, System.getenv());
    }

    /** Same, honouring the Git variables of {@code environment} (the hook run's). */
    static RepositoryOpening start(Path workingDir, boolean readIndex, Map<String, String> environment) {
        FutureTask<Opened> task = new FutureTask<>(new Open(workingDir, readIndex, environment));
        Thread t = new Thread(task, "migration-guard-open");
        t.setDaemon(true);
        t.start();
        return new RepositoryOpening(task);
    }

    /** What the thread does (a class, not a lambda: linking a lambda costs a fresh JVM method handle classes). */
    private static final class Open implements Callable<Opened> {
        private final Path workingDir;
        private final boolean readIndex;
        private final Map<String, String> environment;

        Open(Path workingDir, boolean readIndex, Map<String, String> environment) {
            this.workingDir = workingDir;
            this.readIndex = readIndex;
            this.environment = environment;
        }

        @Override
        public Opened call() throws IOException {
            GitRuntime.skipSystemConfig();
            Repository repo = GitLocations.open(workingDir, environment);
            if (repo == null) {
                return new Opened(null, null);
            }
            try {
                IndexEntries.Snapshot index = readIndex ? IndexEntries.Snapshot.of(repo) : null;
                repo.resolve("HEAD^{tree}"); // reads the refs once: the main thread finds them read
                return new Opened(repo, index);
            } catch (IOException | RuntimeException e) {
                repo.close();
                throw e;
            }
        }
    }

    /** Waits for the thread. */
    Opened get() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the repository", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** The repository (waits for it); an error when the working directory is in none. */
    @Override
    public Repository repository() throws IOException {
        Repository repo = get().repo();
        if (repo == null) {
            throw new IOException("not inside a Git work tree");
        }
        return repo;
    }

    /** Waits for the thread and closes the repository it opened. */
    @Override
    public void close() {
        try {
            Opened opened = get();
            if (opened.repo() != null) {
                opened.repo().close();
            }
        } catch (IOException | RuntimeException e) {
            // the run already ended without the repository; nothing to report
        }
    }
}
