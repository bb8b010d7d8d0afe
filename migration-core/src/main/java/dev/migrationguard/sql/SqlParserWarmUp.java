package dev.migrationguard.sql;

import java.time.Duration;

/**
 * Sets up the SQL parser ahead of the first statement: the parse guard's timer thread and muted loggers (the first
 * logger sets up the JDK's logging) and JSqlParser's classes (its token tables are large). A short-lived process that
 * knows it will parse (the pre-commit hook) runs this on a spare thread while its main thread reads its input. It
 * touches nothing of the engine but the guard, whose set-up needs only the JDK and JSqlParser, so another thread
 * reaching the same classes at most waits for it.
 */
public final class SqlParserWarmUp {

    private SqlParserWarmUp() {
    }

    /** Parses one trivial statement. */
    public static void run() {
        new JSqlParserGuard(Duration.ofSeconds(5)).parse("SELECT 1");
    }
}
