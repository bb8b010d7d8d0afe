package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.SetContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationKind;
import java.util.Optional;

/**
 * A migration that is on the base branch was changed on this branch: its checksum no longer matches the one every
 * database that ran it has recorded. Judged on what the checksum covers (the up script; a down script may be fixed).
 * A change of whitespace only, or of line endings only, is reported at warning at most. Repeatable migrations are
 * meant to change and are never reported.
 */
@RuleInfo(id = "edited-merged-migration", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "A migration already on the base branch was modified; every database that ran it fails validation")
public final class EditedMergedMigration implements Rule {

    @Override
    public void checkSet(SetContext ctx) {
        ctx.base().ifPresent(base -> check(ctx, base));
    }

    private static void check(SetContext ctx, BaseComparison base) {
        for (Migration m : ctx.set().migrations()) {
            String path = m.up().displayPath();
            if (m.kind() == MigrationKind.REPEATABLE || !ctx.inScope(path)) {
                continue;
            }
            Optional<Migration> merged = base.baseMigration(m.up());
            if (merged.isEmpty() || merged.get().kind() == MigrationKind.REPEATABLE || !base.changedSinceFork(path)) {
                continue;
            }
            ScriptDifference d = ScriptDifference.of(merged.get().up(), m.up());
            String name = m.up().file().relativePath();
            String on = base.baseName();
            String restore = "restore " + name + " as it is on " + on + " (" + BaseTexts.restore(base, path) + ")";
            switch (d.kind()) {
                case SAME -> {
                }
                case CONTENT -> ctx.report(path, d.line(), 0, name + " is already on " + on
                                + " and was changed (first difference on line " + d.line() + "): every database that"
                                + " ran it fails checksum validation, and new databases get other SQL than old ones",
                        restore + " and put the change in a new migration");
                case WHITESPACE -> ctx.report(Severity.WARNING, path, d.line(), 0, name + " is already on " + on
                                + " and differs from it in whitespace only (first on line " + d.line() + "): the SQL"
                                + " is the same, but the checksum changed and validation fails on every database that"
                                + " ran it", restore);
                case LINE_ENDINGS -> ctx.report(Severity.WARNING, path, 0, 0, name + " is already on " + on
                                + " and differs from it in line endings or byte order mark only: the checksum is the"
                                + " same, but the file no longer matches the merged one byte for byte",
                        restore + "; a .gitattributes line such as '*.sql text eol=lf' keeps line endings stable");
            }
        }
    }
}
