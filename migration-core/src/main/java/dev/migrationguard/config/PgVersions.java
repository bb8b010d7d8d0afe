package dev.migrationguard.config;

/** The PostgreSQL major versions the rules know about. */
public final class PgVersions {

    public static final int MIN = 9;
    public static final int MAX = 19;

    private PgVersions() {
    }

    /** Parses {@code 16}, {@code 16.4}, {@code 9.6} (as 9); null when not a supported major version. */
    public static Integer parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        int dot = t.indexOf('.');
        if (dot > 0) {
            t = t.substring(0, dot);
        }
        try {
            int v = Integer.parseInt(t);
            return v >= MIN && v <= MAX ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
