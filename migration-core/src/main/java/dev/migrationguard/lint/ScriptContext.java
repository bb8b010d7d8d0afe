package dev.migrationguard.lint;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Direction;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.util.List;

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
     * The scripts of the migrations before this one, in version order (up scripts only), for rules that need to
     * know what earlier migrations did.
     */
    List<SqlScript> earlierUpScripts();

    /**
     * For a down script, the parsed up script of the same migration (its pair); empty for up scripts and when the up
     * script cannot be read.
     */
    default java.util.Optional<SqlScript> pairedUpScript() {
        return java.util.Optional.empty();
    }

    /** Reports a finding at the statement's first token. */
    void report(Statement statement, String message, String help);

    /** Reports a finding at an ALTER action of the statement (suppressions of the statement apply). */
    void report(Statement statement, AlterAction action, String message, String help);

    /** Reports a finding at a line and column of the script's file, not tied to a statement. */
    void reportAt(int line, int column, String message, String help);

    /**
     * True when {@code table} is created by a statement of this script before {@code statementIndex} (so locking it
     * blocks nobody). Unqualified names match any schema.
     */
    default boolean createdEarlierInScript(ObjectRef table, int statementIndex) {
        for (Statement s : script().statements()) {
            if (s.index() >= statementIndex) {
                break;
            }
            if ((s.kind() == StatementKind.CREATE_TABLE || s.kind() == StatementKind.CREATE_TABLE_AS)
                    && table != null && !s.objects().isEmpty() && sameName(s.objects().get(0), table)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an object of {@code type} named {@code ref} (an index, a materialized view, a schema, a type, ...)
     * is created by a statement of this script before {@code statementIndex}.
     */
    default boolean objectCreatedEarlierInScript(ObjectType type, ObjectRef ref, int statementIndex) {
        if (ref == null) {
            return false;
        }
        for (Statement s : script().statements()) {
            if (s.index() >= statementIndex) {
                break;
            }
            if (s.kind().isCreate() && s.classification().first(type)
                    .filter(o -> sameName(o, ref)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Which statements of this script run in a transaction, under the configured transaction mode. */
    default TransactionModel transactions() {
        return TransactionModel.of(script(), config().transactionMode());
    }

    /** Column types and constraints left by earlier migrations and this script's statements before the index. */
    default SchemaHistory historyBefore(int statementIndex) {
        return SchemaHistory.before(this, statementIndex);
    }

    /** Names match when the object names are equal and the schemas are equal or either is unqualified. */
    static boolean sameName(ObjectRef a, ObjectRef b) {
        return a != null && b != null && a.name() != null && a.name().equals(b.name())
                && (a.schema() == null || b.schema() == null || a.schema().equals(b.schema()));
    }
}
