package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.lint.TransactionModel;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.util.List;

/**
 * ALTER TYPE ... ADD VALUE inside a transaction. Before PostgreSQL 12 PostgreSQL refuses it there; from 12 it is
 * allowed, but the new value cannot be used until the transaction commits, so the rule fires only when a later
 * statement of the same transaction uses the value (a string literal equal to it).
 */
@RuleInfo(id = "ban-alter-enum-add-value-in-transaction", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "ALTER TYPE ... ADD VALUE fails in a transaction before PostgreSQL 12 (and its value is unusable "
                + "until commit after)")
public final class BanAlterEnumAddValueInTransaction extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_TYPE) {
            return;
        }
        String value = addedValue(s.tokens());
        if (value == null) {
            return;
        }
        TransactionModel tx = ctx.transactions();
        if (!tx.inTransaction(s)) {
            return;
        }
        String type = Names.quoted(Names.first(s, ObjectType.TYPE));
        int pg = ctx.config().pgVersion();
        if (pg < 12) {
            ctx.report(s, "Adding value '" + value + "' to enum " + type + " inside a transaction fails on PostgreSQL "
                            + pg + " (ALTER TYPE ... ADD VALUE cannot run inside a transaction block)",
                    "put the ALTER TYPE ... ADD VALUE alone in a migration that runs without a transaction");
            return;
        }
        for (Statement later : ctx.script().statements()) {
            if (later.index() <= s.index() || !tx.sameTransaction(s, later)) {
                continue;
            }
            if (usesValue(later, value)) {
                ctx.report(later, "Using enum value '" + value + "' of " + type + " in the transaction that added it "
                                + "fails: a new enum value cannot be used until the transaction commits",
                        "use the new value in a later migration than the one that adds it");
                return;
            }
        }
    }

    /** The value of {@code ADD VALUE [IF NOT EXISTS] 'v'}, or null. */
    static String addedValue(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("add") && tokens.get(i + 1).is("value")) {
                for (int j = i + 2; j < tokens.size(); j++) {
                    Token t = tokens.get(j);
                    if (t.type() == TokenType.STRING) {
                        return literal(t.text());
                    }
                    if (!t.is("if") && !t.is("not") && !t.is("exists")) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean usesValue(Statement s, String value) {
        for (Token t : s.tokens()) {
            if (t.type() == TokenType.STRING && value.equals(literal(t.text()))) {
                return true;
            }
        }
        return false;
    }

    private static String literal(String text) {
        String t = text;
        if (t.length() >= 2 && (t.startsWith("E'") || t.startsWith("e'"))) {
            t = t.substring(1);
        }
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return t.substring(1, t.length() - 1).replace("''", "'");
        }
        return t;
    }
}
