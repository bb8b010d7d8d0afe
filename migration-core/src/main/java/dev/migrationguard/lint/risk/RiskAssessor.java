package dev.migrationguard.lint.risk;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.DefaultExpression;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.risk.RiskMatrix.Blocking;
import dev.migrationguard.lint.risk.RiskMatrix.Effect;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.schema.ScriptTimeline;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.ConstraintDef;
import dev.migrationguard.sql.ConstraintType;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementFlag;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.TableLock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives every statement a risk class, whether or not a rule fires on it, by reading three facts off the statement and
 * looking them up in {@link RiskMatrix}: what it does to its target's rows ({@link Effect}), what its strongest lock
 * on an object that existed before the script blocks ({@link Blocking}), and whether its target was created earlier
 * in the script; an error finding on the statement makes it at least medium. A script's risk is its riskiest
 * statement's (docs/risk.md).
 *
 * <p>Objects created earlier in the script are read from a model of the script alone; the schema model of the
 * earlier migrations is asked only for what the script cannot tell: the table of an index it did not create, the
 * old type of a column whose type changes, a validated NOT NULL check before SET NOT NULL.
 */
public final class RiskAssessor {

    private final int pgVersion;

    public RiskAssessor(int pgVersion) {
        this.pgVersion = pgVersion;
    }

    /** The risk of {@code script} on its own: no earlier migrations, no findings. */
    public ScriptRisk assess(SqlScript script) {
        return script == null ? ScriptRisk.NONE : assess(script, ScriptTimeline.alone(script), List.of());
    }

