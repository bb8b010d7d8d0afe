package dev.migrationguard.sql;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link Classifier} uses JSqlParser.
 *
 * @param useJSqlParser  parse statements with JSqlParser to attach an AST; when false every statement is classified
 *                       from its tokens alone (status {@link ParseStatus#TOKENS})
 * @param parseBudget    the most time one JSqlParser parse may take before it is interrupted
 * @param maxParseLength statements longer than this many characters are not given to JSqlParser (long function
 *                       bodies and data loads gain nothing from it and cost the most)
 */
public record ClassifierOptions(boolean useJSqlParser, Duration parseBudget, int maxParseLength) {

    /** The default JSqlParser time budget per statement. */
    public static final Duration DEFAULT_PARSE_BUDGET = Duration.ofMillis(500);
    /** The default longest statement given to JSqlParser. */
    public static final int DEFAULT_MAX_PARSE_LENGTH = 20_000;

    public ClassifierOptions {
        Objects.requireNonNull(parseBudget, "parseBudget");
        if (parseBudget.isNegative() || parseBudget.isZero()) {
            throw new IllegalArgumentException("parseBudget must be positive, was " + parseBudget);
        }
        if (maxParseLength < 0) {
            throw new IllegalArgumentException("maxParseLength must not be negative, was " + maxParseLength);
        }
    }

    /** JSqlParser on, 500 ms per statement, statements up to 20,000 characters. */
    public static ClassifierOptions defaults() {
        return new ClassifierOptions(true, DEFAULT_PARSE_BUDGET, DEFAULT_MAX_PARSE_LENGTH);
    }

    /** Tokens only: no JSqlParser. */
    public static ClassifierOptions tokensOnly() {
        return new ClassifierOptions(false, DEFAULT_PARSE_BUDGET, DEFAULT_MAX_PARSE_LENGTH);
    }

    public ClassifierOptions withParseBudget(Duration budget) {
        return new ClassifierOptions(useJSqlParser, budget, maxParseLength);
    }

    public ClassifierOptions withMaxParseLength(int length) {
        return new ClassifierOptions(useJSqlParser, parseBudget, length);
    }
}
