package dev.migrationguard.db.drift;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code drift.ignore} entry: {@code kind:name-glob} ({@code index:*_tmp}, {@code column:audit.*},
 * {@code function:debug_*}) or a bare glob that matches objects of every kind. {@code *} is any run of characters,
 * {@code ?} one character; case matters, as in PostgreSQL's catalogs.
 *
 * @param text the entry as written
 */
public record ObjectPattern(String text, String kind, Pattern name) {

    /** The object kinds of a snapshot key, longest first so that {@code materialized view} wins over {@code view}. */
    private static final List<String> KINDS = List.of("comment on function", "comment on type", "comment on",
            "materialized view", "foreign table", "table", "view", "sequence", "column", "constraint", "index",
            "function", "procedure", "type", "trigger", "extension");

    /** The kinds a pattern may name. */
    public static final List<String> PATTERN_KINDS = List.of("table", "view", "materialized-view", "sequence",
            "foreign-table", "column", "constraint", "index", "function", "procedure", "type", "trigger", "extension",
            "comment");

    /**
     * Parses an entry.
     *
     * @throws IllegalArgumentException naming the entry and the kinds allowed, when the kind is unknown
     */
    public static ObjectPattern parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String kind = null;
        String glob = t;
        if (colon > 0) {
            kind = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            glob = t.substring(colon + 1).strip();
            if (!PATTERN_KINDS.contains(kind)) {
                throw new IllegalArgumentException("drift.ignore entry '" + text + "': unknown object kind '" + kind
                        + "'; use one of " + String.join(", ", PATTERN_KINDS) + ", e.g. index:*_tmp");
            }
        }
        if (glob.isEmpty()) {
            throw new IllegalArgumentException("drift.ignore entry '" + text + "' names no object; write kind:name, "
                    + "e.g. index:*_tmp");
        }
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return new ObjectPattern(text, kind, Pattern.compile(regex.toString()));
    }

    /** True when this pattern matches the snapshot key {@code object} ({@code index users_email_idx}). */
    public boolean matches(String object) {
        String[] split = split(object);
        return (kind == null || kind.equals(split[0])) && name.matcher(split[1]).matches();
    }

    /** The kind (as a pattern writes it) and the name of a snapshot key. */
    static String[] split(String object) {
        for (String k : KINDS) {
            if (object.startsWith(k + " ")) {
                String kind = k.startsWith("comment on") ? "comment" : k.replace(' ', '-');
                return new String[] {kind, object.substring(k.length() + 1)};
            }
        }
        return new String[] {"", object};
    }
}