    /**
     * The risk of each statement of {@code script} and of the whole script.
     *
     * @param script   the script
     * @param schema   the schema model before each of its statements (asked only for indexes and column types the
     *                 script itself does not tell); null for the script alone
     * @param findings the findings reported on the script's file, after configuration and suppressions
     */
    public ScriptRisk assess(SqlScript script, ScriptTimeline schema, List<Finding> findings) {
        if (script == null || script.statements().isEmpty()) {
            return ScriptRisk.NONE;
        }
        ScriptTimeline alone = ScriptTimeline.alone(script);
        ScriptTimeline all = schema == null ? alone : schema;
        Map<Integer, String> errors = errorRules(script, findings == null ? List.of() : findings);
        List<StatementRisk> out = new ArrayList<>();
        Risk max = Risk.LOW;
        List<Statement> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            int at = i;
            Statement s = statements.get(i);
            StatementRisk r = assess(s, new Before(alone.before(at), () -> all.before(at)), errors.get(s.index()));
            out.add(r);
            max = max.max(r.risk());
        }
        return new ScriptRisk(max, List.copyOf(out));
    }

    /** The models before one statement: the script's own (cheap) and the whole schema's (asked when needed). */
    private static final class Before {
        final SchemaModel script;
        private final Supplier<SchemaModel> all;
        private SchemaModel allModel;

        Before(SchemaModel script, Supplier<SchemaModel> all) {
            this.script = script;
            this.all = all;
        }

        SchemaModel all() {
            if (allModel == null) {
                allModel = all.get();
            }
            return allModel;
        }

        /**
         * A lock on an index moved to the index's table: from the script's own model first, the whole schema's only
         * when the script did not create the index. Other locks as they are, without asking the whole schema.
         */
        TableLock onTable(TableLock lock) {
            if (lock.on().type() != ObjectType.INDEX) {
                return lock;
            }
            TableLock moved = LockTarget.onTable(lock, script);
            return moved != lock ? moved : LockTarget.onTable(lock, all());
        }

        /** True when {@code ref} was created earlier in the script (an index: or its table was). */
        boolean isNew(ObjectRef ref) {
            if (ref == null || ref.name() == null) {
                return false;
            }
            if (ref.type() == ObjectType.INDEX) {
                if (script.exists(ObjectType.INDEX, ref)) {
                    return true;
                }
                TableLock moved = onTable(new TableLock(LockLevel.ACCESS_SHARE, ref));
                return moved.on().type() == ObjectType.TABLE && script.exists(ObjectType.TABLE, moved.on());
            }
            return script.exists(ref.type(), ref);
        }

        boolean allNew(List<ObjectRef> refs) {
            if (refs.isEmpty()) {
                return false;
            }
            for (ObjectRef r : refs) {
                if (!isNew(r)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What a statement does, in words, and the objects whose newness makes it harmless. */
    private record Judgement(Effect effect, String what, List<ObjectRef> targets) {
    }

    private StatementRisk assess(Statement s, Before before, String errorRule) {
        TableLock shown = null;
        TableLock strongestOnNew = null;
        for (TableLock l : s.classification().locks()) {
            if (l == null || l.level() == LockLevel.NONE || l.on() == null) {
                continue;
            }
            TableLock moved = before.onTable(l);
            if (before.isNew(moved.on()) || before.isNew(l.on())) {
                strongestOnNew = stronger(strongestOnNew, moved);
            } else {
                shown = stronger(shown, moved);
            }
        }
        Blocking blocking = shown == null ? Blocking.NOTHING : Blocking.of(shown.level(), shown.on().type());
        Judgement j = judge(s, before, blocking);
        boolean existing = !before.allNew(j.targets());
        Risk risk = RiskMatrix.risk(j.effect(), blocking, existing, errorRule != null);
        StringBuilder reason = new StringBuilder(j.what());
        if (!existing) {
            reason.append("; ").append(names(j.targets())).append(j.targets().size() == 1 ? " was" : " were")
                    .append(" created earlier in this script");
        } else {
            reason.append(qualifier(j.effect(), blocking));
        }
        if (errorRule != null && RiskMatrix.risk(j.effect(), blocking, existing, false) != risk) {
            reason.append("; error[").append(errorRule).append(']');
        }
        boolean lockKnown = j.effect() != Effect.UNKNOWN || !s.classification().locks().isEmpty();
        return new StatementRisk(s.index(), s.line(), risk, shown != null ? shown : strongestOnNew, lockKnown,
                reason.toString());
    }

    /** How long the lock is held, when the lock blocks writes: the words that explain the cell of the matrix. */
    private static String qualifier(Effect effect, Blocking blocking) {
        if (blocking.compareTo(Blocking.WRITES) < 0) {
            return "";
        }
        return switch (effect) {
            case INSTANT -> ", lock held briefly";
            case SCAN -> ", reading every row under the lock";
            case REWRITE -> ", rewriting the table under the lock";
            case HOLDS -> ", lock held until the transaction ends";
            default -> "";
        };
    }

    private static TableLock stronger(TableLock a, TableLock b) {
        return a == null || b.level().compareTo(a.level()) > 0 ? b : a;
    }

    // ---------------------------------------------------------------- what each statement does

    private Judgement judge(Statement s, Before before, Blocking blocking) {
        ObjectRef table = s.table().orElse(null);
        List<ObjectRef> objects = objects(s);
        boolean concurrently = s.has(StatementFlag.CONCURRENTLY);
        String also = concurrently ? " concurrently" : "";
        StatementKind k = s.kind();
        switch (k) {
            case CREATE_TABLE:
                return s.has(StatementFlag.PARTITION_OF)
                        ? new Judgement(Effect.INSTANT, "creates partition " + name(table), List.of())
                        : new Judgement(Effect.INSTANT, "creates table " + name(table), List.of());
            case CREATE_INDEX:
                return new Judgement(Effect.SCAN, "builds index " + name(first(s, ObjectType.INDEX)) + also,
                        table == null ? List.of() : List.of(table));
            case DROP_INDEX:
                return new Judgement(Effect.INSTANT, "drops index " + names(objects) + also, objects);
            case DROP_TABLE:
                return new Judgement(Effect.DROPS_DATA, "drops table " + names(objects), objects);
            case DROP_SCHEMA:
                return new Judgement(Effect.DROPS_DATA, "drops schema " + names(objects), objects);
            case DROP_DATABASE:
                return new Judgement(Effect.DROPS_DATA, "drops database " + names(objects), List.of());
            case TRUNCATE:
                return new Judgement(Effect.ALL_ROWS, "empties " + names(objects), objects);
            case UPDATE, DELETE:
                return rows(s, table);
            case MERGE:
                return new Judgement(Effect.SOME_ROWS, "merges rows into " + name(table), targets(table));
            case INSERT:
                return new Judgement(Effect.INSTANT, "inserts rows into " + name(table), targets(table));
            case COPY:
                return new Judgement(Effect.INSTANT, "copies rows of " + name(table), targets(table));
            case ALTER_TABLE:
                return alterTable(s, table, before, blocking);
            case REINDEX: {
                ObjectRef target = s.objects().isEmpty() ? null : s.objects().get(0);
                String what = target != null && target.type() == ObjectType.INDEX ? "rebuilds index " + name(target)
                        : "rebuilds the indexes of " + name(target);
                return new Judgement(Effect.SCAN, what + also, targets(target));
            }
            case CLUSTER:
                return new Judgement(Effect.REWRITE, "clusters " + name(table), targets(table));
            case VACUUM:
                return s.has(StatementFlag.FULL)
                        ? new Judgement(Effect.REWRITE, "vacuums " + namesOr(objects, "every table") + " FULL",
                        objects)
                        : new Judgement(Effect.SCAN, "vacuums " + namesOr(objects, "every table"), objects);
            case ANALYZE:
                return new Judgement(Effect.SCAN, "analyzes " + namesOr(objects, "every table"), objects);
            case LOCK_TABLE:
                return new Judgement(Effect.HOLDS, "locks " + names(objects), objects);
            case REFRESH_MATERIALIZED_VIEW:
                return new Judgement(Effect.REWRITE, "refreshes materialized view " + names(objects) + also, objects);
            case ALTER_INDEX:
                return alterIndex(s, objects);
            case ALTER_VIEW, ALTER_MATERIALIZED_VIEW, ALTER_SEQUENCE, ALTER_SCHEMA, ALTER_TYPE, ALTER_DOMAIN,
                 ALTER_FUNCTION:
                return renames(s)
                        ? new Judgement(Effect.BREAKS_CLIENTS, "renames " + described(objects), objects)
                        : new Judgement(Effect.INSTANT, "alters " + described(objects), objects);
            case DROP_VIEW, DROP_MATERIALIZED_VIEW, DROP_SEQUENCE, DROP_TYPE, DROP_DOMAIN, DROP_FUNCTION,
                 DROP_PROCEDURE, DROP_TRIGGER:
                return new Judgement(Effect.BREAKS_CLIENTS, "drops " + described(objects), objects);
            case DO:
                return new Judgement(Effect.UNKNOWN, "runs a DO block, whose statements are not read", List.of());
            case CALL:
                return new Judgement(Effect.UNKNOWN, "calls a procedure, whose statements are not read", List.of());
            case UNKNOWN:
                return new Judgement(Effect.UNKNOWN, "not understood as PostgreSQL", List.of());
            case SELECT:
                return new Judgement(Effect.INSTANT, "runs a query", List.of());
            default:
                return new Judgement(Effect.INSTANT, other(k, objects), List.of());
        }
    }

    private static Judgement rows(Statement s, ObjectRef table) {
        String verb = s.kind() == StatementKind.UPDATE ? "updates" : "deletes";
        return s.has(StatementFlag.HAS_WHERE)
                ? new Judgement(Effect.SOME_ROWS, verb + " the rows of " + name(table) + " its WHERE selects",
                targets(table))
                : new Judgement(Effect.ALL_ROWS, verb + " every row of " + name(table), targets(table));
    }

    private Judgement alterTable(Statement s, ObjectRef table, Before before, Blocking blocking) {
        List<ObjectRef> targets = targets(table);
        if (s.actions().isEmpty()) {
            return new Judgement(Effect.UNKNOWN, "alters " + name(table) + " in a way not read", targets);
        }
        Judgement best = null;
        for (AlterAction a : s.actions()) {
            Effect effect = action(a, table, before);
            if (best == null
                    || RiskMatrix.cell(effect, blocking).compareTo(RiskMatrix.cell(best.effect(), blocking)) > 0) {
                best = new Judgement(effect, actionText(a, table, before), targets);
            }
        }
        return best;
    }

    /** The effect of one ALTER TABLE action on the table's rows. */
    private Effect action(AlterAction a, ObjectRef table, Before before) {
        return switch (a.kind()) {
            case DROP_COLUMN -> Effect.DROPS_DATA;
            case ADD_COLUMN -> addColumn(a.columnDef()).effect;
            case ALTER_COLUMN_TYPE -> rewriteFree(a, table, before) ? Effect.INSTANT : Effect.REWRITE;
            case SET_NOT_NULL -> provenNotNull(a, table, before) ? Effect.INSTANT : Effect.SCAN;
            case DROP_NOT_NULL, RENAME_COLUMN, RENAME_TABLE, SET_SCHEMA -> Effect.BREAKS_CLIENTS;
            case ADD_CONSTRAINT -> addConstraint(a.constraint()) ? Effect.SCAN : Effect.INSTANT;
            case VALIDATE_CONSTRAINT, ATTACH_PARTITION -> Effect.SCAN;
            case SET_TABLESPACE, SET_LOGGED, SET_UNLOGGED, SET_ACCESS_METHOD -> Effect.REWRITE;
            default -> Effect.INSTANT;
        };
    }

    /** The words for one ALTER TABLE action. */
    private String actionText(AlterAction a, ObjectRef table, Before before) {
        String col = "column " + (a.columnName() == null ? "(unnamed)" : a.columnName());
        return switch (a.kind()) {
            case DROP_COLUMN -> "drops " + col;
            case ADD_COLUMN -> addColumn(a.columnDef()).what;
            case ALTER_COLUMN_TYPE -> "changes the type of " + col
                    + (rewriteFree(a, table, before) ? " without a rewrite" : "");
            case SET_NOT_NULL -> "sets NOT NULL on " + col
                    + (provenNotNull(a, table, before) ? ", proven by a validated CHECK" : "");
            case DROP_NOT_NULL -> "drops NOT NULL of " + col;
            case RENAME_COLUMN -> "renames " + col + (a.newName() == null ? "" : " to " + a.newName());
            case RENAME_TABLE -> "renames table " + name(table) + (a.newName() == null ? "" : " to " + a.newName());
            case SET_SCHEMA -> "moves table " + name(table) + " to another schema";
            case ADD_CONSTRAINT -> constraintText(a.constraint());
            case VALIDATE_CONSTRAINT -> "validates constraint " + orUnnamed(a.name());
            case DROP_CONSTRAINT -> "drops constraint " + orUnnamed(a.name());
            case ATTACH_PARTITION -> "attaches partition " + orUnnamed(a.name());
            case DETACH_PARTITION -> "detaches partition " + orUnnamed(a.name())
                    + (a.concurrently() ? " concurrently" : "");
            case SET_TABLESPACE -> "moves " + name(table) + " to another tablespace";
            case SET_LOGGED -> "makes " + name(table) + " LOGGED";
            case SET_UNLOGGED -> "makes " + name(table) + " UNLOGGED";
            case SET_ACCESS_METHOD -> "changes the access method of " + name(table);
            case SET_DEFAULT -> "sets the default of " + col;
            case DROP_DEFAULT -> "drops the default of " + col;
            default -> "alters " + name(table) + ": " + a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private record Added(Effect effect, String what) {
    }

    private Added addColumn(ColumnDef c) {
        if (c == null) {
            return new Added(Effect.INSTANT, "adds a column");
        }
        ColumnType type = ColumnType.parse(c.dataType());
        String name = c.name();
        if (type != null && type.isSerial()) {
            return new Added(Effect.REWRITE, "adds serial column " + name);
        }
        if (c.identity()) {
            return new Added(Effect.REWRITE, "adds identity column " + name);
        }
        if (c.generatedStored()) {
            return new Added(Effect.REWRITE, "adds generated column " + name);
        }
        boolean hasDefault = c.defaultExpr() != null && !DefaultExpression.isNull(c.defaultExpr());
        if (hasDefault && pgVersion < 11) {
            return new Added(Effect.REWRITE, "adds column " + name + " with a default (PostgreSQL " + pgVersion + ")");
        }
        if (hasDefault && DefaultExpression.of(c.defaultExpr()) != DefaultExpression.Volatility.NON_VOLATILE) {
            return new Added(Effect.REWRITE, "adds column " + name + " with a volatile default");
        }
        boolean required = c.notNull() || c.hasConstraint(ConstraintType.PRIMARY_KEY);
        if (required && !hasDefault) {
            return new Added(Effect.SCAN, "adds NOT NULL column " + name + " without a default");
        }
        for (ConstraintType t : List.of(ConstraintType.PRIMARY_KEY, ConstraintType.UNIQUE, ConstraintType.CHECK,
                ConstraintType.FOREIGN_KEY)) {
            // a foreign key on a new column that every row holds as NULL is marked valid without reading the rows
            if (c.hasConstraint(t) && (t != ConstraintType.FOREIGN_KEY || hasDefault)) {
                return new Added(Effect.SCAN, "adds column " + name + " with a " + constraintWord(t));
            }
        }
        return new Added(Effect.INSTANT, "adds column " + name);
    }

    /** True when ADD CONSTRAINT reads the table's rows: anything but NOT VALID or USING INDEX. */
    private static boolean addConstraint(ConstraintDef c) {
        if (c == null) {
            return true;
        }
        return switch (c.type()) {
            case FOREIGN_KEY, CHECK -> !c.notValid();
            case UNIQUE, PRIMARY_KEY -> c.usingIndex() == null;
            default -> true;
        };
    }

    private static String constraintText(ConstraintDef c) {
        if (c == null) {
            return "adds a constraint";
        }
        String what = "adds " + constraintWord(c.type()) + (c.name() == null ? "" : " " + c.name());
        if (c.notValid()) {
            return what + " NOT VALID";
        }
        return c.usingIndex() == null ? what : what + " using index " + c.usingIndex();
    }

    private static String constraintWord(ConstraintType t) {
        return switch (t) {
            case PRIMARY_KEY -> "primary key";
            case FOREIGN_KEY -> "foreign key";
            case UNIQUE -> "unique constraint";
            case CHECK -> "check constraint";
            default -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " constraint";
        };
    }

    /** True when the column's old type is known and the new one needs no rewrite, and no USING is given. */
    private static boolean rewriteFree(AlterAction a, ObjectRef table, Before before) {
        if (a.expression() != null && !a.expression().isBlank()) {
            return false;
        }
        ColumnType to = ColumnType.parse(a.dataType());
        if (to == null || table == null) {
            return false;
        }
        String old = before.script.columnType(table, a.columnName())
                .or(() -> before.all().columnType(table, a.columnName())).orElse(null);
        return ColumnType.rewriteFree(ColumnType.parse(old), to);
    }

    /** True from PostgreSQL 12 when a validated {@code CHECK (c IS NOT NULL)} spares SET NOT NULL its scan. */
    private boolean provenNotNull(AlterAction a, ObjectRef table, Before before) {
        return pgVersion >= 12 && table != null && a.columnName() != null
                && (before.script.hasValidatedNotNullCheck(table, a.columnName())
                || before.all().hasValidatedNotNullCheck(table, a.columnName()));
    }

    private static Judgement alterIndex(Statement s, List<ObjectRef> objects) {
        String index = names(objects);
        for (AlterAction a : s.actions()) {
            if (a.kind() == AlterActionKind.SET_TABLESPACE) {
                return new Judgement(Effect.REWRITE, "moves index " + index + " to another tablespace", objects);
            }
        }
        return new Judgement(Effect.INSTANT, (renames(s) ? "renames index " : "alters index ") + index, objects);
    }

    private static String other(StatementKind k, List<ObjectRef> objects) {
        String words = k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (k.isCreate() || k.isAlter() || k.isDrop()) {
            int space = words.indexOf(' ');
            String verb = words.substring(0, space) + "s";
            return verb + " " + (objects.isEmpty() ? words.substring(space + 1) : described(objects));
        }
        return switch (k) {
            case SET, RESET -> "changes a session setting";
            case BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT -> "controls the transaction";
            case COMMENT -> "sets a comment";
            case GRANT, REVOKE -> "changes privileges";
            default -> "runs " + words.toUpperCase(Locale.ROOT);
        };
    }

    // ---------------------------------------------------------------- naming

    private static List<ObjectRef> objects(Statement s) {
        List<ObjectRef> out = new ArrayList<>();
        for (ObjectRef o : s.objects()) {
            if (o.type() != ObjectType.COLUMN && o.type() != ObjectType.CONSTRAINT) {
                out.add(o);
            }
        }
        return out;
    }

    private static List<ObjectRef> targets(ObjectRef ref) {
        return ref == null ? List.of() : List.of(ref);
    }

    private static ObjectRef first(Statement s, ObjectType type) {
        return s.classification().first(type).orElse(null);
    }

    private static String name(ObjectRef ref) {
        return ref == null || ref.name() == null ? "(unnamed)" : ref.qualifiedName();
    }

    private static String orUnnamed(String name) {
        return name == null ? "(unnamed)" : name;
    }

    private static String names(List<ObjectRef> refs) {
        return namesOr(refs, "(unnamed)");
    }

    private static String namesOr(List<ObjectRef> refs, String none) {
        if (refs.isEmpty()) {
            return none;
        }
        List<String> out = new ArrayList<>();
        for (ObjectRef r : refs) {
            out.add(name(r));
        }
        return String.join(", ", out);
    }

    /** {@code view v}, {@code function f}: each object with its type. */
    private static String described(List<ObjectRef> refs) {
        if (refs.isEmpty()) {
            return "an object";
        }
        List<String> out = new ArrayList<>();
        for (ObjectRef r : refs) {
            out.add(r.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + name(r));
        }
        return String.join(", ", out);
    }

    private static boolean renames(Statement s) {
        return s.tokens().stream().anyMatch(t -> t.is("rename"));
    }

    // ---------------------------------------------------------------- findings

    /**
     * The rule of the first error finding on each statement, by statement index: a finding belongs to the statement
     * whose text holds its line and column. Findings without a column are about the file or one of its lines (a
     * missing down migration, an edited merged migration), not about what a statement does: they belong to none.
     */
    private static Map<Integer, String> errorRules(SqlScript script, List<Finding> findings) {
        Map<Integer, String> out = new HashMap<>();
        List<Statement> statements = script.statements();
        for (Finding f : findings) {
            if (f.severity() != Severity.ERROR || f.line() <= 0 || f.column() <= 0
                    || !f.file().equals(script.path())) {
                continue;
            }
            Statement holder = holder(statements, f.line(), f.column());
            if (holder != null && f.line() <= lastLine(holder)) {
                out.putIfAbsent(holder.index(), f.rule());
            }
        }
        return out;
    }

    /** The last statement starting at or before {@code line:column}, or null: statements are in file order. */
    private static Statement holder(List<Statement> statements, int line, int column) {
        int lo = 0;
        int hi = statements.size() - 1;
        Statement found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Statement s = statements.get(mid);
            if (s.line() < line || (s.line() == line && s.column() <= column)) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static int lastLine(Statement s) {
        String text = s.text();
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return s.line() + lines;
    }
}
