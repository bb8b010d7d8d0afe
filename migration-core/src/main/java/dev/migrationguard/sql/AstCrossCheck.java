package dev.migrationguard.sql;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Decides whether a JSqlParser AST agrees with the token classification: the same kind family and the same primary
 * object, and for ALTER TABLE the same number of actions without a known mis-parse (SET STATISTICS read as a type
 * change, a constraint name lost). The token classification always wins; this only decides whether the AST is kept.
 */
final class AstCrossCheck {

    /** AST classes (by simple name) and the statement kinds they may stand for. */
    private static final Map<String, Set<StatementKind>> KINDS_BY_CLASS = Map.ofEntries(
            Map.entry("CreateSequence", EnumSet.of(StatementKind.CREATE_SEQUENCE)),
            Map.entry("AlterSequence", EnumSet.of(StatementKind.ALTER_SEQUENCE)),
            Map.entry("CreateSchema", EnumSet.of(StatementKind.CREATE_SCHEMA)),
            Map.entry("CreateFunction", EnumSet.of(StatementKind.CREATE_FUNCTION)),
            Map.entry("CreateProcedure", EnumSet.of(StatementKind.CREATE_PROCEDURE)),
            Map.entry("CreateTrigger", EnumSet.of(StatementKind.CREATE_TRIGGER)),
            Map.entry("CreateType", EnumSet.of(StatementKind.CREATE_TYPE)),
            Map.entry("CreateDomain", EnumSet.of(StatementKind.CREATE_DOMAIN)),
            Map.entry("CreateExtension", EnumSet.of(StatementKind.CREATE_EXTENSION)),
            Map.entry("CreatePolicy", EnumSet.of(StatementKind.CREATE_POLICY)),
            Map.entry("CreateUser", EnumSet.of(StatementKind.CREATE_ROLE)),
            Map.entry("CreateDatabase", EnumSet.of(StatementKind.CREATE_DATABASE)),
            Map.entry("CreatePublication", EnumSet.of(StatementKind.CREATE_PUBLICATION)),
            Map.entry("CreateSubscription", EnumSet.of(StatementKind.CREATE_SUBSCRIPTION)),
            Map.entry("AlterView", EnumSet.of(StatementKind.ALTER_VIEW)),
            Map.entry("AlterDomain", EnumSet.of(StatementKind.ALTER_DOMAIN)),
            Map.entry("AlterType", EnumSet.of(StatementKind.ALTER_TYPE)),
            Map.entry("AlterExtension", EnumSet.of(StatementKind.ALTER_EXTENSION)),
            Map.entry("AlterSystemStatement", EnumSet.of(StatementKind.ALTER_SYSTEM)),
            Map.entry("AlterDefaultPrivileges", EnumSet.of(StatementKind.ALTER_DEFAULT_PRIVILEGES)),
            Map.entry("Merge", EnumSet.of(StatementKind.MERGE)),
            Map.entry("Commit", EnumSet.of(StatementKind.COMMIT)),
            Map.entry("RollbackStatement", EnumSet.of(StatementKind.ROLLBACK)),
            Map.entry("SavepointStatement", EnumSet.of(StatementKind.SAVEPOINT)),
            Map.entry("SetStatement", EnumSet.of(StatementKind.SET)),
            Map.entry("ResetStatement", EnumSet.of(StatementKind.RESET)),
            Map.entry("ShowStatement", EnumSet.of(StatementKind.SHOW)),
            Map.entry("LockStatement", EnumSet.of(StatementKind.LOCK_TABLE)),
            Map.entry("Analyze", EnumSet.of(StatementKind.ANALYZE)),
            Map.entry("Comment", EnumSet.of(StatementKind.COMMENT)),
            Map.entry("Grant", EnumSet.of(StatementKind.GRANT)),
            Map.entry("Revoke", EnumSet.of(StatementKind.REVOKE)),
            Map.entry("Execute", EnumSet.of(StatementKind.EXECUTE, StatementKind.CALL)),
            Map.entry("DoStatement", EnumSet.of(StatementKind.DO)),
            Map.entry("RefreshMaterializedViewStatement", EnumSet.of(StatementKind.REFRESH_MATERIALIZED_VIEW)),
            Map.entry("ExplainStatement", EnumSet.of(StatementKind.EXPLAIN)));

    private AstCrossCheck() {
    }

