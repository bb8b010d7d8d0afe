package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A read position over the significant tokens of one statement, with the look-ahead helpers the classifier needs:
 * keyword sequences, qualified names, balanced parentheses and source text between tokens.
 */
final class TokenCursor {

    private final List<Token> tokens;
    private final SourceText source;
    private final int end;
    private int pos;

    TokenCursor(List<Token> tokens, SourceText source) {
        this(tokens, source, 0, tokens.size());
    }

    private TokenCursor(List<Token> tokens, SourceText source, int start, int end) {
        this.tokens = tokens;
        this.source = source;
        this.pos = start;
        this.end = end;
    }

    /** A cursor over tokens {@code [from, to)} of the same statement. */
    TokenCursor slice(int from, int to) {
        return new TokenCursor(tokens, source, from, to);
    }

    /** All tokens of the statement (indexes are shared with {@link #position()}). */
    List<Token> tokens() {
        return tokens;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        pos = Math.max(0, Math.min(position, end));
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    /** The token at the cursor, or null at the end. */
    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i >= 0 && i < end ? tokens.get(i) : null;
    }

    Token token(int index) {
        return index >= 0 && index < end ? tokens.get(index) : null;
    }

    /** Consumes and returns the token at the cursor (null at the end). */
    Token next() {
        return atEnd() ? null : tokens.get(pos++);
    }

    void skip(int count) {
        seek(pos + count);
    }

    /** True when the next tokens are the given keywords, in order. */
    boolean is(String... words) {
        for (int i = 0; i < words.length; i++) {
            Token t = peek(i);
            if (t == null || !t.is(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** True when the next token is one of the given keywords. */
    boolean isAny(String... words) {
        Token t = peek();
        if (t == null) {
            return false;
        }
        for (String w : words) {
            if (t.is(w)) {
                return true;
            }
        }
        return false;
    }

    /** Consumes the keyword sequence if it is next. */
    boolean accept(String... words) {
        if (is(words)) {
            pos += words.length;
            return true;
        }
        return false;
    }

    boolean isSymbol(String symbol) {
        Token t = peek();
        return t != null && t.isSymbol(symbol);
    }

    boolean acceptSymbol(String symbol) {
        if (isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** True when the next token can be an identifier (an unquoted word or a quoted identifier). */
    boolean isName() {
        Token t = peek();
        return t != null && (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER);
    }

    /** Consumes one identifier and returns its resolved value, or null when none is next. */
    String name() {
        if (!isName()) {
            return null;
        }
        return next().identifier();
    }

    /**
     * Consumes a possibly qualified name ({@code a}, {@code s.a}, {@code db.s.a}) and returns it as an object of the
     * given type, or null when no name is next. A trailing {@code *} (inheritance marker) is consumed too.
     */
    ObjectRef qualifiedName(ObjectType type) {
        List<String> parts = nameParts();
        if (parts.isEmpty()) {
            return null;
        }
        if (isSymbol("*")) {
            pos++;
        }
        String objectName = parts.get(parts.size() - 1);
        String schema = parts.size() >= 2 ? parts.get(parts.size() - 2) : null;
        return new ObjectRef(type, schema, objectName);
    }

    /**
     * Consumes {@code name [, name ...]} (each possibly qualified, each possibly followed by a parenthesised argument
     * list that is skipped) and returns the names; stops at the first token that does not continue the list.
     */
    List<ObjectRef> qualifiedNameList(ObjectType type) {
        List<ObjectRef> refs = new ArrayList<>();
        while (true) {
            ObjectRef ref = qualifiedName(type);
            if (ref == null) {
                break;
            }
            refs.add(ref);
            skipParenthesized();
            if (!acceptSymbol(",")) {
                break;
            }
        }
        return refs;
    }

    /** Consumes a dotted name {@code a.b.c} and returns its resolved parts; empty when no name is next. */
    List<String> nameParts() {
        List<String> parts = new ArrayList<>();
        String first = name();
        if (first == null) {
            return parts;
        }
        parts.add(first);
        while (isSymbol(".") && peek(1) != null
                && (peek(1).type() == TokenType.WORD || peek(1).type() == TokenType.QUOTED_IDENTIFIER)) {
            pos++;
            parts.add(name());
        }
        return parts;
    }

    /** If the cursor is at {@code (}, moves past the matching {@code )} and returns true. */
    boolean skipParenthesized() {
        if (!isSymbol("(")) {
            return false;
        }
        int close = matchingClose(pos);
        pos = close < 0 ? end : close + 1;
        return true;
    }

    /** Index of the {@code )} matching the {@code (} at {@code open}, or -1 when unbalanced. */
    int matchingClose(int open) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Index of the first keyword {@code word} at parenthesis depth 0 from the cursor, or -1. */
    int findTopLevel(String word) {
        return findTopLevel(pos, word);
    }

    int findTopLevel(int from, String word) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** True when some token from the cursor to the end is the keyword {@code word}, at any depth. */
    boolean containsAnywhere(String word) {
        for (int i = pos; i < end; i++) {
            if (tokens.get(i).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** Splits {@code [from, to)} at commas of depth 0; returns {from, to} index pairs. */
    List<int[]> splitTopLevel(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.isSymbol(",")) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /** The source text of tokens {@code [from, to)} as written (comments inside kept), or null when empty. */
    String text(int from, int to) {
        if (from >= to || from < 0 || to > end) {
            return null;
        }
        return source.between(tokens.get(from), tokens.get(to - 1));
    }
}
