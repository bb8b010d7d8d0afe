package dev.migrationguard.lint.risk;

import static dev.migrationguard.lint.Risk.HIGH;
import static dev.migrationguard.lint.Risk.LOW;
import static dev.migrationguard.lint.Risk.MEDIUM;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The risk of one statement, as a table: what the statement does to the rows of an object that existed before the
 * migration ({@link Effect}) against what its strongest lock on such an object makes other sessions wait for
 * ({@link Blocking}). Two rules sit beside the table:
 * <ul>
 *   <li>a statement whose target was created earlier in the same script is low, whatever it does: no other session
 *       can see that object before the migration commits;</li>
 *   <li>a statement with an error finding (after configuration and suppressions) is at least medium: the build
 *       stops on it, so it is never "low".</li>
 * </ul>
 * docs/risk.md shows the same table; a test keeps the two equal.
 */
public final class RiskMatrix {

    /** What a statement does to the rows of its target, from harmless to destructive. */
    public enum Effect {
        INSTANT("changes the catalog or adds rows; no existing row is read"),
        SCAN("reads every row while it holds its lock (validates a constraint, builds an index)"),
        REWRITE("writes a new copy of the table or its indexes"),
        HOLDS("holds its lock until the transaction ends (LOCK TABLE)"),
        SOME_ROWS("changes the rows its WHERE selects"),
        ALL_ROWS("changes or deletes every row"),
        DROPS_DATA("drops a column, table, schema or database with its data"),
        BREAKS_CLIENTS("renames or drops something running code uses"),
        UNKNOWN("not understood, or runs code whose statements are not read (DO, CALL)");

        private final String meaning;

        Effect(String meaning) {
            this.meaning = meaning;
        }

        /** What the effect means, for the documentation. */
        public String meaning() {
            return meaning;
        }
    }

    /** What other sessions wait for while the statement holds its strongest lock on an existing object. */
    public enum Blocking {
        NOTHING("up to ROW EXCLUSIVE, or no lock: reads and writes go on"),
        SCHEMA_CHANGES("SHARE UPDATE EXCLUSIVE: reads and writes go on; other schema changes and VACUUM wait"),
        WRITES("SHARE, SHARE ROW EXCLUSIVE, EXCLUSIVE: writes wait"),
        EVERYTHING("ACCESS EXCLUSIVE: reads and writes wait");

        private final String meaning;

        Blocking(String meaning) {
            this.meaning = meaning;
        }

        /** What the column means, for the documentation. */
        public String meaning() {
            return meaning;
        }

        /**
         * The blocking of {@code level} held on an object of {@code type}. A materialized view is only written by
         * its refresh, so a lock on one that lets reads go on blocks nothing its clients do.
         */
        public static Blocking of(LockLevel level, ObjectType type) {
            if (level == null) {
                return NOTHING;
            }
            if (level == LockLevel.ACCESS_EXCLUSIVE) {
                return EVERYTHING;
            }
            if (type == ObjectType.MATERIALIZED_VIEW || level.compareTo(LockLevel.ROW_EXCLUSIVE) <= 0) {
                return NOTHING;
            }
            return level == LockLevel.SHARE_UPDATE_EXCLUSIVE ? SCHEMA_CHANGES : WRITES;
        }
    }

    private static final Map<Effect, List<Risk>> TABLE = new EnumMap<>(Effect.class);

    static {
        // columns: what the lock blocks:           NOTHING SCHEMA_CHANGES WRITES  EVERYTHING
        TABLE.put(Effect.INSTANT, List.of(          LOW,    LOW,           LOW,    LOW));
        TABLE.put(Effect.SCAN, List.of(             LOW,    LOW,           MEDIUM, HIGH));
        TABLE.put(Effect.REWRITE, List.of(          LOW,    LOW,           MEDIUM, HIGH));
        TABLE.put(Effect.HOLDS, List.of(            LOW,    LOW,           MEDIUM, HIGH));
        TABLE.put(Effect.SOME_ROWS, List.of(        MEDIUM, MEDIUM,        MEDIUM, HIGH));
        TABLE.put(Effect.ALL_ROWS, List.of(         HIGH,   HIGH,          HIGH,   HIGH));
        TABLE.put(Effect.DROPS_DATA, List.of(       HIGH,   HIGH,          HIGH,   HIGH));
        TABLE.put(Effect.BREAKS_CLIENTS, List.of(   MEDIUM, MEDIUM,        MEDIUM, MEDIUM));
        TABLE.put(Effect.UNKNOWN, List.of(          MEDIUM, MEDIUM,        MEDIUM, MEDIUM));
    }

    private RiskMatrix() {
    }

    /** The cell of the table: the risk of {@code effect} on an existing object under {@code blocking}. */
    public static Risk cell(Effect effect, Blocking blocking) {
        return TABLE.get(effect).get(blocking.ordinal());
    }

    /**
     * The risk of a statement.
     *
     * @param effect       what it does to its target's rows
     * @param blocking     what its strongest lock on an existing object blocks
     * @param existing     false when its target was created earlier in the same script
     * @param errorFinding true when an error finding is reported on it
     */
    public static Risk risk(Effect effect, Blocking blocking, boolean existing, boolean errorFinding) {
        Risk r = existing ? cell(effect, blocking) : LOW;
        return errorFinding ? r.max(MEDIUM) : r;
    }

    /** The table in Markdown, as docs/risk.md shows it. */
    public static String markdown() {
        StringBuilder b = new StringBuilder("| what the statement does |");
        for (Blocking blocking : Blocking.values()) {
            b.append(' ').append(header(blocking)).append(" |");
        }
        b.append("\n|---|");
        b.append("---|".repeat(Blocking.values().length)).append('\n');
        for (Effect effect : Effect.values()) {
            b.append("| `").append(effect.name()).append("`: ").append(effect.meaning()).append(" |");
            for (Blocking blocking : Blocking.values()) {
                b.append(' ').append(cell(effect, blocking).label()).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String header(Blocking blocking) {
        return switch (blocking) {
            case NOTHING -> "lock blocks nothing (ROW EXCLUSIVE or weaker)";
            case SCHEMA_CHANGES -> "lock blocks schema changes (SHARE UPDATE EXCLUSIVE)";
            case WRITES -> "lock blocks writes (SHARE to EXCLUSIVE)";
            case EVERYTHING -> "lock blocks reads and writes (ACCESS EXCLUSIVE)";
        };
    }
}
