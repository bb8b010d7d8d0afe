package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.SqlProblem;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;

/** Text that is not SQL: lexer errors (unterminated quotes, comments, COPY data) and statements nothing understands. */
@RuleInfo(id = "syntax-error", severity = Severity.ERROR, risk = Risk.HIGH, checksDown = true,
        summary = "The script is not valid PostgreSQL: an unterminated quote or comment, or a statement no parser "
                + "understands")
public final class SyntaxError implements Rule {

    @Override
    public void checkScript(ScriptContext ctx) {
        for (SqlProblem p : ctx.script().problems()) {
            if (p.kind() == SqlProblem.Kind.LEXER_ERROR) {
                ctx.reportAt(p.line(), p.column(), p.message(), p.help());
            }
        }
        for (Statement s : ctx.script().statements()) {
            if (s.kind() == StatementKind.UNKNOWN) {
                ctx.report(s, "statement not understood as PostgreSQL: " + s.abbreviated(60),
                        "check the statement's spelling against the PostgreSQL manual");
            }
        }
    }
}
