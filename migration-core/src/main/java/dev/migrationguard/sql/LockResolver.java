package dev.migrationguard.sql;

import static dev.migrationguard.sql.LockLevel.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table-level locks a classified statement takes, following the PostgreSQL manual per command and, for ALTER
 * TABLE, per sub-command (the strongest action wins). Locks are recorded on the objects the statement names; locks
 * on objects it does not name (the table of {@code DROP INDEX i}, the indexes of {@code REINDEX TABLE t}) cannot be
 * known from the text and are not recorded. So the lock of {@code DROP INDEX i}, {@code ALTER INDEX i} and
 * {@code REINDEX INDEX i} is on the index (an object of type INDEX); what prints it names the index's table when
 * the schema model knows the index ({@code lint.risk.LockTarget}). A table created by the statement is not recorded
 * either: no other session can see it before commit.
 */
final class LockResolver {


    /** Storage parameters whose change needs only SHARE UPDATE EXCLUSIVE. */
    private static final Pattern LIGHT_STORAGE_PARAMETER = Pattern.compile(
            "(toast\\.)?(autovacuum_\\w+|fillfactor|toast_tuple_target|parallel_workers|vacuum_index_cleanup"
                    + "|vacuum_truncate|log_autovacuum_min_duration)");
    private static final Pattern PARAMETER_NAME = Pattern.compile("(?:^|,)\\s*([\\w.]+)");

    private static final Set<StatementKind> ROW_EXCLUSIVE_TARGETS = Set.of(StatementKind.INSERT,
            StatementKind.UPDATE, StatementKind.DELETE, StatementKind.MERGE);

    List<TableLock> locks(ClassificationDraft d) {
        Map<ObjectRef, LockLevel> locks = new LinkedHashMap<>();
        List<ObjectRef> objects = d.objects;
        ObjectRef primary = d.primary();
        boolean concurrently = d.flags.contains(StatementFlag.CONCURRENTLY);
        switch (d.kind) {
            case CREATE_TABLE, CREATE_FOREIGN_TABLE -> createTable(d, locks);
            case CREATE_TABLE_AS, CREATE_MATERIALIZED_VIEW, CREATE_VIEW, SELECT -> d.readTables.forEach(t -> put(locks, t,
                    ACCESS_SHARE));
            case CREATE_INDEX -> d.first(ObjectType.TABLE).ifPresent(t -> put(locks, t,
                    concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE));
            case CREATE_TRIGGER -> d.first(ObjectType.TABLE).ifPresent(t -> put(locks, t, SHARE_ROW_EXCLUSIVE));
            case CREATE_POLICY, ALTER_POLICY, DROP_POLICY, CREATE_RULE, DROP_TRIGGER, ALTER_TRIGGER ->
                    d.first(ObjectType.TABLE).ifPresent(t -> put(locks, t, ACCESS_EXCLUSIVE));
            case DROP_OTHER -> {
                if (d.first(ObjectType.RULE).isPresent()) {
                    d.first(ObjectType.TABLE).ifPresent(t -> put(locks, t, ACCESS_EXCLUSIVE));
                }
            }
            case ALTER_TABLE -> alterTable(d, locks);
            case ALTER_INDEX -> alterIndex(d, locks);
            case ALTER_VIEW, ALTER_MATERIALIZED_VIEW -> {
                if (primary != null) {
                    put(locks, primary, ACCESS_EXCLUSIVE);
                }
            }
            case ALTER_SEQUENCE -> {
                if (primary != null) {
                    boolean renameLike = d.actions.stream().anyMatch(a -> a.kind() != AlterActionKind.OTHER);
                    put(locks, primary, renameLike ? ACCESS_EXCLUSIVE : SHARE_ROW_EXCLUSIVE);
                }
            }
            case DROP_TABLE, DROP_VIEW, DROP_MATERIALIZED_VIEW, DROP_SEQUENCE, TRUNCATE ->
                    objects.forEach(o -> put(locks, o, ACCESS_EXCLUSIVE));
            case DROP_INDEX -> objects.forEach(o -> put(locks, o,
                    concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE));
            case INSERT, UPDATE, DELETE, MERGE -> {
                if (primary != null && ROW_EXCLUSIVE_TARGETS.contains(d.kind)) {
                    put(locks, primary, ROW_EXCLUSIVE);
                }
                d.readTables.forEach(t -> put(locks, t, ACCESS_SHARE));
            }
            case COPY -> {
                if (primary != null) {
                    put(locks, primary, isCopyFrom(d) ? ROW_EXCLUSIVE : ACCESS_SHARE);
                }
                d.readTables.forEach(t -> put(locks, t, ACCESS_SHARE));
            }
            case LOCK_TABLE -> objects.forEach(o -> put(locks, o,
                    d.explicitLockMode == null ? ACCESS_EXCLUSIVE : d.explicitLockMode));
            case VACUUM -> objects.forEach(o -> put(locks, o,
                    d.flags.contains(StatementFlag.FULL) ? ACCESS_EXCLUSIVE : SHARE_UPDATE_EXCLUSIVE));
            case ANALYZE -> objects.forEach(o -> put(locks, o, SHARE_UPDATE_EXCLUSIVE));
            case CLUSTER -> d.first(ObjectType.TABLE).ifPresent(t -> put(locks, t, ACCESS_EXCLUSIVE));
            case REINDEX -> reindex(d, locks, concurrently);
            case REFRESH_MATERIALIZED_VIEW -> {
                if (primary != null) {
                    put(locks, primary, concurrently ? EXCLUSIVE : ACCESS_EXCLUSIVE);
                }
            }
            case COMMENT -> {
                ObjectRef relation = objects.stream().filter(o -> o.type() == ObjectType.TABLE
                        || o.type() == ObjectType.VIEW || o.type() == ObjectType.MATERIALIZED_VIEW
                        || o.type() == ObjectType.INDEX || o.type() == ObjectType.SEQUENCE
                        || o.type() == ObjectType.FOREIGN_TABLE).findFirst().orElse(null);
                if (relation != null) {
                    put(locks, relation, SHARE_UPDATE_EXCLUSIVE);
                }
            }
            default -> {
                // no table-level lock of note: SET, GRANT, CREATE FUNCTION, BEGIN, ...
            }
        }
        List<TableLock> result = new ArrayList<>();
        locks.forEach((on, level) -> result.add(new TableLock(level, on)));
        result.sort(Comparator.comparing(TableLock::level).reversed());
        return result;
    }

