package dev.migrationguard.hooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.lib.Repository;

/**
 * Opens the repository of a hook run on a second thread, while the main thread reads the recorded state and the
 * configuration: opening (finding the Git directory, reading the repository's and the user's configuration), reading
 * the index file and resolving {@code HEAD} take about as long as the configuration and the rule registry, and
 * neither needs the other.
 *
 * <p>The thread touches only the JDK, JGit and this module's Git classes, none of which refers to the engine, and
 * the main thread touches the engine and the recorded state until it takes the result: no class can wait for the
 * other thread's initialization of a class that waits for it.
 */
final class RepositoryOpening implements AutoCloseable {

    /**
     * What the thread read.
     *
     * @param repo  the repository, or null when the working directory is not inside a work tree
     * @param index the index file as read, null when {@code repo} is null
     */
    record Opened(Repository repo, IndexEntries.Snapshot index) {
    }

    private final FutureTask<Opened> task;
    private boolean taken;

    private RepositoryOpening(FutureTask<Opened> task) {
        this.task = task;
    }

    /** Starts opening the repository that holds {@code workingDir}, honouring Git's environment. */
    static RepositoryOpening start(Path workingDir) {
        FutureTask<Opened> task = new FutureTask<>(() -> {
            GitRuntime.skipSystemConfig();
            Repository repo = GitLocations.open(workingDir, true);
            if (repo == null) {
                return new Opened(null, null);
            }
            try {
                IndexEntries.Snapshot index = IndexEntries.Snapshot.of(repo);
                repo.resolve("HEAD^{tree}"); // reads the refs once: the main thread finds them read
                return new Opened(repo, index);
            } catch (IOException | RuntimeException e) {
                repo.close();
                throw e;
            }
        });
        Thread t = new Thread(task, "migration-guard-open");
        t.setDaemon(true);
        t.start();
        return new RepositoryOpening(task);
    }

    /** Waits for the thread; the caller then owns the repository (closed by {@link #close} too). */
    Opened get() throws IOException {
        taken = true;
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

    /** Closes the repository when the caller never took it (a run that stops before reading the repository). */
    @Override
    public void close() {
        if (taken) {
            return;
        }
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
