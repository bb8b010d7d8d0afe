package dev.migrationguard.sql;

import java.util.List;

/**
 * The text of one statement, for cutting out expressions "as written" between two of its tokens. Token offsets are
 * script offsets; the statement's text starts at {@link RawStatement#startOffset()}. When the offsets do not fit the
 * text (a statement built by hand), the tokens' own texts joined by spaces are used instead.
 */
final class SourceText {

    private final String text;
    private final int base;
    private final List<Token> tokens;

    SourceText(RawStatement statement) {
        this.text = statement.text() == null ? "" : statement.text();
        this.base = statement.startOffset();
        this.tokens = statement.tokens();
    }

    /** Text from the start of {@code first} to the end of {@code last}, both inclusive. */
    String between(Token first, Token last) {
        int from = first.start() - base;
        int to = last.end() - base;
        if (from >= 0 && to <= text.length() && from < to
                && text.startsWith(first.text(), from) && text.startsWith(last.text(), to - last.text().length())) {
            return text.substring(from, to);
        }
        StringBuilder b = new StringBuilder();
        boolean inside = false;
        for (Token t : tokens) {
            if (t == first) {
                inside = true;
            }
            if (inside) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(t.text());
            }
            if (t == last) {
                break;
            }
        }
        return b.toString();
    }
}
