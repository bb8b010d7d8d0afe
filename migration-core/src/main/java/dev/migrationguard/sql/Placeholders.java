package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces {@code ${name}} placeholders the way Flyway does: everywhere in the text, inside strings and identifiers
 * too, before the text is lexed. Values come from the configuration; Flyway's built-in {@code flyway:*} names and
 * this tool's {@code migration-guard:*} names get a neutral stand-in when the configuration has no value for them.
 * Any other name without a value is reported and left as written.
 */
final class Placeholders {

    /**
     * The text after replacement.
     *
     * @param text     the replaced text, to be lexed
     * @param map      maps offsets of {@code text} back to the original file
     * @param problems one {@link SqlProblem.Kind#UNKNOWN_PLACEHOLDER} per unknown placeholder, in text order
     */
    record Result(String text, SourceMap map, List<SqlProblem> problems) {
    }

    private static final Map<String, String> BUILT_IN = Map.of(
            "flyway:defaultschema", "public",
            "flyway:user", "postgres",
            "flyway:database", "postgres",
            "flyway:timestamp", "1970-01-01 00:00:00",
            "flyway:filename", "migration.sql",
            "flyway:workingdirectory", ".",
            "flyway:table", "flyway_schema_history");

    private static final String OWN_PREFIX = "migration-guard:";

    private Placeholders() {
    }

    /** Replaces every known placeholder of {@code original}; {@code values} null means no replacement at all. */
    static Result apply(String original, int firstLine, Map<String, String> values) {
        if (values == null || original.indexOf("${") < 0) {
            return new Result(original, SourceMap.identity(original, firstLine), List.of());
        }
        SourceMap originalPositions = SourceMap.identity(original, firstLine);
        Map<String, String> byLowerName = new HashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null) {
                byLowerName.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        });
        StringBuilder out = new StringBuilder(original.length());
        List<SourceMap.Span> spans = new ArrayList<>();
        List<SqlProblem> problems = new ArrayList<>();
        int copied = 0;
        int from = 0;
        while (true) {
            int open = original.indexOf("${", from);
            if (open < 0) {
                break;
            }
            int nameEnd = open + 2;
            while (nameEnd < original.length() && isNameChar(original.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == open + 2 || nameEnd >= original.length() || original.charAt(nameEnd) != '}') {
                from = open + 2;
                continue;
            }
            String name = original.substring(open + 2, nameEnd);
            int close = nameEnd + 1;
            String value = valueOf(name, values, byLowerName);
            if (value == null) {
                problems.add(new SqlProblem(SqlProblem.Kind.UNKNOWN_PLACEHOLDER, originalPositions.line(open),
                        originalPositions.column(open), "unknown placeholder ${" + name + "}",
                        "define it under placeholders: in .migration-guard.yml or remove it"));
            } else {
                out.append(original, copied, open);
                int lexedStart = out.length();
                out.append(value);
                spans.add(new SourceMap.Span(lexedStart, out.length(), open, close));
                copied = close;
            }
            from = close;
        }
        if (spans.isEmpty()) {
            return new Result(original, SourceMap.identity(original, firstLine), List.copyOf(problems));
        }
        out.append(original, copied, original.length());
        return new Result(out.toString(), SourceMap.withReplacements(original, firstLine, spans),
                List.copyOf(problems));
    }

    /** The configured value (exact name first, then ignoring case), else a built-in stand-in, else null. */
    private static String valueOf(String name, Map<String, String> values, Map<String, String> byLowerName) {
        String value = values.get(name);
        if (value != null) {
            return value;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        value = byLowerName.get(lower);
        if (value != null) {
            return value;
        }
        String builtIn = BUILT_IN.get(lower);
        if (builtIn != null) {
            return builtIn;
        }
        return lower.startsWith(OWN_PREFIX) ? "migration_guard" : null;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == ':' || c == '-';
    }
}
