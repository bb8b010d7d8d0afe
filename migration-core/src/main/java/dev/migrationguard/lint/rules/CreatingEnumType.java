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
 * {@code CREATE TYPE ... AS ENUM}: values can be added and renamed later, but not removed or reordered without
 * creating a new type and rewriting every column that uses it. Information only: an enum is right for a closed set.
 */
@RuleInfo(id = "creating-enum-type", severity = Severity.INFO, risk = Risk.LOW,
        summary = "A new enum type: its values can be added later but never removed or reordered")
public final class CreatingEnumType extends StatementRule {

    @Override
    protected void check(Statement s, ScriptContext ctx) {
        if (s.kind() != StatementKind.CREATE_TYPE) {
            return;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).is("as") && t.get(i + 1).is("enum")) {
                ctx.report(s, "Enum type " + Names.quoted(Names.first(s, ObjectType.TYPE)) + " is created: its values "
                                + "can be added later but not removed or reordered without a new type and a rewrite "
                                + "of every column using it",
                        "use an enum only for a closed set of values; otherwise a text column with a CHECK "
                                + "constraint, or a lookup table, is easier to change");
                return;
            }
        }
    }
}