    private static void createTable(ClassificationDraft d, Map<ObjectRef, LockLevel> locks) {
        ObjectRef created = d.primary();
        for (ObjectRef parent : d.parentTables) {
            // PARTITION OF takes ACCESS EXCLUSIVE on the parent; INHERITS takes SHARE UPDATE EXCLUSIVE
            put(locks, parent, d.flags.contains(StatementFlag.PARTITION_OF) ? ACCESS_EXCLUSIVE
                    : SHARE_UPDATE_EXCLUSIVE);
        }
        for (ColumnDef column : d.columns) {
            column.constraints().forEach(k -> referenced(k, created, locks));
        }
        d.tableConstraints.forEach(k -> referenced(k, created, locks));
    }

    private static void referenced(ConstraintDef constraint, ObjectRef self, Map<ObjectRef, LockLevel> locks) {
        ObjectRef target = constraint.referencedTable();
        if (target != null && !sameName(target, self)) {
            put(locks, target, SHARE_ROW_EXCLUSIVE);
        }
    }

    private static void alterTable(ClassificationDraft d, Map<ObjectRef, LockLevel> locks) {
        ObjectRef table = d.primary();
        if (table == null) {
            return;
        }
        LockLevel strongest = d.actions.isEmpty() ? ACCESS_EXCLUSIVE : NONE;
        for (AlterAction action : d.actions) {
            strongest = strongest.max(alterTableAction(action));
        }
        put(locks, table, strongest);
        for (AlterAction action : d.actions) {
            if (action.constraint() != null && action.constraint().referencedTable() != null
                    && action.constraint().type() == ConstraintType.FOREIGN_KEY
                    && !sameName(action.constraint().referencedTable(), table)) {
                put(locks, action.constraint().referencedTable(), SHARE_ROW_EXCLUSIVE);
            }
            if (action.name() != null && (action.kind() == AlterActionKind.ATTACH_PARTITION
                    || action.kind() == AlterActionKind.DETACH_PARTITION)) {
                LockLevel onPartition = action.kind() == AlterActionKind.ATTACH_PARTITION || !action.concurrently()
                        ? ACCESS_EXCLUSIVE : SHARE_UPDATE_EXCLUSIVE;
                put(locks, AlterStatementReader.split(ObjectType.TABLE, action.name()), onPartition);
            }
            if (action.name() != null && (action.kind() == AlterActionKind.INHERIT
                    || action.kind() == AlterActionKind.NO_INHERIT)) {
                put(locks, AlterStatementReader.split(ObjectType.TABLE, action.name()), SHARE_UPDATE_EXCLUSIVE);
            }
        }
    }

