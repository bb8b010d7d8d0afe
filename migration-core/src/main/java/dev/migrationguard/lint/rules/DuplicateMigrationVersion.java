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
import dev.migrationguard.naming.NamingProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two migrations share a version: only one of them would run. Within the set, the finding goes on the later file, or
 * on the earlier one when only that one is being checked (the hook checks the files a commit touches). With a base, a
 * migration the branch adds is also compared with the base's: two branches that each added {@code V42}.
 */
@RuleInfo(id = "duplicate-migration-version", severity = Severity.ERROR, risk = Risk.HIGH, checksDown = true,
        summary = "Two migrations share a version: only one of them would run")
public final class DuplicateMigrationVersion implements Rule {

    @Override
    public void checkSet(SetContext ctx) {
        for (NamingProblem p : ctx.set().problems()) {
            if (p.type() != NamingProblem.Type.DUPLICATE_VERSION) {
                continue;
            }
            if (!ctx.inScope(p.path()) && p.otherPath() != null && ctx.inScope(p.otherPath())) {
                ctx.report(p.otherPath(), 0, 0, p.message(), p.otherHelp());
            } else {
                ctx.report(p.path(), p.line(), 0, p.message(), p.help());
            }
        }
        ctx.base().ifPresent(base -> acrossBase(ctx, base));
    }

    /** A migration new on the branch whose version (or repeatable description) a base-only migration has. */
    private static void acrossBase(SetContext ctx, BaseComparison base) {
        Map<List<Object>, Migration> onlyOnBase = new HashMap<>();
        for (Migration m : base.baseSet().migrations()) {
            if (!base.onBranch(m.up().displayPath())) {
                onlyOnBase.putIfAbsent(key(m), m);
            }
        }
        if (onlyOnBase.isEmpty()) {
            return;
        }
        for (Migration m : ctx.set().migrations()) {
            String path = m.up().displayPath();
            if (!ctx.inScope(path) || !base.isNew(path) || base.isRenameTarget(path)
                    || m.scheme() == dev.migrationguard.naming.NamingScheme.LIQUIBASE_SQL) {
                // a changeset's version is its place in the changelogs, not a name it claims
                continue;
            }
            Migration other = onlyOnBase.get(key(m));
            if (other == null) {
                continue;
            }
            String mine = m.up().file().relativePath();
            String theirs = BaseTexts.shown(m, other);
            if (m.kind() == MigrationKind.REPEATABLE) {
                ctx.report(path, 0, 0, "repeatable migration " + mine + " has the same description \""
                                + m.description() + "\" as " + theirs + " on " + base.baseName(),
                        "rename " + mine + " or merge it into " + theirs);
            } else {
                String what = m.kind() == MigrationKind.BASELINE ? "baseline version " : "version ";
                ctx.report(path, 0, 0, what + m.version() + " of " + mine + " is already used by " + theirs
                                + " on " + base.baseName() + ": after the merge only one of them runs",
                        "merge " + base.baseName() + " and give " + mine + " a version above "
                                + highest(ctx, base));
            }
        }
    }

    private static List<Object> key(Migration m) {
        return m.kind() == MigrationKind.REPEATABLE ? List.of("R", m.description()) : List.of(m.kind(), m.version());
    }

    /** The highest versioned migration on the base or the branch. */
    private static MigrationVersion highest(SetContext ctx, BaseComparison base) {
        MigrationVersion max = base.highestBaseVersion().orElse(null);
        for (Migration m : ctx.set().migrations()) {
            if (m.kind() == MigrationKind.VERSIONED && (max == null || m.version().compareTo(max) > 0)) {
                max = m.version();
            }
        }
        return max;
    }
}
