package dev.migrationguard.sql;

/**
 * One lexical token.
 *
 * @param type   lexical class
 * @param text   the exact source text of the token
 * @param start  offset of the first char in the script text (UTF-16 index)
 * @param end    offset after the last char (exclusive)
 * @param line   1-based line of the first char, in file coordinates
 * @param column 1-based column (in code points) of the first char
 */
public record Token(TokenType type, String text, int start, int end, int line, int column) {

    /** True for comments and whitespace. */
    public boolean isTrivia() {
        return type == TokenType.WHITESPACE || type == TokenType.LINE_COMMENT || type == TokenType.BLOCK_COMMENT;
    }

    /** True if this is an unquoted word equal to {@code keyword}, ignoring case. */
    public boolean is(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True if this is punctuation or an operator spelled exactly {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return (type == TokenType.PUNCTUATION || type == TokenType.OPERATOR || type == TokenType.SEMICOLON)
                && text.equals(symbol);
    }

    /**
     * The identifier value PostgreSQL sees: unquoted words fold to lower case, quoted identifiers lose their
     * quotes (doubled quotes collapse); other tokens return their text.
     */
    public String identifier() {
        if (type == TokenType.WORD) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        if (type == TokenType.QUOTED_IDENTIFIER && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }
}
