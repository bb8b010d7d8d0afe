package dev.migrationguard.naming;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A migration version: numeric parts compared one by one ({@code 2.10} after {@code 2.9}, {@code 1.10} after
 * {@code 1.9}); missing trailing parts count as zero ({@code 1} equals {@code 1.0}).
 *
 * <p>Parts that fit in a {@code long} (all but absurdly long numbers) are kept and compared as {@code long}s; runners
 * and status compare and hash thousands of versions, so this stays cheap.
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {

    /** Numbers with at most this many digits always fit in a {@code long}. */
    private static final int LONG_DIGITS = 18;

    /** The parts when every one fits in a long, else null. */
    private final long[] small;
    /** The parts when one does not fit in a long, else null. */
    private final BigInteger[] big;
    private final int hash;
    private String text;

    private MigrationVersion(long[] small, BigInteger[] big) {
        this.small = small;
        this.big = big;
        this.hash = computeHash();
    }

    /**
     * A version as a user writes it to name a point in the history ({@code since}): as {@link #parse} reads it, or
     * with Flyway's {@code V} in front ({@code V2_43}). Null when it is no version.
     */
    public static MigrationVersion parseHorizon(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 1 && (t.charAt(0) == 'V' || t.charAt(0) == 'v') && Character.isDigit(t.charAt(1))) {
            t = t.substring(1);
        }
        return parse(t);
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
        return parse(t, 0, t.length());
    }

    /**
     * {@link #parse(String)} of {@code t.substring(from, to)}, which holds no dash, without copying it (every
     * Flyway name of a location comes here).
     */
    static MigrationVersion parse(String t, int from, int to) {
        if (from >= to) {
            return null;
        }
        List<BigInteger> large = null;
        long[] parts = new long[4];
        int count = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == '.' || t.charAt(i) == '_') {
                if (i == start) {
                    return null;
                }
                for (int j = start; j < i; j++) {
                    if (t.charAt(j) < '0' || t.charAt(j) > '9') {
                        return null;
                    }
                }
                int digits = start;
                while (digits < i - 1 && t.charAt(digits) == '0') {
                    digits++;
                }
                if (large == null && i - digits <= LONG_DIGITS) {
                    if (count == parts.length) {
                        long[] grown = new long[count * 2];
                        System.arraycopy(parts, 0, grown, 0, count);
                        parts = grown;
                    }
                    parts[count++] = Long.parseLong(t, digits, i, 10);
                } else {
                    if (large == null) {
                        large = new ArrayList<>();
                        for (int k = 0; k < count; k++) {
                            large.add(BigInteger.valueOf(parts[k]));
                        }
                    }
                    large.add(new BigInteger(t.substring(digits, i)));
                }
                start = i + 1;
            }
        }
        if (large != null) {
            return new MigrationVersion(null, large.toArray(new BigInteger[0]));
        }
        long[] exact = new long[count];
        System.arraycopy(parts, 0, exact, 0, count);
        return new MigrationVersion(exact, null);
    }

    public List<BigInteger> parts() {
        List<BigInteger> list = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            list.add(part(i));
        }
        return Collections.unmodifiableList(list);
    }

    private int size() {
        return small != null ? small.length : big.length;
    }

    private BigInteger part(int i) {
        return small != null ? BigInteger.valueOf(small[i]) : big[i];
    }

    @Override
    public int compareTo(MigrationVersion o) {
        if (small != null && o.small != null) {
            int n = Math.max(small.length, o.small.length);
            for (int i = 0; i < n; i++) {
                long a = i < small.length ? small[i] : 0;
                long b = i < o.small.length ? o.small[i] : 0;
                if (a != b) {
                    return a < b ? -1 : 1;
                }
            }
            return 0;
        }
        int n = Math.max(size(), o.size());
        for (int i = 0; i < n; i++) {
            BigInteger a = i < size() ? part(i) : BigInteger.ZERO;
            BigInteger b = i < o.size() ? o.part(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationVersion v && hash == v.hash && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * A hash of the parts without trailing zeros. Equal versions have the same representation (a part is a
     * {@code BigInteger} only when some part has more than {@value #LONG_DIGITS} significant digits), so equal
     * versions have equal hashes.
     */
    private int computeHash() {
        int end = size();
        while (end > 1 && (small != null ? small[end - 1] == 0 : big[end - 1].signum() == 0)) {
            end--;
        }
        int h = 1;
        for (int i = 0; i < end; i++) {
            h = 31 * h + (small != null ? Long.hashCode(small[i]) : big[i].hashCode());
        }
        return h;
    }

    /** Canonical form: parts joined by dots, {@code 2.31.10}. */
    @Override
    public String toString() {
        String s = text;
        if (s == null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < size(); i++) {
                if (i > 0) {
                    b.append('.');
                }
                b.append(small != null ? Long.toString(small[i]) : big[i].toString());
            }
            s = b.toString();
            text = s;
        }
        return s;
    }
}
