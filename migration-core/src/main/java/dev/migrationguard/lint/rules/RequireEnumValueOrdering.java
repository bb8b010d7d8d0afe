package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.StatementRule;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import dev.migrationguard.sql.Token;
import java.util.List;

/**
 * {@code ALTER TYPE ... ADD VALUE} without {@code BEFORE} or {@code AFTER} appends the value at the end of the enum's
 * order, so comparisons ({@code <}, {@code ORDER BY}) place it after every existing value, which is seldom where a
 * status or level belongs.
 */
@RuleInfo(id = "require-enum-value-ordering", severity = Severity.INFO, risk = Risk.LOW,
        summary = "ALTER TYPE ... ADD VALUE without BEFORE or AFTER puts the value last in the enum's order")
public final class RequireEnumValueOrdering extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.ALTER_TYPE) {
            return;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!(t.get(i).is("add") && t.get(i + 1).is("value"))) {
                continue;
            }
            String value = null;
            for (int j = i + 2; j < t.size(); j++) {
                Token k = t.get(j);
                if (k.is("before") || k.is("after")) {
                    return;
                }
                if (value == null && k.type() == dev.migrationguard.sql.TokenType.STRING) {
                    value = k.text();
                }
            }
            ctx.report(s, "Adding value " + (value == null ? "" : value + " ") + "to enum "
                            + Names.quoted(Names.first(s, ObjectType.TYPE)) + " without BEFORE or AFTER puts it last "
                            + "in the enum's order: comparisons and ORDER BY place it after every existing value",
                    "say where the value belongs with BEFORE or AFTER an existing value");
            return;
        }
    }
}
