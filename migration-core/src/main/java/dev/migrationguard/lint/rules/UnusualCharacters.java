package dev.migrationguard.lint.rules;

import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Characters that look like SQL punctuation or white space but are not, found where PostgreSQL reads code (outside
 * strings, quoted names, dollar quotes and comments): PostgreSQL reads every character above U+007F as a letter, so a
 * no-break space, a zero-width space, a byte order mark, a typographic quote or a dash there becomes part of a name.
 * They come from word processors, chat tools and web pages, and most of them are invisible or look like what they
 * replace.
 */
final class UnusualCharacters {

    /** What such a character is mistaken for, with the fix. */
    enum Kind {
        SPACE("not white space", "replace it with a plain space"),
        INVISIBLE("invisible", "delete it (an editor that shows invisible characters finds it)"),
        SINGLE_QUOTE("not a quote", "write strings between straight single quotes: 'text'"),
        DOUBLE_QUOTE("not a quote", "write quoted names between straight double quotes (\"Name\") and strings "
                + "between straight single quotes ('text')"),
        DASH("not a minus sign", "use the ASCII hyphen-minus: - for minus, -- for a comment");

        private final String problem;
        private final String help;

        Kind(String problem, String help) {
            this.problem = problem;
            this.help = help;
        }

        /** What the character is not, e.g. {@code not a quote}. */
        String problem() {
            return problem;
        }

        String help() {
            return help;
        }
    }

    /**
     * One such character where it was found.
     *
     * @param codePoint the character
     * @param kind      what it is mistaken for
     * @param line      its 1-based line in the file
     * @param column    its 1-based column
     */
    record Found(int codePoint, Kind kind, int line, int column) {

        /** {@code U+00A0 NO-BREAK SPACE at 100:46}. */
        String describe() {
            return code(codePoint) + " " + name(codePoint) + " at " + line + ":" + column;
        }
    }

    private UnusualCharacters() {
    }

    /** What {@code c} is mistaken for, or null for a character that is not one of these. */
    static Kind kind(int c) {
        switch (c) {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0xFF07 -> {
                return Kind.SINGLE_QUOTE;
            }
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB, 0xFF02 -> {
                return Kind.DOUBLE_QUOTE;
            }
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D -> {
                return Kind.DASH;
            }
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E -> {
                return Kind.INVISIBLE;
            }
            default -> {
                if (c > 0x7F && (Character.getType(c) == Character.SPACE_SEPARATOR
                        || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
                    return Kind.SPACE;
                }
                return null;
            }
        }
    }

    /** The unusual characters where PostgreSQL reads code in {@code s}, in file order. */
    static List<Found> in(Statement s) {
        List<Found> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.type() == TokenType.STRING || t.type() == TokenType.DOLLAR_STRING
                    || t.type() == TokenType.QUOTED_IDENTIFIER || t.type() == TokenType.COPY_DATA
                    || t.type() == TokenType.META_COMMAND || t.isTrivia()) {
                continue;
            }
            String text = t.text();
            int line = t.line();
            int column = t.column();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                Kind kind = kind(c);
                if (kind != null) {
                    out.add(new Found(c, kind, line, column));
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column += Character.charCount(c);
                }
                i += Character.charCount(c);
            }
        }
        return out;
    }

    /** {@code U+00A0}. */
    static String code(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** The Unicode name, {@code NO-BREAK SPACE}, or the code point when Java does not know one. */
    static String name(int c) {
        String name = Character.getName(c);
        return name == null ? code(c) : name;
    }

    /** {@code text} with every unusual character written as {@code <U+00A0>}, so that an excerpt shows it. */
    static String visible(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (kind(c) != null) {
                b.append('<').append(code(c)).append('>');
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** True when {@code text} holds nothing but white space and unusual characters. */
    static boolean blank(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && kind(c) == null) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * {@code U+2013 EN DASH at 2:20 is not a minus sign, and PostgreSQL reads it as part of a name}, naming the first
     * of {@code found} and, in parentheses, up to two more.
     */
    static String explain(List<Found> found) {
        Found first = found.get(0);
        return first.describe() + " is " + first.kind().problem() + ", and PostgreSQL reads it as part of a name"
                + also(found);
    }

    /** {@code  (also: U+2019 RIGHT SINGLE QUOTATION MARK at 3:30 and 1 more)}, or empty for one character. */
    static String also(List<Found> found) {
        if (found.size() < 2) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < Math.min(3, found.size()); i++) {
            parts.add(found.get(i).describe());
        }
        int more = found.size() - 1 - parts.size();
        return " (also: " + String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "") + ")";
    }

    /** The fixes of the kinds in {@code found}, once each, as one sentence. */
    static String help(List<Found> found) {
        Set<String> out = new LinkedHashSet<>();
        for (Found f : found) {
            out.add(f.kind().help());
        }
        return String.join("; ", out);
    }
}
