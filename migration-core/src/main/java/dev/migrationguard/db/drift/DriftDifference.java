package dev.migrationguard.db.drift;

/**
 * One object that differs between the database and what its applied migrations build.
 *
 * @param kind     missing, extra or different
 * @param schema   the schema it is in
 * @param object   the object, as the snapshot names it: {@code index users_email_idx}, {@code column users.status}
 * @param expected its definition after the replay of the migrations; empty when {@link Kind#EXTRA}
 * @param actual   its definition in the database; empty when {@link Kind#MISSING}
 */
public record DriftDifference(Kind kind, String schema, String object, String expected, String actual) {

    /** How the object differs. */
    public enum Kind {
        /** The migrations build it; the database lacks it. */
        MISSING,
        /** The database has it; the migrations do not build it. */
        EXTRA,
        /** Both have it, with different definitions. */
        DIFFERENT;

        /** {@code missing in the database}, ... */
        public String phrase() {
            return switch (this) {
                case MISSING -> "missing in the database";
                case EXTRA -> "extra in the database";
                case DIFFERENT -> "different in the database";
            };
        }
    }

    /** The unified diff of the definitions ({@code --- migrations}, {@code +++ database}). */
    public String diff() {
        return UnifiedDiff.of(expected, actual);
    }

    /** {@code extra in the database: index users_email_idx (schema public)}. */
    public String line() {
        return kind.phrase() + ": " + object + " (schema " + schema + ")";
    }
}
