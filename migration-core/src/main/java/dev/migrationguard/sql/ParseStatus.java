package dev.migrationguard.sql;

/** How a statement was understood. */
public enum ParseStatus {
    /** JSqlParser parsed it; the classification was cross-checked against the tokens. */
    AST,
    /** JSqlParser did not parse it (or mis-parsed it); the token classifier gave its kind and objects. */
    FALLBACK,
    /**
     * Classified from its tokens without asking JSqlParser (the lint's default: no rule reads the AST, so parsing
     * with JSqlParser changes no finding; {@code parseCheck} turns the cross-check on).
     */
    TOKENS,
    /** Neither understood it: kind {@link StatementKind#UNKNOWN}. */
    UNKNOWN
}
