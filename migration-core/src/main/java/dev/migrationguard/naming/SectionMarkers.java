package dev.migrationguard.naming;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the section markers of single-file migrations: dbmate {@code -- migrate:up [transaction:false]} /
 * {@code -- migrate:down}, and goose {@code -- +goose Up} / {@code -- +goose Down} (any case) with
 * {@code -- +goose NO TRANSACTION}.
 */
final class SectionMarkers {

    private static final Pattern DBMATE = Pattern.compile("--\\s*migrate:(up|down)(?:\\s+(.*))?\\s*");
    private static final Pattern IRREVERSIBLE = Pattern.compile("(?m)^[ \\t]*--[ \\t]*migration-guard:irreversible\\b");

    private SectionMarkers() {
    }

    /** DBMATE or GOOSE when the text has a marker of that tool (dbmate first), else null. */
    static NamingScheme styleOf(String text) {
        SectionLayout dbmate = scan(text, NamingScheme.DBMATE);
        if (dbmate.up() != null || dbmate.down() != null) {
            return NamingScheme.DBMATE;
        }
        SectionLayout goose = scan(text, NamingScheme.GOOSE);
        return goose.up() != null || goose.down() != null ? NamingScheme.GOOSE : null;
    }

    /** True when a line of {@code text} is a {@code -- migration-guard:irreversible} marker. */
    static boolean hasIrreversibleMarker(String text) {
        return IRREVERSIBLE.matcher(text).find();
    }

    /** The first up and down markers of {@code style} (DBMATE or GOOSE) in {@code text}. */
    static SectionLayout scan(String text, NamingScheme style) {
        SectionLayout.Marker up = null;
        SectionLayout.Marker down = null;
        boolean noTransaction = false;
        int lineStart = 0;
        int line = 1;
        long bytes = 0;
        int n = text.length();
        while (lineStart < n) {
            int end = lineStart;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < n) {
                next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
            }
            for (int i = lineStart; i < next; i++) {
                bytes += utf8Length(text.charAt(i));
            }
            String content = text.substring(lineStart, end).strip();
            if (content.startsWith("--")) {
                if (style == NamingScheme.DBMATE) {
                    Matcher m = DBMATE.matcher(content);
                    if (m.matches()) {
                        boolean noTx = m.group(2) != null && m.group(2).contains("transaction:false");
                        SectionLayout.Marker marker = new SectionLayout.Marker(lineStart, next, line + 1, bytes, noTx);
                        if (m.group(1).equals("up") && up == null) {
                            up = marker;
                        } else if (m.group(1).equals("down") && down == null) {
                            down = marker;
                        }
                    }
                } else {
                    String cmd = goose(content);
                    SectionLayout.Marker marker = new SectionLayout.Marker(lineStart, next, line + 1, bytes, false);
                    if ("up".equals(cmd) && up == null) {
                        up = marker;
                    } else if ("down".equals(cmd) && down == null) {
                        down = marker;
                    } else if ("no transaction".equals(cmd)) {
                        noTransaction = true;
                    }
                }
            }
            lineStart = next;
            line++;
        }
        return new SectionLayout(style, up, down, noTransaction);
    }

    /** The goose annotation of a comment line, lower case with single spaces ({@code up}, {@code no transaction}). */
    private static String goose(String commentLine) {
        String rest = commentLine.substring(2).strip().toLowerCase(Locale.ROOT);
        if (!rest.startsWith("+goose")) {
            return null;
        }
        return rest.substring("+goose".length()).strip().replaceAll("\\s+", " ");
    }

    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isSurrogate(c) ? 2 : 3;
    }
}
