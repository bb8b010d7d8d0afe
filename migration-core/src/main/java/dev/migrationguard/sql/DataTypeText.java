package dev.migrationguard.sql;

import java.util.List;
import java.util.Locale;

/**
 * Normalises a data type written as tokens: unquoted words lower-cased, quoted identifiers kept, one space between
 * words, no space around {@code ( ) [ ] , .}: {@code VARCHAR (255)} becomes {@code varchar(255)},
 * {@code NUMERIC(10, 2)} becomes {@code numeric(10,2)}, {@code Timestamp  WITH TIME ZONE} becomes
 * {@code timestamp with time zone}.
 */
final class DataTypeText {

    private DataTypeText() {
    }

    /** The normalised type of tokens {@code [from, to)}, or null when the range is empty. */
    static String normalise(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (previous != null && needsSpace(previous, t)) {
                b.append(' ');
            }
            b.append(t.type() == TokenType.WORD ? t.text().toLowerCase(Locale.ROOT) : t.text());
            previous = t;
        }
        return b.toString();
    }

    private static boolean needsSpace(Token previous, Token current) {
        if (!wordLike(current)) {
            return false;
        }
        return wordLike(previous) || previous.isSymbol(")") || previous.isSymbol("]");
    }

    private static boolean wordLike(Token t) {
        return switch (t.type()) {
            case WORD, QUOTED_IDENTIFIER, NUMBER, STRING, DOLLAR_STRING, PARAMETER -> true;
            default -> false;
        };
    }
}
