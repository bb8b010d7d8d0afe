package dev.migrationguard.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column type as written, reduced to PostgreSQL's canonical name and its modifiers: {@code character varying(40)}
 * becomes {@code varchar} with modifier 40, {@code int4} becomes {@code integer}, {@code timestamp(3) without time
 * zone} becomes {@code timestamp} with modifier 3, {@code pg_catalog.text[]} becomes an array of {@code text}.
 *
 * @param name      canonical lower-case name ({@code varchar}, {@code integer}, {@code timestamptz}, ...); for a
 *                  type the table does not know, the written name without modifiers
 * @param modifiers the numbers in parentheses ({@code numeric(10,2)}: 10 and 2); empty when none
 * @param array     {@code []} or {@code ARRAY} given
 */
public record ColumnType(String name, List<Integer> modifiers, boolean array) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("varchar", "varchar"),
            Map.entry("character", "char"), Map.entry("char", "char"), Map.entry("bpchar", "char"),
            Map.entry("nchar", "char"), Map.entry("national character", "char"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("serial", "serial"), Map.entry("serial4", "serial"),
            Map.entry("smallserial", "smallserial"), Map.entry("serial2", "smallserial"),
            Map.entry("bigserial", "bigserial"), Map.entry("serial8", "bigserial"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamptz", "timestamptz"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time", "time"), Map.entry("time without time zone", "time"),
            Map.entry("timetz", "timetz"), Map.entry("time with time zone", "timetz"),
            Map.entry("bit varying", "varbit"), Map.entry("varbit", "varbit"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"));

    /** Parses a type as the classifier normalised it; null for null or blank input. */
    public static ColumnType parse(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        ColumnType known = PARSED.get(written);
        if (known != null) {
            return known;
        }
        ColumnType parsed = read(written);
        if (PARSED.size() < PARSED_LIMIT) {
            PARSED.put(written, parsed);
        }
        return parsed;
    }

    /** Types already parsed: a project writes a few dozen types thousands of times, and several rules ask. */
    private static final java.util.concurrent.ConcurrentHashMap<String, ColumnType> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 10_000;

    /**
     * Type names PostgreSQL's catalog (or its serial shorthand) knows by exactly this name, so a quoted identifier
     * spelling them ({@code "serial"}, {@code "bpchar"(50)}, {@code "int4"}) is the same type. SQL keywords that are
     * not catalog names ({@code "integer"}, {@code "character varying"}) and {@code "char"} (the one-byte internal
     * type, not {@code char(n)}) are other, unknown, types when quoted.
     */
    private static final java.util.Set<String> CATALOG_NAMES = java.util.Set.of("pg_catalog", "serial", "serial4",
            "smallserial", "serial2", "bigserial", "serial8", "varchar", "bpchar", "int2", "int4", "int8", "float4",
            "float8", "bool", "numeric", "timestamp", "timestamptz", "time", "timetz", "varbit", "bit", "text",
            "json", "jsonb", "uuid", "date", "interval", "bytea", "inet", "cidr", "money", "xml", "oid");

    private static ColumnType read(String written) {
        String t = unquoteCatalogNames(written.trim()).toLowerCase(Locale.ROOT);
        boolean array = false;
        while (t.endsWith("]")) {
            int open = t.lastIndexOf('[');
            if (open < 0) {
                break;
            }
            t = t.substring(0, open).trim();
            array = true;
        }
        if (t.endsWith(" array")) {
            t = t.substring(0, t.length() - " array".length()).trim();
            array = true;
        }
        List<Integer> modifiers = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int depth = 0;
        StringBuilder arg = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
                arg.setLength(0);
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                addModifier(modifiers, arg);
                words.append(' ');
            } else if (depth > 0) {
                if (c == ',') {
                    addModifier(modifiers, arg);
                } else {
                    arg.append(c);
                }
            } else {
                words.append(c);
            }
        }
        String base = collapseSpaces(words);
        if (base.startsWith("pg_catalog.")) {
            base = base.substring("pg_catalog.".length());
        }
        return new ColumnType(ALIASES.getOrDefault(base, base), List.copyOf(modifiers), array);
    }

    /**
     * The type with quoted identifiers that spell a catalog type name exactly replaced by the bare name; other quoted
     * identifiers stay quoted (so no alias matches them).
     */
    private static String unquoteCatalogNames(String t) {
        if (t.indexOf('"') < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '"') {
                b.append(c);
                i++;
                continue;
            }
            int close = t.indexOf('"', i + 1);
            while (close > 0 && close + 1 < t.length() && t.charAt(close + 1) == '"') {
                close = t.indexOf('"', close + 2);
            }
            if (close < 0) {
                b.append(t, i, t.length());
                break;
            }
            String inner = t.substring(i + 1, close);
            b.append(CATALOG_NAMES.contains(inner) ? inner : t.substring(i, close + 1));
            i = close + 1;
        }
        return b.toString();
    }

    /** The text with runs of whitespace made one space, trimmed. */
    private static String collapseSpaces(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void addModifier(List<Integer> modifiers, StringBuilder arg) {
        String a = arg.toString().trim();
        arg.setLength(0);
        if (!a.isEmpty()) {
            try {
                modifiers.add(Integer.parseInt(a));
            } catch (NumberFormatException e) {
                // a non-numeric modifier (e.g. interval fields): not a length
            }
        }
    }

    /** {@code serial}, {@code smallserial} or {@code bigserial} (any spelling), not an array. */
    public boolean isSerial() {
        return !array && (name.equals("serial") || name.equals("smallserial") || name.equals("bigserial"));
    }

    /**
     * True when changing a column from {@code from} to {@code to} needs neither a table rewrite nor an index rebuild
     * in PostgreSQL: the same type with a wider or removed length or precision ({@code varchar(n)} to
     * {@code varchar(m)}, m &gt;= n, or to {@code varchar}; {@code numeric(p,s)} to {@code numeric(q,s)}, q &gt;= p, or
     * to {@code numeric}; {@code varbit}, {@code timestamp}, {@code timestamptz}, {@code time}, {@code timetz},
     * {@code interval} precision), or a binary-coercible pair ({@code varchar} to {@code text}, {@code text} to
     * {@code varchar} without length, {@code cidr} to {@code inet}).
     */
    public static boolean rewriteFree(ColumnType from, ColumnType to) {
        if (from == null || to == null || from.array != to.array) {
            return false;
        }
        if (from.name.equals(to.name)) {
            return switch (from.name) {
                case "varchar", "varbit", "timestamp", "timestamptz", "time", "timetz", "interval" ->
                        to.modifiers.isEmpty() || (!from.modifiers.isEmpty()
                                && to.modifiers.get(0) >= from.modifiers.get(0));
                case "numeric" -> to.modifiers.isEmpty() || (from.modifiers.size() >= 1
                        && to.modifiers.get(0) >= from.modifiers.get(0)
                        && scale(to) == scale(from));
                default -> from.modifiers.equals(to.modifiers);
            };
        }
        if (from.name.equals("varchar") && to.name.equals("text")) {
            return true;
        }
        if (from.name.equals("text") && to.name.equals("varchar")) {
            return to.modifiers.isEmpty();
        }
        return from.name.equals("cidr") && to.name.equals("inet");
    }

    private static int scale(ColumnType numeric) {
        return numeric.modifiers.size() >= 2 ? numeric.modifiers.get(1) : 0;
    }

    /** The type as PostgreSQL would print it, e.g. {@code varchar(40)}, {@code integer[]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name);
        if (!modifiers.isEmpty()) {
            b.append('(');
            for (int i = 0; i < modifiers.size(); i++) {
                b.append(i == 0 ? "" : ",").append(modifiers.get(i));
            }
            b.append(')');
        }
        return array ? b.append("[]").toString() : b.toString();
    }
}
