package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingProblem;

/** A change of an XML, YAML or JSON Liquibase changelog runs SQL the lint does not know, so it is not checked. */
@RuleInfo(id = "liquibase-change-not-linted", severity = Severity.INFO, risk = Risk.LOW,
        summary = "A Liquibase change runs SQL that is not known (customChange, loadData, ...), so it is not checked")
public final class LiquibaseChangeNotLinted extends NamingProblemRule {

    public LiquibaseChangeNotLinted() {
        super(NamingProblem.Type.NOT_LINTED);
    }
}
