package dev.migrationguard.sql;

/** How a statement was understood. */
public enum ParseStatus {
    /** JSqlParser parsed it; the classification was cross-checked against the tokens. */
    AST,
    /** JSqlParser did not parse it (or mis-parsed it); the token classifier gave its kind and objects. */
    FALLBACK,
    /** Neither understood it: kind {@link StatementKind#UNKNOWN}. */
    UNKNOWN
}
