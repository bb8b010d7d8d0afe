package dev.migrationguard.sql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parenthesised utility option list, {@code (FULL false, VERBOSE, PARALLEL 4)}, as VACUUM, ANALYZE, CLUSTER,
 * REINDEX and EXPLAIN take it: each option a name and an optional value. PostgreSQL reads a boolean option given
 * without a value as true, and {@code true}/{@code on}/{@code 1} or {@code false}/{@code off}/{@code 0} (bare or
 * quoted) as its value.
 */
public final class OptionList {

    private final Map<String, String> options;

    private OptionList(Map<String, String> options) {
        this.options = options;
    }

    /** Reads the text inside the parentheses (null or blank: no options). */
    public static OptionList parse(String inside) {
        Map<String, String> options = new LinkedHashMap<>();
        if (inside != null) {
            for (String part : inside.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                String[] nameAndValue = p.split("\\s+", 2);
                options.put(nameAndValue[0].toLowerCase(Locale.ROOT),
                        nameAndValue.length < 2 ? null : nameAndValue[1].trim());
            }
        }
        return new OptionList(options);
    }

    /**
     * True when boolean option {@code name} is given and on: without a value, or with a value PostgreSQL reads as
     * true; false when it is absent or off. A value that is not a boolean counts as on (PostgreSQL refuses the
     * statement anyway).
     */
    public boolean isOn(String name) {
        if (!options.containsKey(name)) {
            return false;
        }
        String value = options.get(name);
        if (value == null) {
            return true;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            v = v.substring(1, v.length() - 1).trim();
        }
        return !(v.equals("false") || v.equals("off") || v.equals("0"));
    }
}
