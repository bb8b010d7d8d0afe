package dev.migrationguard.sql;

/**
 * Something wrong with a script's text found while lexing or splitting it (not a rule finding yet: the lint turns
 * these into findings).
 *
 * @param kind    what went wrong
 * @param line    1-based line in file coordinates
 * @param column  1-based column
 * @param message what is wrong, naming the construct ("unterminated dollar-quoted string $body$ opened here")
 * @param help    one imperative sentence saying what to do
 */
public record SqlProblem(Kind kind, int line, int column, String message, String help) {

    public enum Kind {
        /** Unterminated quote, dollar quote, comment or COPY data; invalid characters. */
        LEXER_ERROR,
        /** A {@code ${name}} placeholder with no value in the configuration. */
        UNKNOWN_PLACEHOLDER,
        /** A {@code -- migration-guard:...} comment that cannot be understood. */
        BAD_DIRECTIVE
    }
}
