package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.AlterAction;
import dev.migrationguard.sql.AlterActionKind;
import dev.migrationguard.sql.ColumnDef;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A column declared or assigned twice in one statement, which PostgreSQL refuses when the migration runs: two
 * columns of one name in CREATE TABLE or in the ADD COLUMNs of one ALTER TABLE, a column listed twice in an INSERT's
 * or a view's column list, or assigned twice in an UPDATE's SET (subscripts and fields, {@code a[1] = .., a[2] = ..},
 * may be assigned separately and are not reported).
 */
@RuleInfo(id = "ban-duplicate-column-assignments", severity = Severity.ERROR, risk = Risk.LOW,
        summary = "A column declared or assigned twice in one statement: PostgreSQL refuses the statement")
public final class BanDuplicateColumnAssignments extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        List<String> names = switch (s.kind()) {
            case CREATE_TABLE -> s.classification().columns().stream().map(ColumnDef::name).toList();
            case ALTER_TABLE -> addedColumns(s);
            case UPDATE -> updateTargets(s.tokens());
            case INSERT -> listAfterName(s.tokens(), "into");
            case CREATE_VIEW, CREATE_MATERIALIZED_VIEW -> listAfterName(s.tokens(), "view");
            default -> List.of();
        };
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !seen.add(n)) {
                twice.add(n);
            }
        }
        for (String n : twice) {
            String how = s.kind() == StatementKind.UPDATE ? "assigned" : "listed";
            ctx.report(s, "Column " + Names.quoted(n) + " is " + how + " twice in this " + kindName(s)
                            + ": PostgreSQL refuses the statement and the migration fails",
                    "keep one " + (s.kind() == StatementKind.UPDATE ? "assignment" : "declaration") + " of "
                            + Names.quoted(n));
        }
    }

    private static String kindName(Statement s) {
        return switch (s.kind()) {
            case CREATE_TABLE -> "CREATE TABLE";
            case ALTER_TABLE -> "ALTER TABLE";
            case UPDATE -> "UPDATE";
            case INSERT -> "INSERT";
            default -> "view";
        };
    }

    private static List<String> addedColumns(Statement s) {
        List<String> out = new ArrayList<>();
        for (AlterAction a : s.actions()) {
            if (a != null && a.kind() == AlterActionKind.ADD_COLUMN && a.columnDef() != null) {
                out.add(a.columnDef().name());
            }
        }
        return out;
    }

    /** The plain columns of {@code UPDATE t SET a = .., (b, c) = ..}; subscripted or field targets left out. */
    static List<String> updateTargets(List<Token> t) {
        int i = 0;
        while (i < t.size() && !t.get(i).is("set")) {
            i++;
        }
        List<String> out = new ArrayList<>();
        boolean atTarget = true;
        int depth = 0;
        for (i = i + 1; i < t.size(); i++) {
            Token k = t.get(i);
            if (depth == 0 && (k.is("from") || k.is("where") || k.is("returning"))) {
                break;
            }
            if (atTarget && depth == 0) {
                atTarget = false;
                if (k.isSymbol("(")) {
                    int j = i + 1;
                    while (j < t.size() && !t.get(j).isSymbol(")")) {
                        if (isName(t.get(j)) && j + 1 < t.size()
                                && (t.get(j + 1).isSymbol(",") || t.get(j + 1).isSymbol(")"))) {
                            out.add(t.get(j).identifier());
                        }
                        j++;
                    }
                } else if (isName(k) && i + 1 < t.size() && t.get(i + 1).isSymbol("=")) {
                    out.add(k.identifier());
                }
            }
            if (k.isSymbol("(") || k.isSymbol("[")) {
                depth++;
            } else if (k.isSymbol(")") || k.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && k.isSymbol(",")) {
                atTarget = true;
            }
        }
        return out;
    }

    /**
     * The parenthesised column list right after the name that follows keyword {@code after} ({@code INSERT INTO t
     * (a, b)}, {@code CREATE VIEW v (a, b)}), with an optional {@code AS alias} for INSERT; empty without one.
     */
    private static List<String> listAfterName(List<Token> t, String after) {
        int i = 0;
        while (i < t.size() && !t.get(i).is(after)) {
            i++;
        }
        i++;
        // the (possibly qualified) name
        while (i < t.size() && isName(t.get(i))) {
            i++;
            if (i < t.size() && t.get(i).isSymbol(".")) {
                i++;
            } else {
                break;
            }
        }
        if (after.equals("into") && i + 1 < t.size() && t.get(i).is("as") && isName(t.get(i + 1))) {
            i += 2;
        }
        if (i >= t.size() || !t.get(i).isSymbol("(")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int j = i + 1; j + 1 < t.size() && !t.get(j).isSymbol(")"); j++) {
            if (isName(t.get(j)) && (t.get(j + 1).isSymbol(",") || t.get(j + 1).isSymbol(")"))) {
                out.add(t.get(j).identifier());
            } else if (!isName(t.get(j)) && !t.get(j).isSymbol(",")) {
                return List.of(); // not a plain column list (a subquery, an expression)
            }
        }
        return out;
    }

    private static boolean isName(Token k) {
        return k.type() == TokenType.WORD || k.type() == TokenType.QUOTED_IDENTIFIER;
    }
}
