package dev.migrationguard.lint.risk;

import dev.migrationguard.lint.ColumnType;
import dev.migrationguard.lint.DefaultExpression;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.ColumnDef;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every statement a risk class, whether or not a rule fires on it:
 * <ul>
 *   <li>low: creating objects, adding a nullable column (or one with a non-volatile default from PostgreSQL 11),
 *       concurrent index builds and drops, inserts, validating a constraint, session settings, and anything done to
 *       a table created earlier in the same script;</li>
 *   <li>medium: changes that lock an existing table while they scan or rewrite it, or that break clients in a
 *       compatible way: ALTER COLUMN (type, NOT NULL), ADD CONSTRAINT, renames, blocking index builds and drops,
 *       volatile defaults, REINDEX, VACUUM FULL, CLUSTER, LOCK TABLE, REFRESH MATERIALIZED VIEW;</li>
 *   <li>high: statements that destroy data or rewrite existing rows: DROP COLUMN, DROP TABLE/SCHEMA/DATABASE,
 *       TRUNCATE, UPDATE, DELETE and MERGE on an existing table.</li>
 * </ul>
 * A script's risk is its highest statement's.
 */
public final class RiskAssessor {

    private final int pgVersion;

    public RiskAssessor(int pgVersion) {
        this.pgVersion = pgVersion;
    }

    /** The risk of each statement of {@code script} and of the whole script. */
    public ScriptRisk assess(SqlScript script) {
        if (script == null || script.statements().isEmpty()) {
            return ScriptRisk.NONE;
        }
        Set<String> created = new HashSet<>();
        List<StatementRisk> out = new ArrayList<>();
        Risk max = Risk.LOW;
        for (Statement s : script.statements()) {
            StatementRisk r = assess(s, created);
            out.add(r);
            max = max.max(r.risk());
            if (s.kind().isCreate() && !s.objects().isEmpty() && s.objects().get(0).name() != null) {
                created.add(s.objects().get(0).name());
            }
        }
        return new ScriptRisk(max, List.copyOf(out));
    }

    private StatementRisk assess(Statement s, Set<String> created) {
        TableLock lock = strongest(s);
        Judgement j = judge(s, created);
        return new StatementRisk(s.index(), s.line(), j.risk, lock, j.reason);
    }

    private record Judgement(Risk risk, String reason) {
        Judgement max(Judgement other) {
            return other.risk.compareTo(risk) > 0 ? other : this;
        }
    }

    private static Judgement low(String reason) {
        return new Judgement(Risk.LOW, reason);
    }

    private static Judgement medium(String reason) {
        return new Judgement(Risk.MEDIUM, reason);
    }

    private static Judgement high(String reason) {
        return new Judgement(Risk.HIGH, reason);
    }

    private Judgement judge(Statement s, Set<String> created) {
        ObjectRef table = s.table().orElse(null);
        boolean fresh = table != null && table.name() != null && created.contains(table.name());
        StatementKind k = s.kind();
        switch (k) {
            case CREATE_TABLE:
                return s.has(StatementFlag.PARTITION_OF) ? medium("attaches a partition") : low("creates a table");
            case CREATE_INDEX:
                return s.has(StatementFlag.CONCURRENTLY) || fresh ? low("builds an index")
                        : medium("builds an index while blocking writes");
            case DROP_INDEX:
                return s.has(StatementFlag.CONCURRENTLY) || allCreated(s, created) ? low("drops an index")
                        : medium("drops an index under an ACCESS EXCLUSIVE lock");
            case DROP_TABLE:
                return allCreated(s, created) ? low("drops a table created in this script") : high("drops a table");
            case DROP_SCHEMA:
                return allCreated(s, created) ? low("drops a schema created in this script") : high("drops a schema");
            case DROP_DATABASE:
                return high("drops a database");
            case TRUNCATE:
                return allCreated(s, created) ? low("empties a table created in this script") : high("empties a table");
            case UPDATE, DELETE, MERGE:
                return fresh ? low("changes rows of a table created in this script")
                        : high(k.name().toLowerCase(java.util.Locale.ROOT) + "s existing rows");
            case ALTER_TABLE:
                return fresh ? low("alters a table created in this script") : alterTable(s);
            case REINDEX:
                return s.has(StatementFlag.CONCURRENTLY) || fresh ? low("rebuilds indexes")
                        : medium("rebuilds indexes while blocking writes");
            case CLUSTER, LOCK_TABLE:
                return fresh ? low("locks a table created in this script") : medium("blocks the table while it runs");
            case VACUUM:
                return s.has(StatementFlag.FULL) && !fresh ? medium("rewrites the table under an ACCESS EXCLUSIVE lock")
                        : low("vacuums");
            case REFRESH_MATERIALIZED_VIEW:
                return s.has(StatementFlag.CONCURRENTLY) ? low("refreshes concurrently")
                        : medium("refreshes a materialized view, blocking its readers");
            case ALTER_VIEW, ALTER_MATERIALIZED_VIEW, ALTER_INDEX, ALTER_SEQUENCE, ALTER_SCHEMA, ALTER_TYPE:
                return renames(s) ? medium("renames an object clients use") : low("alters an object");
            case DROP_VIEW, DROP_MATERIALIZED_VIEW, DROP_SEQUENCE, DROP_TYPE, DROP_DOMAIN, DROP_FUNCTION,
                 DROP_PROCEDURE, DROP_TRIGGER:
                return allCreated(s, created) ? low("drops an object created in this script")
                        : medium("drops an object clients may use");
            default:
                return low(k.isCreate() ? "creates an object" : "takes no blocking lock on existing rows");
        }
    }

