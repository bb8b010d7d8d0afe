package dev.migrationguard.report;

/** Markdown escaping for text that comes from migration files and findings. */
final class Md {

    private static final String SPECIAL = "\\`*_[]<>|&#~!";

    private Md() {
    }

    /** Plain text on one line: Markdown and HTML punctuation backslash-escaped, so it renders as written. */
    static String text(String s) {
        String one = oneLine(s);
        StringBuilder b = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A code span on one line, fenced with more backticks than it contains; {@code inTable} escapes {@code |}. */
    static String code(String s, boolean inTable) {
        String one = oneLine(s);
        if (inTable) {
            one = one.replace("|", "\\|");
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < one.length(); i++) {
            run = one.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = one.startsWith("`") || one.endsWith("`");
        return fence + (pad ? " " : "") + one + (pad ? " " : "") + fence;
    }

    /** Newlines and tabs as spaces, runs of spaces kept. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
