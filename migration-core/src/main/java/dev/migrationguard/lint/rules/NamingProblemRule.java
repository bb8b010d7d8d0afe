package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.SetContext;
import dev.migrationguard.naming.NamingProblem;

/** Base of the rules that report one type of {@link NamingProblem} found while building the migration set. */
abstract class NamingProblemRule implements Rule {

    private final NamingProblem.Type type;

    NamingProblemRule(NamingProblem.Type type) {
        this.type = type;
    }

    @Override
    public final void checkSet(SetContext ctx) {
        for (NamingProblem p : ctx.set().problems()) {
            if (p.type() == type) {
                ctx.report(p.path(), p.line(), 0, p.message(), p.help());
            }
        }
    }
}
