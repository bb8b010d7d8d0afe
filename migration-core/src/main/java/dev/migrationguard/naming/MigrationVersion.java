package dev.migrationguard.naming;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A migration version: numeric parts compared one by one ({@code 2.10} after {@code 2.9}, {@code 1.10} after
 * {@code 1.9}); missing trailing parts count as zero ({@code 1} equals {@code 1.0}).
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {

    private final List<BigInteger> parts;

    private MigrationVersion(List<BigInteger> parts) {
        this.parts = Collections.unmodifiableList(parts);
    }

    /**
     * Parses {@code 2.31.10}, {@code 2_31_10}, {@code 20250801000030} or {@code 2025-08-01-000030} (dashes are
     * dropped: one number). Returns null when {@code text} is not such a version.
     */
    public static MigrationVersion parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String t = text.indexOf('-') >= 0 ? text.replace("-", "") : text;
        List<BigInteger> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '.' || t.charAt(i) == '_') {
                if (i == start) {
                    return null;
                }
                String p = t.substring(start, i);
                for (int j = 0; j < p.length(); j++) {
                    if (p.charAt(j) < '0' || p.charAt(j) > '9') {
                        return null;
                    }
                }
                parts.add(new BigInteger(p));
                start = i + 1;
            }
        }
        return parts.isEmpty() ? null : new MigrationVersion(parts);
    }

    public List<BigInteger> parts() {
        return parts;
    }

    @Override
    public int compareTo(MigrationVersion o) {
        int n = Math.max(parts.size(), o.parts.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < o.parts.size() ? o.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int end = parts.size();
        while (end > 1 && parts.get(end - 1).signum() == 0) {
            end--;
        }
        return Objects.hash(parts.subList(0, end).toArray());
    }

    /** Canonical form: parts joined by dots, {@code 2.31.10}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(parts.get(i));
        }
        return b.toString();
    }
}