    /** The lock one ALTER TABLE sub-command takes on the altered table. */
    static LockLevel alterTableAction(AlterAction action) {
        return switch (action.kind()) {
            case SET_STATISTICS, SET_COLUMN_OPTIONS, RESET_COLUMN_OPTIONS, VALIDATE_CONSTRAINT, CLUSTER_ON,
                    SET_WITHOUT_CLUSTER, ATTACH_PARTITION -> SHARE_UPDATE_EXCLUSIVE;
            case DETACH_PARTITION -> action.concurrently() || isFinalize(action)
                    ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE;
            case ENABLE_TRIGGER, DISABLE_TRIGGER, ALTER_CONSTRAINT -> SHARE_ROW_EXCLUSIVE;
            case ADD_CONSTRAINT -> action.constraint() != null
                    && action.constraint().type() == ConstraintType.FOREIGN_KEY
                    ? SHARE_ROW_EXCLUSIVE : ACCESS_EXCLUSIVE;
            case SET_STORAGE_PARAMETERS, RESET_STORAGE_PARAMETERS -> storageParameters(action.expression());
            default -> ACCESS_EXCLUSIVE;
        };
    }

    private static boolean isFinalize(AlterAction action) {
        return action.finalizeDetach();
    }

    private static LockLevel storageParameters(String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return ACCESS_EXCLUSIVE;
        }
        Matcher m = PARAMETER_NAME.matcher(parameters.replaceAll("=[^,]*", ""));
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!LIGHT_STORAGE_PARAMETER.matcher(m.group(1).toLowerCase(Locale.ROOT)).matches()) {
                return ACCESS_EXCLUSIVE;
            }
        }
        return any ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE;
    }

    private static void alterIndex(ClassificationDraft d, Map<ObjectRef, LockLevel> locks) {
        ObjectRef index = d.primary();
        if (index == null) {
            return;
        }
        LockLevel strongest = d.actions.isEmpty() ? ACCESS_EXCLUSIVE : NONE;
        for (AlterAction action : d.actions) {
            LockLevel level = switch (action.kind()) {
                // since PostgreSQL 12, renaming an index takes SHARE UPDATE EXCLUSIVE
                case RENAME_TABLE, SET_STATISTICS, ATTACH_PARTITION -> SHARE_UPDATE_EXCLUSIVE;
                case SET_STORAGE_PARAMETERS, RESET_STORAGE_PARAMETERS -> storageParameters(action.expression());
                default -> ACCESS_EXCLUSIVE;
            };
            strongest = strongest.max(level);
        }
        put(locks, index, strongest);
    }

    private static void reindex(ClassificationDraft d, Map<ObjectRef, LockLevel> locks, boolean concurrently) {
        ObjectRef target = d.primary();
        if (target == null) {
            return;
        }
        if (target.type() == ObjectType.TABLE) {
            put(locks, target, concurrently ? SHARE_UPDATE_EXCLUSIVE : SHARE);
        } else if (target.type() == ObjectType.INDEX) {
            put(locks, target, concurrently ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE);
        }
    }

    private static boolean isCopyFrom(ClassificationDraft d) {
        return d.copyFrom;
    }

    private static boolean sameName(ObjectRef a, ObjectRef b) {
        return b != null && a.name().equals(b.name())
                && (a.schema() == null || b.schema() == null || a.schema().equals(b.schema()));
    }

    private static void put(Map<ObjectRef, LockLevel> locks, ObjectRef on, LockLevel level) {
        if (on == null || level == NONE) {
            return;
        }
        locks.merge(on, level, LockLevel::max);
    }
}
