package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL lexer: turns script text into {@link Token}s covering every char of the text, in order.
 *
 * <p>It follows PostgreSQL's rules with {@code standard_conforming_strings} on: plain strings know no backslash
 * escapes, {@code E'..'} strings do; dollar quotes, nested block comments, quoted identifiers, numbers in every
 * notation, maximal-munch operators. It also knows two psql conventions found in migration scripts: a backslash
 * outside any quote starts a {@link TokenType#META_COMMAND} line, and the lines after {@code COPY ... FROM stdin;}
 * up to a line {@code \.} are one {@link TokenType#COPY_DATA} token.
 *
 * <p>The lexer never throws. Unterminated constructs are reported as {@link SqlProblem.Kind#LEXER_ERROR} at the place
 * they open, and the rest of the text becomes that one token. Control characters outside quotes are reported and kept
 * as {@link TokenType#WHITESPACE} so the rest of the text still splits; a NUL anywhere is reported.
 *
 * <p>Runs in time linear in the text length.
 */
public final class Lexer {

    /**
     * The tokens of a text and the problems found while lexing it.
     *
     * @param tokens   every token in order; their texts concatenated give back the lexed text
     * @param problems lexer errors in text order
     */
    public record LexResult(List<Token> tokens, List<SqlProblem> problems) {
    }

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    private static final String NON_ARITHMETIC_OPERATOR_CHARS = "~!@#%^&|`?";

    private final String text;
    private final int length;
    private final SourceMap map;
    private final List<Token> tokens = new ArrayList<>();
    private final List<SqlProblem> problems = new ArrayList<>();
    private int pos;

    /* State of the statement being lexed, to recognise COPY ... FROM STDIN. */
    private int significantCount;
    private boolean copyStatement;
    private boolean previousWasFrom;
    private boolean fromStdin;
    private boolean copyDataPending;

    private Lexer(String text, SourceMap map) {
        this.text = text;
        this.length = text.length();
        this.map = map;
    }

    /**
     * Lexes {@code text}.
     *
     * @param text      the script text (null is treated as empty)
     * @param firstLine the file line of the text's first char (1 for a whole file)
     * @return the tokens and lexer problems; positions in file coordinates
     */
    public static LexResult tokenize(String text, int firstLine) {
        String source = text == null ? "" : text;
        return tokenize(source, SourceMap.identity(source, firstLine));
    }

    /** Lexes {@code text}, reporting offsets and positions through {@code map} (in original file coordinates). */
    static LexResult tokenize(String text, SourceMap map) {
        Lexer lexer = new Lexer(text, map);
        lexer.run();
        return new LexResult(List.copyOf(lexer.tokens), List.copyOf(lexer.problems));
    }

    private void run() {
        while (pos < length) {
            if (copyDataPending && atLineStart()) {
                copyDataPending = false;
                lexCopyData();
            } else {
                lexToken();
            }
        }
    }

    private boolean atLineStart() {
        char previous = text.charAt(pos - 1);
        return previous == '\n' || (previous == '\r' && text.charAt(pos) != '\n');
    }

    private void lexToken() {
        int start = pos;
        char c = text.charAt(pos);
        char next = charAt(pos + 1);
        if (isWhitespace(c)) {
            lexWhitespace();
        } else if (c == '-' && next == '-') {
            lexLineComment();
        } else if (c == '/' && next == '*') {
            lexBlockComment();
        } else if (c == '\'') {
            lexString(start, pos, false);
        } else if (c == '"') {
            lexQuotedIdentifier(start, pos);
        } else if (c == '$') {
            lexDollar();
        } else if (c == '\\') {
            lexMetaCommand();
        } else if (c == ';') {
            pos++;
            emit(TokenType.SEMICOLON, start);
        } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
            pos++;
            emit(TokenType.PUNCTUATION, start);
        } else if (c == ':') {
            lexColon();
        } else if (c == '.') {
            if (isDigit(next)) {
                lexNumber();
            } else {
                pos++;
                emit(TokenType.PUNCTUATION, start);
            }
        } else if (isDigit(c)) {
            lexNumber();
        } else if (isIdentStart(c)) {
            lexWordOrPrefixedLiteral();
        } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
            lexOperator();
        } else if (isControl(c)) {
            lexControlChars();
        } else {
            pos += Character.charCount(text.codePointAt(pos));
            emit(TokenType.OPERATOR, start);
        }
    }

    // ---------------------------------------------------------------- trivia

    private void lexWhitespace() {
        int start = pos;
        while (pos < length && isWhitespace(text.charAt(pos))) {
            char c = text.charAt(pos++);
            if (copyDataPending && (c == '\n' || c == '\r')) {
                if (c == '\r' && pos < length && text.charAt(pos) == '\n') {
                    pos++;
                }
                break;
            }
        }
        emit(TokenType.WHITESPACE, start);
    }

    private void lexLineComment() {
        int start = pos;
        pos = lineEnd(pos);
        emit(TokenType.LINE_COMMENT, start);
    }

    private void lexBlockComment() {
        int start = pos;
        int depth = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            char next = charAt(pos + 1);
            if (c == '/' && next == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && next == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    emit(TokenType.BLOCK_COMMENT, start);
                    return;
                }
            } else {
                pos++;
            }
        }
        unterminated(TokenType.BLOCK_COMMENT, start, "unterminated block comment /* opened here",
                "close it with */ (block comments nest, so each /* needs its own */)");
    }

    private void lexControlChars() {
        int start = pos;
        while (pos < length && isControl(text.charAt(pos))) {
            pos++;
        }
        char first = text.charAt(start);
        problem(start, String.format(Locale.ROOT, "invalid control character U+%04X%s in SQL text", (int) first,
                        first == 0 ? " (NUL)" : ""),
                "remove it; the file may be binary or saved in the wrong encoding");
        emit(TokenType.WHITESPACE, start);
    }

    // ---------------------------------------------------------------- quoted

    /** Lexes a string whose opening quote is at {@code quote}; the token starts at {@code start} (its prefix). */
    private void lexString(int start, int quote, boolean backslashEscapes) {
        pos = quote + 1;
        while (pos < length) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos = Math.min(pos + 2, length);
            } else if (c == '\'') {
                if (charAt(pos + 1) == '\'') {
                    pos += 2;
                } else {
                    pos++;
                    emit(TokenType.STRING, start);
                    return;
                }
            } else {
                pos++;
            }
        }
        String opening = text.substring(start, quote + 1);
        String help = backslashEscapes
                ? "close it with ' (write \\' or '' for a quote inside it)"
                : "close it with ' (write '' for a quote inside it)";
        unterminated(TokenType.STRING, start, "unterminated string literal " + opening + " opened here", help);
    }

    private void lexQuotedIdentifier(int start, int quote) {
        pos = quote + 1;
        while (pos < length) {
            int close = text.indexOf('"', pos);
            if (close < 0) {
                break;
            }
            if (charAt(close + 1) == '"') {
                pos = close + 2;
            } else {
                pos = close + 1;
                emit(TokenType.QUOTED_IDENTIFIER, start);
                return;
            }
        }
        String opening = text.substring(start, quote + 1);
        unterminated(TokenType.QUOTED_IDENTIFIER, start, "unterminated quoted identifier " + opening + " opened here",
                "close it with \" (write \"\" for a quote inside it)");
    }

    private void lexDollar() {
        int start = pos;
        char next = charAt(pos + 1);
        if (isDigit(next)) {
            pos++;
            while (pos < length && isDigit(text.charAt(pos))) {
                pos++;
            }
            emit(TokenType.PARAMETER, start);
            return;
        }
        int tagEnd = pos + 1;
        if (isDollarTagStart(next)) {
            while (tagEnd < length && isDollarTagPart(text.charAt(tagEnd))) {
                tagEnd++;
            }
        }
        if (charAt(tagEnd) != '$') {
            pos++;
            emit(TokenType.OPERATOR, start);
            return;
        }
        String delimiter = text.substring(start, tagEnd + 1);
        int close = text.indexOf(delimiter, tagEnd + 1);
        if (close >= 0) {
            pos = close + delimiter.length();
            emit(TokenType.DOLLAR_STRING, start);
            return;
        }
        unterminated(TokenType.DOLLAR_STRING, start,
                "unterminated dollar-quoted string " + delimiter + " opened here",
                "close it with " + delimiter + " or remove the stray " + delimiter);
    }

    // ---------------------------------------------------------------- words, numbers, operators

    private void lexWordOrPrefixedLiteral() {
        int start = pos;
        char c = text.charAt(pos);
        char next = charAt(pos + 1);
        char lower = Character.toLowerCase(c);
        if (next == '\'') {
            if (lower == 'e') {
                lexString(start, pos + 1, true);
                return;
            }
            if (lower == 'b' || lower == 'x' || lower == 'n') {
                lexString(start, pos + 1, false);
                return;
            }
        }
        if (lower == 'u' && next == '&') {
            char quote = charAt(pos + 2);
            if (quote == '\'') {
                lexString(start, pos + 2, false);
                return;
            }
            if (quote == '"') {
                lexQuotedIdentifier(start, pos + 2);
                return;
            }
        }
        pos++;
        while (pos < length && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        emit(TokenType.WORD, start);
    }

    private void lexNumber() {
        int start = pos;
        char c = text.charAt(pos);
        char radix = Character.toLowerCase(charAt(pos + 1));
        if (c == '0' && (radix == 'x' || radix == 'o' || radix == 'b') && isRadixDigit(charAt(pos + 2), radix)) {
            pos += 2;
            while (pos < length && (isRadixDigit(text.charAt(pos), radix) || text.charAt(pos) == '_')) {
                pos++;
            }
            emit(TokenType.NUMBER, start);
            return;
        }
        skipDigits();
        if (charAt(pos) == '.' && charAt(pos + 1) != '.') {
            pos++;
            skipDigits();
        }
        char e = charAt(pos);
        if (e == 'e' || e == 'E') {
            char sign = charAt(pos + 1);
            if (isDigit(sign)) {
                pos++;
                skipDigits();
            } else if ((sign == '+' || sign == '-') && isDigit(charAt(pos + 2))) {
                pos += 2;
                skipDigits();
            }
        }
        emit(TokenType.NUMBER, start);
    }

    private void skipDigits() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (isDigit(c) || (c == '_' && isDigit(charAt(pos + 1)) && pos > 0 && isDigit(text.charAt(pos - 1)))) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void lexOperator() {
        int start = pos;
        while (pos < length && OPERATOR_CHARS.indexOf(text.charAt(pos)) >= 0) {
            char c = text.charAt(pos);
            char next = charAt(pos + 1);
            if (pos > start && ((c == '-' && next == '-') || (c == '/' && next == '*'))) {
                break;
            }
            pos++;
        }
        // PostgreSQL: a multi-char operator may end in + or - only if it also holds one of ~ ! @ # % ^ & | ` ?
        boolean special = false;
        for (int i = start; i < pos; i++) {
            if (NON_ARITHMETIC_OPERATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
                special = true;
                break;
            }
        }
        if (!special) {
            while (pos - start > 1 && (text.charAt(pos - 1) == '+' || text.charAt(pos - 1) == '-')) {
                pos--;
            }
        }
        emit(TokenType.OPERATOR, start);
    }

    private void lexColon() {
        int start = pos;
        char next = charAt(pos + 1);
        if (next == ':') {
            pos += 2;
            emit(TokenType.PUNCTUATION, start);
        } else if (next == '=') {
            pos += 2;
            emit(TokenType.OPERATOR, start);
        } else {
            pos++;
            emit(TokenType.PUNCTUATION, start);
        }
    }

    // ---------------------------------------------------------------- psql

    private void lexMetaCommand() {
        int start = pos;
        pos = lineEnd(pos);
        emit(TokenType.META_COMMAND, start);
    }

    private void lexCopyData() {
        int start = pos;
        int lineStart = pos;
        while (lineStart < length) {
            int end = lineEnd(lineStart);
            if (end - lineStart == 2 && text.charAt(lineStart) == '\\' && text.charAt(lineStart + 1) == '.') {
                pos = end;
                emit(TokenType.COPY_DATA, start);
                return;
            }
            lineStart = nextLineStart(end);
        }
        unterminated(TokenType.COPY_DATA, start, "unterminated COPY data opened here (no line \\. ends it)",
                "end the data with a line holding only \\.");
    }

    // ---------------------------------------------------------------- output

    private void unterminated(TokenType type, int start, String message, String help) {
        problem(start, message, help);
        pos = length;
        emit(type, start);
    }

    private void emit(TokenType type, int start) {
        int originalStart = map.toOriginal(start, false);
        int originalEnd = map.toOriginal(pos, true);
        Token token = new Token(type, text.substring(start, pos), originalStart, originalEnd,
                map.line(originalStart), map.column(originalStart));
        tokens.add(token);
        if (type != TokenType.WHITESPACE) {
            reportNul(start, pos);
        }
        track(token);
    }

    private void reportNul(int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\0') {
                problem(i, "invalid NUL character (U+0000) in SQL text",
                        "remove it; the file may be binary or saved in the wrong encoding");
                return;
            }
        }
    }

    private void problem(int lexedOffset, String message, String help) {
        int original = map.toOriginal(lexedOffset, false);
        problems.add(new SqlProblem(SqlProblem.Kind.LEXER_ERROR, map.line(original), map.column(original), message,
                help));
    }

    /** Follows statement boundaries to detect {@code COPY ... FROM STDIN;}. */
    private void track(Token token) {
        if (token.isTrivia()) {
            return;
        }
        if (token.type() == TokenType.SEMICOLON) {
            copyDataPending = copyStatement && fromStdin;
            resetStatement();
            return;
        }
        if (token.type() == TokenType.META_COMMAND) {
            resetStatement();
            return;
        }
        if (significantCount == 0) {
            copyStatement = token.is("COPY");
        } else if (copyStatement) {
            if (previousWasFrom && token.is("STDIN")) {
                fromStdin = true;
            }
            previousWasFrom = token.is("FROM");
        }
        significantCount++;
    }

    private void resetStatement() {
        significantCount = 0;
        copyStatement = false;
        previousWasFrom = false;
        fromStdin = false;
    }

    // ---------------------------------------------------------------- chars

    private char charAt(int index) {
        return index < length ? text.charAt(index) : '\0';
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int nextLineStart(int lineEnd) {
        if (lineEnd >= length) {
            return length;
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && !isWhitespace(c)) || c == 0x7F;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRadixDigit(char c, char radix) {
        return switch (radix) {
            case 'x' -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'o' -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isDollarTagStart(char c) {
        return isIdentStart(c);
    }

    private static boolean isDollarTagPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
