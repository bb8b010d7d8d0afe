package dev.migrationguard.lint;

import dev.migrationguard.naming.ScriptRef;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads and parses the scripts of a run on all cores, a bounded number ahead of the one being checked, and hands
 * them over in the run's order: the rules see the same scripts in the same order as a sequential run, and no more
 * than the window of parsed scripts is held at once.
 */
final class ParseAhead implements AutoCloseable {

    /** Scripts parsed ahead per core. */
    private static final int AHEAD_PER_CORE = 32;

    private final List<ScriptRef> refs;
    private final Function<ScriptRef, Object> read;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Object>> window = new ArrayDeque<>();
    private final int ahead;
    private int submitted;

    /**
     * @param refs the scripts, in the order they will be taken
     * @param read    reads and parses one script; must be safe to call from several threads
     * @param threads how many threads parse; 1 parses each script in the calling thread when it is taken
     */
    ParseAhead(List<ScriptRef> refs, Function<ScriptRef, Object> read, int threads) {
        this.refs = refs;
        this.read = read;
        int cores = Math.max(1, threads);
        this.ahead = AHEAD_PER_CORE * cores;
        this.pool = refs.size() < 2 || cores == 1 ? null : Executors.newFixedThreadPool(cores, runnable -> {
            Thread t = new Thread(runnable, "migration-guard-parse");
            t.setDaemon(true);
            return t;
        });
        fill();
    }

    /** The next script's result, in order: what {@code read} returned for it. */
    Object next() {
        if (pool == null) {
            return read.apply(refs.get(submitted++));
        }
        Future<Object> f = window.poll();
        fill();
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing migrations", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void fill() {
        if (pool == null) {
            return;
        }
        while (window.size() < ahead && submitted < refs.size()) {
            ScriptRef ref = refs.get(submitted++);
            window.add(pool.submit(() -> read.apply(ref)));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