    static boolean agrees(ClassificationDraft d, net.sf.jsqlparser.statement.Statement ast) {
        if (ast == null || d.kind == StatementKind.UNKNOWN) {
            return false;
        }
        try {
            return kindAgrees(d, ast) && primaryAgrees(d, ast) && actionsAgree(d, ast);
        } catch (RuntimeException inconsistentTree) {
            return false;
        }
    }

    private static boolean kindAgrees(ClassificationDraft d, net.sf.jsqlparser.statement.Statement ast) {
        StatementKind k = d.kind;
        if (ast instanceof CreateTable) {
            return k == StatementKind.CREATE_TABLE || k == StatementKind.CREATE_TABLE_AS
                    || k == StatementKind.CREATE_FOREIGN_TABLE;
        }
        if (ast instanceof CreateIndex) {
            return k == StatementKind.CREATE_INDEX;
        }
        if (ast instanceof CreateView view) {
            return k == (view.isMaterialized() ? StatementKind.CREATE_MATERIALIZED_VIEW : StatementKind.CREATE_VIEW);
        }
        if (ast instanceof Alter) {
            return k == StatementKind.ALTER_TABLE;
        }
        if (ast instanceof Drop) {
            return k.isDrop();
        }
        if (ast instanceof Truncate) {
            return k == StatementKind.TRUNCATE;
        }
        if (ast instanceof Insert) {
            return k == StatementKind.INSERT;
        }
        if (ast instanceof Update) {
            return k == StatementKind.UPDATE;
        }
        if (ast instanceof Delete) {
            return k == StatementKind.DELETE;
        }
        if (ast instanceof Select) {
            return k == StatementKind.SELECT;
        }
        Set<StatementKind> kinds = KINDS_BY_CLASS.get(ast.getClass().getSimpleName());
        return kinds != null && kinds.contains(k);
    }

    private static boolean primaryAgrees(ClassificationDraft d, net.sf.jsqlparser.statement.Statement ast) {
        Table table = primaryTable(ast);
        if (table == null) {
            return true;
        }
        ObjectRef primary = d.primary();
        return primary != null && sameName(table.getName(), primary.name());
    }

    private static Table primaryTable(net.sf.jsqlparser.statement.Statement ast) {
        if (ast instanceof CreateTable create) {
            return create.getTable();
        }
        if (ast instanceof CreateIndex index) {
            return index.getIndex() != null && index.getIndex().getName() != null
                    ? new Table(index.getIndex().getName()) : index.getTable();
        }
        if (ast instanceof CreateView view) {
            return view.getView();
        }
        if (ast instanceof Alter alter) {
            return alter.getTable();
        }
        if (ast instanceof Drop drop) {
            return drop.getName();
        }
        if (ast instanceof Truncate truncate) {
            return truncate.getTable();
        }
        if (ast instanceof Insert insert) {
            return insert.getTable();
        }
        if (ast instanceof Update update) {
            return update.getTable();
        }
        if (ast instanceof Delete delete) {
            return delete.getTable();
        }
        return null;
    }

    private static boolean actionsAgree(ClassificationDraft d, net.sf.jsqlparser.statement.Statement ast) {
        if (!(ast instanceof Alter alter)) {
            return true;
        }
        List<AlterExpression> expressions = alter.getAlterExpressions() == null ? List.of()
                : alter.getAlterExpressions();
        if (expressions.size() != d.actions.size()) {
            return false;
        }
        for (int i = 0; i < expressions.size(); i++) {
            AlterAction action = d.actions.get(i);
            AlterExpression expression = expressions.get(i);
            if (action.kind() == AlterActionKind.SET_STATISTICS && expression.getColDataTypeList() != null
                    && !expression.getColDataTypeList().isEmpty()) {
                return false;
            }
            if (action.kind() == AlterActionKind.ADD_CONSTRAINT && action.name() != null
                    && constraintNames(expression).stream().noneMatch(n -> sameName(n, action.name()))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> constraintNames(AlterExpression expression) {
        List<String> names = new ArrayList<>();
        names.add(expression.getConstraintName());
        names.add(expression.getUkName());
        names.add(expression.getConstraintSymbol());
        if (expression.getIndex() != null) {
            names.add(expression.getIndex().getName());
        }
        names.removeIf(Objects::isNull);
        return names;
    }

    private static boolean sameName(String astName, String tokenName) {
        if (astName == null || tokenName == null) {
            return false;
        }
        String unquoted = astName.length() >= 2 && astName.startsWith("\"") && astName.endsWith("\"")
                ? astName.substring(1, astName.length() - 1) : astName;
        return unquoted.equalsIgnoreCase(tokenName);
    }
}
