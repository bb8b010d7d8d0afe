package dev.migrationguard.sql;

/** Lexical classes of PostgreSQL source text. */
public enum TokenType {
    /** Unquoted identifier or keyword; {@link Token#text()} as written. */
    WORD,
    /** Double-quoted identifier, {@code "Users"} (text includes the quotes). */
    QUOTED_IDENTIFIER,
    /** {@code '..'}, {@code E'..'}, {@code B'..'}, {@code X'..'}, {@code U&'..'} (text includes prefix and quotes). */
    STRING,
    /** {@code $$..$$} or {@code $tag$..$tag$} (text includes the delimiters). */
    DOLLAR_STRING,
    /** Integer or decimal literal. */
    NUMBER,
    /** Positional parameter {@code $1}. */
    PARAMETER,
    /** One of {@code ( ) [ ] , . : ::}. */
    PUNCTUATION,
    /** The statement terminator {@code ;}. */
    SEMICOLON,
    /** Operator characters, {@code = <> || ->> ...}. */
    OPERATOR,
    /** {@code -- ...} up to the end of the line (excluded). */
    LINE_COMMENT,
    /** {@code /* ... *}{@code /}, nesting allowed. */
    BLOCK_COMMENT,
    /** A psql meta-command line, {@code \connect db} (backslash to end of line). */
    META_COMMAND,
    /** Inline data after {@code COPY ... FROM stdin;} up to and including the {@code \.} line. */
    COPY_DATA,
    /** Spaces, tabs, newlines. */
    WHITESPACE
}
