package dev.migrationguard.lint;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL does with a column default when a column is added to an existing table. From PostgreSQL 11 a
 * non-volatile default is evaluated once and stored in the catalog (no rewrite); a volatile one ({@code random()},
 * {@code gen_random_uuid()}, {@code clock_timestamp()}, {@code nextval(...)}) is evaluated for every row, which
 * rewrites the table. {@code now()} and {@code CURRENT_TIMESTAMP} are stable, not volatile; only the built-in
 * zero-argument current-time functions count: {@code now(1)} or {@code public.now()} is of unknown volatility.
 */
public final class DefaultExpression {

    /** How a default behaves. */
    public enum Volatility {
        /** Constants, casts, and built-in immutable or stable functions. */
        NON_VOLATILE,
        /** A function known to be volatile. */
        VOLATILE,
        /** Calls a function whose volatility is not known here (user-defined, extension). */
        UNKNOWN
    }

    private static final Pattern CALL = Pattern.compile("([a-z_][a-z0-9_$]*(?:\\.[a-z_][a-z0-9_$]*)?)\\s*\\(");

    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval",
            "setval", "txid_current", "pg_current_xact_id", "random_normal", "gen_random_bytes", "gen_salt",
            "crypt", "setseed");

    /** Built-in functions and keywords followed by a parenthesis that are immutable or stable. */
    private static final Set<String> NON_VOLATILE = Set.of("now", "current_timestamp", "current_date",
            "current_time", "localtimestamp", "localtime", "transaction_timestamp", "statement_timestamp",
            "current_user", "session_user", "current_schema", "current_setting", "cast", "coalesce", "nullif",
            "greatest", "least", "array", "row", "lower", "upper", "trim", "btrim", "ltrim", "rtrim", "concat",
            "length", "substring", "replace", "format", "to_char", "to_date", "to_timestamp", "to_number",
            "date_trunc", "date_part", "extract", "make_date", "make_time", "make_timestamp", "make_timestamptz",
            "make_interval", "interval", "timestamp", "timestamptz", "date", "time", "numeric", "decimal",
            "varchar", "char", "character", "bit", "jsonb_build_object", "json_build_object", "jsonb_build_array",
            "json_build_array", "to_jsonb", "to_json", "array_to_json", "jsonb_object", "json_object",
            "string_to_array", "array_fill", "array_length", "abs", "round", "floor", "ceil", "power", "md5",
            "encode", "decode", "inet", "point", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "tsvector", "to_tsvector", "pg_catalog.now", "uuid_nil", "any", "in", "and", "or", "not",
            "is", "case", "when", "then", "else", "values", "with", "zone", "at");

    private DefaultExpression() {
    }

    /** Classifies a default expression as written; null or blank counts as non-volatile. */
    public static Volatility of(String expression) {
        if (expression == null || expression.isBlank()) {
            return Volatility.NON_VOLATILE;
        }
        String text = stripStrings(expression.toLowerCase(Locale.ROOT));
        Volatility result = Volatility.NON_VOLATILE;
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            boolean userSchema = name.startsWith("public.");
            String bare = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length())
                    : userSchema ? name.substring("public.".length()) : name;
            if (VOLATILE.contains(bare)) {
                return Volatility.VOLATILE;
            }
            // a function of a user schema may share a built-in's name; a built-in time function given arguments it
            // does not take is not the built-in either
            if (userSchema || !NON_VOLATILE.contains(bare) || !argumentsFit(bare, text, m.end())) {
                result = Volatility.UNKNOWN;
            }
        }
        return result;
    }

    /** Current-time functions that take no argument. */
    private static final Set<String> ZERO_ARGUMENT = Set.of("now", "transaction_timestamp", "statement_timestamp");

    /** Current-time keywords that take an optional precision, {@code CURRENT_TIMESTAMP(3)}. */
    private static final Set<String> PRECISION_ONLY = Set.of("current_timestamp", "current_time", "localtimestamp",
            "localtime");

    /**
     * False when a built-in current-time function is called with arguments it does not take: {@code now(1)} or
     * {@code current_timestamp(x)} name some other function (of unknown volatility). {@code open} is the index after
     * the call's opening parenthesis.
     */
    private static boolean argumentsFit(String bare, String text, int open) {
        if (!ZERO_ARGUMENT.contains(bare) && !PRECISION_ONLY.contains(bare)) {
            return true;
        }
        int close = text.indexOf(')', open);
        String args = (close < 0 ? text.substring(open) : text.substring(open, close)).trim();
        return args.isEmpty() || (PRECISION_ONLY.contains(bare) && args.matches("\\d+"));
    }

    /** True for {@code NULL} (any case, optionally cast): a default that changes nothing. */
    public static boolean isNull(String expression) {
        if (expression == null) {
            return true;
        }
        String t = expression.trim().toLowerCase(Locale.ROOT);
        while (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t.equals("null") || t.startsWith("null::") || t.matches("cast\\s*\\(\\s*null\\s+as\\s+.*\\)");
    }

    /** Replaces the contents of single-quoted strings, so {@code 'random()'} is not taken for a call. */
    private static String stripStrings(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                inString = !inString;
                b.append(c);
            } else {
                b.append(inString ? ' ' : c);
            }
        }
        return b.toString();
    }
}
