package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.SetContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.MigrationVersion;
import java.util.HashSet;
import java.util.Set;

/**
 * A migration the branch adds has a version below the highest one on the base branch: databases already past that
 * version skip it (or, with out-of-order application, run it after later ones). A version the base already has is a
 * duplicate, reported by duplicate-migration-version instead. With {@code outOfOrder: true} the finding is a warning
 * at most: the runner applies the migration, out of order.
 */
@RuleInfo(id = "version-below-base", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "A new migration's version is below the highest version on the base branch; it would run out of "
                + "order, or never")
public final class VersionBelowBase implements Rule {

    @Override
    public void checkSet(SetContext ctx) {
        ctx.base().ifPresent(base -> check(ctx, base));
    }

    private static void check(SetContext ctx, BaseComparison base) {
        MigrationVersion highest = base.highestBaseVersion().orElse(null);
        if (highest == null) {
            return;
        }
        Migration top = null;
        Set<MigrationVersion> onBase = new HashSet<>();
        for (Migration m : base.baseSet().migrations()) {
            if (m.version() != null) {
                onBase.add(m.version());
            }
            if (m.kind() == MigrationKind.VERSIONED && m.version().equals(highest) && top == null) {
                top = m;
            }
        }
        for (Migration m : ctx.set().migrations()) {
            String path = m.up().displayPath();
            // Liquibase changesets have no version of their own (theirs is their place in the changelogs), and
            // Liquibase runs every changeset a database has not run, wherever it stands
            if (m.kind() != MigrationKind.VERSIONED
                    || m.scheme() == dev.migrationguard.naming.NamingScheme.LIQUIBASE_SQL || !ctx.inScope(path) || !base.isNew(path)
                    || base.isRenameTarget(path) || m.version().compareTo(highest) >= 0
                    || onBase.contains(m.version())) {
                continue;
            }
            String name = m.up().file().relativePath();
            String message = "version " + m.version() + " of " + name + " is below " + highest + ", the highest"
                    + " version on " + base.baseName() + " (" + BaseTexts.shown(m, top) + "): ";
            String help = "merge " + base.baseName() + " and give " + name + " a version above " + highest;
            if (ctx.config().outOfOrder()) {
                ctx.report(Severity.WARNING, path, 0, 0, message + "databases already at " + highest
                        + " apply it after later migrations (outOfOrder is on)", help);
            } else {
                ctx.report(path, 0, 0, message + "databases already at " + highest + " refuse it (runners stop"
                        + " there unless out-of-order runs are allowed) or skip it", help);
            }
        }
    }
}
