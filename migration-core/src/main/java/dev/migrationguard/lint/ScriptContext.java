package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;

/** What a script-level rule sees: the script, its migration, the configuration; and how it reports. */
public interface ScriptContext {

    MigrationGuardConfig config();

    /** The migration the script belongs to. */
    Migration migration();

    /** Up or down. */
    Direction direction();

    /** The script's statements, problems and suppressions. */
    SqlScript script();

    /** Display path of the script's file. */
    default String path() {
        return script().path();
    }

    /**
     * For a down script, the parsed up script of the same migration (its pair); empty for up scripts and when the up
     * script cannot be read.
     */
    default java.util.Optional<SqlScript> pairedUpScript() {
        return java.util.Optional.empty();
    }

    /**
     * True when the rule {@code ruleId} runs on this script (turned on, and checking scripts of this direction). A
     * rule that leaves a problem to another rule of its family asks this first, so the problem is still reported
     * when that rule is off.
     */
    boolean inForce(String ruleId);

    /** Reports a finding at the statement's first token. */
    void report(Statement statement, String message, String help);

    /** Reports a finding at a line and column inside the statement (suppressions of the statement apply). */
    void report(Statement statement, int line, int column, String message, String help);

    /** Reports a finding at an ALTER action of the statement (suppressions of the statement apply). */
    void report(Statement statement, AlterAction action, String message, String help);

    /** Reports a finding at a line and column of the script's file, not tied to a statement. */
    void reportAt(int line, int column, String message, String help);

    /**
     * The schema model as it stands before the statement at {@code statementIndex}: what the up scripts of the
     * earlier migrations built, with this script's earlier statements applied. Built once per run and walked
     * forward; asking for it makes the run read the earlier migrations (the hook reads them only then).
     */
    SchemaModel schemaBefore(int statementIndex);

    /**
     * What this script itself created before the statement at {@code statementIndex}: a model of the script alone,
     * answered without reading earlier migrations.
     */
    SchemaModel scriptBefore(int statementIndex);

    /**
     * True when {@code table} is created by a statement of this script before {@code statementIndex} (so locking it
     * blocks nobody). Unqualified names match any schema.
     */
    default boolean createdEarlierInScript(ObjectRef table, int statementIndex) {
        return table != null && scriptBefore(statementIndex).exists(ObjectType.TABLE, table);
    }

    /**
     * True when an object of {@code type} named {@code ref} (a table, an index, a materialized view, a schema, a
     * type, ...) is created by a statement of this script before {@code statementIndex}.
     */
    default boolean objectCreatedEarlierInScript(ObjectType type, ObjectRef ref, int statementIndex) {
        return ref != null && scriptBefore(statementIndex).exists(type, ref);
    }

    /** Which statements of this script run in a transaction, under the configured transaction mode. */
    default TransactionModel transactions() {
        return TransactionModel.of(script(), config().transactionMode());
    }

    /** Names match when the object names are equal and the schemas are equal or either is unqualified. */
    static boolean sameName(ObjectRef a, ObjectRef b) {
        return SchemaModel.sameName(a, b);
    }
}