    private Judgement alterTable(Statement s) {
        Judgement j = low("alters a table");
        for (AlterAction a : s.actions()) {
            j = j.max(action(a));
        }
        return j;
    }

    private Judgement action(AlterAction a) {
        String col = a.columnName() == null ? "a column" : "column " + a.columnName();
        return switch (a.kind()) {
            case DROP_COLUMN -> high("drops " + col);
            case ADD_COLUMN -> addColumn(a);
            case ALTER_COLUMN_TYPE -> medium("changes the type of " + col);
            case SET_NOT_NULL -> medium("sets NOT NULL on " + col);
            case DROP_NOT_NULL -> medium("drops NOT NULL of " + col);
            case ADD_CONSTRAINT -> a.constraint() != null && a.constraint().type() == ConstraintType.FOREIGN_KEY
                    && a.constraint().notValid() ? low("adds a foreign key NOT VALID") : medium("adds a constraint");
            case DROP_CONSTRAINT -> medium("drops a constraint");
            case RENAME_COLUMN -> medium("renames " + col);
            case RENAME_TABLE, SET_SCHEMA -> medium("renames the table");
            case RENAME_CONSTRAINT -> medium("renames a constraint");
            case SET_TABLESPACE, SET_LOGGED, SET_UNLOGGED, SET_ACCESS_METHOD, ADD_IDENTITY ->
                    medium("rewrites or locks the table");
            case ATTACH_PARTITION -> medium("attaches a partition");
            case DETACH_PARTITION -> a.concurrently() ? low("detaches a partition concurrently")
                    : medium("detaches a partition under an ACCESS EXCLUSIVE lock");
            default -> low("changes table metadata");
        };
    }

    private Judgement addColumn(AlterAction a) {
        ColumnDef c = a.columnDef();
        if (c == null) {
            return low("adds a column");
        }
        ColumnType type = ColumnType.parse(c.dataType());
        boolean serial = type != null && type.isSerial();
        boolean hasDefault = c.defaultExpr() != null && !DefaultExpression.isNull(c.defaultExpr());
        if (serial || c.identity() || c.generatedStored()) {
            return medium("adds column " + c.name() + " that fills every row");
        }
        if (hasDefault && (pgVersion < 11
                || DefaultExpression.of(c.defaultExpr()) != DefaultExpression.Volatility.NON_VOLATILE)) {
            return medium("adds column " + c.name() + " with a default that rewrites the table");
        }
        boolean required = c.notNull() || c.hasConstraint(ConstraintType.PRIMARY_KEY);
        if (required && !hasDefault) {
            return medium("adds required column " + c.name() + " without a default");
        }
        if (c.hasConstraint(ConstraintType.UNIQUE) || c.hasConstraint(ConstraintType.PRIMARY_KEY)
                || c.hasConstraint(ConstraintType.CHECK) || c.hasConstraint(ConstraintType.FOREIGN_KEY)) {
            return medium("adds column " + c.name() + " with a constraint");
        }
        return low("adds column " + c.name());
    }

    private static boolean renames(Statement s) {
        return s.tokens().stream().anyMatch(t -> t.is("rename"));
    }

    private static boolean allCreated(Statement s, Set<String> created) {
        if (s.objects().isEmpty()) {
            return false;
        }
        for (ObjectRef o : s.objects()) {
            if (o.type() != ObjectType.COLUMN && (o.name() == null || !created.contains(o.name()))) {
                return false;
            }
        }
        return true;
    }

    private static TableLock strongest(Statement s) {
        TableLock best = null;
        for (TableLock l : s.classification().locks()) {
            if (l != null && l.level() != LockLevel.NONE && l.on() != null
                    && (best == null || l.level().compareTo(best.level()) > 0)) {
                best = l;
            }
        }
        return best;
    }
}
