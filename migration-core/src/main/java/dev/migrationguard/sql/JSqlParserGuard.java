package dev.migrationguard.sql;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * Parses one statement with JSqlParser (PostgreSQL dialect) in the calling thread, within a time budget. When the
 * budget runs out, one shared daemon timer thread sets the parser's {@code interrupted} flag, which the parser checks
 * while parsing expressions; the parse then fails and the statement is left to the token classifier. The flag is not
 * checked everywhere (for example not between the tokens of a long list of plain DDL clauses), so a parse may
 * overrun the budget by the time it takes to reach the next expression. Failures never escape: they are reported as
 * an empty result. JSqlParser's own logging is switched off. Thread-safe.
 */
final class JSqlParserGuard {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "migration-guard-parse-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** Held strongly so that the level set here is not lost when the logger is garbage-collected. */
    private static final Logger PARSER_LOGGER = Logger.getLogger(CCJSqlParser.class.getName());
    private static final Logger LIBRARY_LOGGER = Logger.getLogger("net.sf.jsqlparser");

    static {
        PARSER_LOGGER.setLevel(Level.OFF);
        LIBRARY_LOGGER.setLevel(Level.OFF);
    }

    private final long budgetNanos;

    JSqlParserGuard(Duration budget) {
        this.budgetNanos = Math.max(1, budget.toNanos());
    }

    /** The parse result; {@code timedOut} tells whether the budget stopped it. */
    record Outcome(net.sf.jsqlparser.statement.Statement statement, boolean timedOut, String failure) {

        Optional<net.sf.jsqlparser.statement.Statement> ast() {
            return Optional.ofNullable(statement);
        }
    }

    Outcome parse(String sql) {
        CCJSqlParser parser;
        try {
            parser = CCJSqlParserUtil.newParser(sql).withDialect(AbstractJSqlParser.Dialect.POSTGRESQL);
        } catch (RuntimeException setupFailure) {
            return new Outcome(null, false, String.valueOf(setupFailure.getMessage()));
        }
        ScheduledFuture<?> alarm = TIMER.schedule(() -> {
            parser.interrupted = true;
        }, budgetNanos, TimeUnit.NANOSECONDS);
        try {
            net.sf.jsqlparser.statement.Statement statement = parser.Statement();
            if (parser.interrupted) {
                return new Outcome(null, true, "time budget exceeded");
            }
            return new Outcome(statement, false, null);
        } catch (Exception | StackOverflowError parseFailure) {
            return new Outcome(null, parser.interrupted, firstLine(parseFailure.getMessage()));
        } catch (Error libraryError) {
            if (!libraryError.getClass().getName().startsWith("net.sf.jsqlparser")) {
                throw libraryError;
            }
            return new Outcome(null, parser.interrupted, firstLine(libraryError.getMessage()));
        } finally {
            alarm.cancel(false);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse failed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
