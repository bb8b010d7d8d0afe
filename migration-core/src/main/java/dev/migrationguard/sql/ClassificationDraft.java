package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The token classifier's findings for one statement, filled in step by step and then frozen. */
final class ClassificationDraft {

    StatementKind kind = StatementKind.UNKNOWN;
    final List<ObjectRef> objects = new ArrayList<>();
    final Set<StatementFlag> flags = EnumSet.noneOf(StatementFlag.class);
    final List<AlterAction> actions = new ArrayList<>();
    final List<ColumnDef> columns = new ArrayList<>();
    final List<ConstraintDef> tableConstraints = new ArrayList<>();
    /** Tables the statement reads (FROM, JOIN, USING of a data statement), for ACCESS SHARE locks. */
    final Set<ObjectRef> readTables = new LinkedHashSet<>();
    /** Names of the statement's common table expressions (not tables). */
    final Set<String> cteNames = new java.util.HashSet<>();
    /** CREATE TABLE ... PARTITION OF parent / INHERITS (parents). */
    final List<ObjectRef> parentTables = new ArrayList<>();
    /** COPY ... FROM (writes the table) rather than COPY ... TO. */
    boolean copyFrom;
    /** LOCK TABLE ... IN mode MODE. */
    LockLevel explicitLockMode;

    ClassificationDraft kind(StatementKind value) {
        this.kind = value;
        return this;
    }

    void flag(StatementFlag flag) {
        flags.add(flag);
    }

    void flagIf(boolean condition, StatementFlag flag) {
        if (condition) {
            flags.add(flag);
        }
    }

    void object(ObjectRef ref) {
        if (ref != null && !objects.contains(ref)) {
            objects.add(ref);
        }
    }

    java.util.Optional<ObjectRef> first(ObjectType type) {
        return objects.stream().filter(o -> o.type() == type).findFirst();
    }

    ObjectRef primary() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    Classification freeze(List<TableLock> locks, ParseStatus status, net.sf.jsqlparser.statement.Statement ast) {
        Set<StatementFlag> frozenFlags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(flags));
        return new Classification(kind, List.copyOf(objects), frozenFlags, List.copyOf(actions),
                List.copyOf(columns), List.copyOf(tableConstraints), List.copyOf(locks), status, ast);
    }
}
