package dev.migrationguard.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a statement is and does, as the classifier determined it.
 *
 * @param kind    what the statement does; never null
 * @param objects the objects it names, primary target first (CREATE INDEX: the index, then its table; ALTER TABLE: the
 *                table; DROP TABLE a, b: both tables)
 * @param flags   facts about its form
 * @param actions ALTER actions in source order (empty for other kinds)
 * @param columns CREATE TABLE column definitions in source order (empty for other kinds)
 * @param tableConstraints CREATE TABLE table-level constraints (empty for other kinds)
 * @param locks   the table-level locks it takes, strongest first (empty when none: SET, COMMENT on nothing, ...)
 * @param status  how it was understood
 * @param ast     the JSqlParser statement when {@code status == AST}, else null
 */
public record Classification(StatementKind kind, List<ObjectRef> objects, Set<StatementFlag> flags,
                             List<AlterAction> actions, List<ColumnDef> columns,
                             List<ConstraintDef> tableConstraints, List<TableLock> locks, ParseStatus status,
                             net.sf.jsqlparser.statement.Statement ast) {

    /** The first object of the given type. */
    public Optional<ObjectRef> first(ObjectType type) {
        for (ObjectRef o : objects) {
            if (o.type() == type) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The same classification with another status (and no AST). */
    public Classification withStatus(ParseStatus status) {
        return new Classification(kind, objects, flags, actions, columns, tableConstraints, locks, status, null);
    }

    /** The strongest lock, or NONE. */
    public LockLevel strongestLock() {
        return locks.stream().map(TableLock::level).reduce(LockLevel.NONE, LockLevel::max);
    }
}
