package dev.migrationguard.naming;

import java.util.Set;

/**
 * Names of Flyway SQL callback scripts ({@code beforeMigrate.sql}, {@code afterEachMigrate__notify.sql}, ...). They
 * live beside migrations, run around Flyway commands, and are neither migrations nor naming mistakes.
 */
final class FlywayCallbacks {

    private static final Set<String> EVENTS = Set.of(
            "beforeConnect", "afterConnect",
            "beforeMigrate", "beforeRepeatables", "beforeEachMigrate", "beforeEachMigrateStatement",
            "afterEachMigrateStatement", "afterEachMigrateStatementError", "afterEachMigrate",
            "afterEachMigrateError", "afterMigrate", "afterMigrateApplied", "afterVersioned", "afterMigrateError",
            "beforeUndo", "beforeEachUndo", "beforeEachUndoStatement", "afterEachUndoStatement",
            "afterEachUndoStatementError", "afterEachUndo", "afterEachUndoError", "afterUndo", "afterUndoError",
            "beforeClean", "afterClean", "afterCleanError",
            "beforeInfo", "afterInfo", "afterInfoError",
            "beforeValidate", "afterValidate", "afterValidateError",
            "beforeBaseline", "afterBaseline", "afterBaselineError",
            "beforeRepair", "afterRepair", "afterRepairError",
            "createSchema", "beforeCreateSchema");

    /** The first letters of the event names. */
    private static final String FIRST_LETTERS = firstLetters();

    private FlywayCallbacks() {
    }

    /** True for {@code <event>} or {@code <event>__<description>}, given the file name without {@code .sql}. */
    static boolean isCallback(String stem) {
        // a name whose first letter starts no event (V1__x) is none, without a look-up
        if (stem.isEmpty() || FIRST_LETTERS.indexOf(stem.charAt(0)) < 0) {
            return false;
        }
        int sep = stem.indexOf("__");
        return EVENTS.contains(sep < 0 ? stem : stem.substring(0, sep));
    }

    private static String firstLetters() {
        StringBuilder letters = new StringBuilder();
        for (String event : EVENTS) {
            if (letters.indexOf(event.substring(0, 1)) < 0) {
                letters.append(event.charAt(0));
            }
        }
        return letters.toString();
    }
}
