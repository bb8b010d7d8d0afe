package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.sql.SqlProblem;
import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.StatementKind;
import java.util.List;

/**
 * Text that is not SQL: lexer errors (unterminated quotes, comments, COPY data), statements nothing understands, and
 * characters that only look like SQL (a no-break space, a zero-width space, a byte order mark, typographic quotes,
 * dashes) where PostgreSQL reads code. The message shows the statement with such characters written as
 * {@code <U+00A0>}, and names each with its code point, Unicode name, line and column.
 */
@RuleInfo(id = "syntax-error", severity = Severity.ERROR, risk = Risk.HIGH, checksDown = true,
        summary = "The script is not valid PostgreSQL: an unterminated quote or comment, a statement no parser "
                + "understands, or an invisible or typographic character where PostgreSQL reads code")
public final class SyntaxError implements Rule {

    private static final int EXCERPT = 60;

    @Override
    public void checkScript(ScriptContext ctx) {
        for (SqlProblem p : ctx.script().problems()) {
            if (p.kind() == SqlProblem.Kind.LEXER_ERROR) {
                ctx.reportAt(p.line(), p.column(), p.message(), p.help());
            }
        }
        for (Statement s : ctx.script().statements()) {
            List<UnusualCharacters.Found> found = UnusualCharacters.in(s);
            if (s.kind() == StatementKind.UNKNOWN) {
                notUnderstood(s, found, ctx);
            } else if (!found.isEmpty()) {
                ctx.report(s, UnusualCharacters.explain(found) + ": " + excerpt(s), UnusualCharacters.help(found));
            }
        }
    }

    private static void notUnderstood(Statement s, List<UnusualCharacters.Found> found, ScriptContext ctx) {
        String prefix = "statement not understood as PostgreSQL: ";
        if (found.isEmpty()) {
            ctx.report(s, prefix + excerpt(s), "check the statement's spelling against the PostgreSQL manual");
        } else if (UnusualCharacters.blank(s.text().replace(";", ""))) {
            UnusualCharacters.Found first = found.get(0);
            ctx.report(s, prefix + "nothing but " + first.describe() + ", which is " + first.kind().problem()
                    + UnusualCharacters.also(found), UnusualCharacters.help(found));
        } else {
            ctx.report(s, prefix + excerpt(s) + "; " + UnusualCharacters.explain(found),
                    UnusualCharacters.help(found));
        }
    }

    /**
     * The statement on one line without its final semicolon, cut to a few words, with unusual characters written as
     * {@code <U+00A0>}.
     */
    private static String excerpt(Statement s) {
        String text = s.abbreviated(EXCERPT);
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return UnusualCharacters.visible(text);
    }
}
