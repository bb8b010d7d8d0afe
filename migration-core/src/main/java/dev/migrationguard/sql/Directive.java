package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code migration-guard:} directive read from one comment: {@code ignore <ids> <reason>},
 * {@code ignore-file <ids> <reason>}, {@code irreversible <reason>} or {@code no-op <reason>}.
 *
 * @param kind    which directive
 * @param ruleIds the rule ids named (empty for {@code irreversible} and {@code no-op})
 * @param reason  the trimmed free text after the ids; empty when none was given
 */
record Directive(Kind kind, Set<String> ruleIds, String reason) {

    enum Kind { IGNORE, IGNORE_FILE, IRREVERSIBLE, NO_OP }

    /**
     * What a comment holds: no directive at all ({@link #NONE}), a directive, or a malformed one with the message and
     * help to report.
     */
    record Parsed(Directive directive, String message, String help) {

        static final Parsed NONE = new Parsed(null, null, null);

        boolean isDirective() {
            return directive != null;
        }

        boolean isBad() {
            return message != null;
        }
    }

    private static final String PREFIX = "migration-guard:";
    private static final String IGNORE_FORM = "-- migration-guard:ignore <rule-id>[,<rule-id>...] <reason>";
    private static final String IGNORE_FILE_FORM = "-- migration-guard:ignore-file <rule-id>[,<rule-id>...] <reason>";
    private static final String IRREVERSIBLE_FORM = "-- migration-guard:irreversible <reason>";
    private static final String NO_OP_FORM = "-- migration-guard:no-op <reason>";

    /** Reads the directive of a line or block comment token's text, if it has one. */
    static Parsed parse(String commentText) {
        String body = body(commentText);
        if (!body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Parsed.NONE;
        }
        String rest = body.substring(PREFIX.length());
        int wordEnd = 0;
        while (wordEnd < rest.length() && !Character.isWhitespace(rest.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = rest.substring(0, wordEnd).toLowerCase(Locale.ROOT);
        String arguments = rest.substring(wordEnd);
        switch (word) {
            case "ignore":
                return ignore(Kind.IGNORE, arguments, commentText, IGNORE_FORM);
            case "ignore-file":
                return ignore(Kind.IGNORE_FILE, arguments, commentText, IGNORE_FILE_FORM);
            case "irreversible":
                return new Parsed(new Directive(Kind.IRREVERSIBLE, Set.of(), arguments.strip()), null, null);
            case "no-op":
                return new Parsed(new Directive(Kind.NO_OP, Set.of(), arguments.strip()), null, null);
            case "":
                return new Parsed(null, "missing directive after migration-guard: in comment "
                        + abbreviate(commentText),
                        "write it as " + suggestion(word));
            default:
                return new Parsed(null, "unknown directive migration-guard:" + rest.substring(0, wordEnd)
                        + " in comment " + abbreviate(commentText), "write it as " + suggestion(word));
        }
    }

    private static Parsed ignore(Kind kind, String arguments, String commentText, String form) {
        Set<String> ids = new LinkedHashSet<>();
        int i = skipSpaces(arguments, 0);
        while (true) {
            int start = i;
            while (i < arguments.length() && !Character.isWhitespace(arguments.charAt(i))
                    && arguments.charAt(i) != ',') {
                i++;
            }
            String id = arguments.substring(start, i);
            if (id.isEmpty()) {
                return new Parsed(null, "missing rule id in comment " + abbreviate(commentText),
                        "write it as " + form);
            }
            if (!isRuleId(id)) {
                return new Parsed(null, "rule id \"" + id + "\" is not kebab-case in comment "
                        + abbreviate(commentText),
                        "write it as " + form + ", with ids like ban-drop-column");
            }
            ids.add(id);
            int afterId = skipSpaces(arguments, i);
            if (afterId < arguments.length() && arguments.charAt(afterId) == ',') {
                i = skipSpaces(arguments, afterId + 1);
            } else {
                return new Parsed(new Directive(kind, Set.copyOf(ids), arguments.substring(i).strip()), null, null);
            }
        }
    }

    private static boolean isRuleId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String suggestion(String word) {
        List<String> forms = new ArrayList<>();
        if (distance(word, "ignore-file") <= 2 || word.startsWith("ignore-")) {
            forms.add(IGNORE_FILE_FORM);
        } else if (distance(word, "ignore") <= 2) {
            forms.add(IGNORE_FORM);
        } else if (distance(word, "irreversible") <= 3) {
            forms.add(IRREVERSIBLE_FORM);
        } else if (distance(word, "no-op") <= 2) {
            forms.add(NO_OP_FORM);
        }
        if (forms.isEmpty()) {
            return IGNORE_FORM + ", " + IGNORE_FILE_FORM + ", " + IRREVERSIBLE_FORM + " or " + NO_OP_FORM;
        }
        return forms.get(0);
    }

    /** Text of a comment without its delimiters and leading decoration ({@code ---}, {@code /**}, spaces). */
    private static String body(String commentText) {
        String body;
        if (commentText.startsWith("--")) {
            body = commentText.substring(2);
        } else if (commentText.startsWith("/*")) {
            int end = commentText.endsWith("*/") && commentText.length() >= 4 ? commentText.length() - 2
                    : commentText.length();
            body = commentText.substring(2, end);
        } else {
            body = commentText;
        }
        int i = 0;
        while (i < body.length() && (body.charAt(i) == '-' || body.charAt(i) == '*'
                || Character.isWhitespace(body.charAt(i)))) {
            i++;
        }
        return body.substring(i);
    }

    private static String abbreviate(String commentText) {
        String oneLine = commentText.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Levenshtein distance, for suggesting the intended directive. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
