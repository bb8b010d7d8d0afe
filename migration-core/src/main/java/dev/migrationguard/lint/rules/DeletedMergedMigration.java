package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Rule;
import dev.migrationguard.lint.RuleInfo;
import dev.migrationguard.lint.SetContext;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.Migration;
import java.util.Optional;

/**
 * A migration that is on the base branch was removed on this branch (or renamed: same content under another name).
 * Databases that ran it keep it in their history and find no file for it. The finding is on the deleted file's path,
 * without a line. Down scripts are not recorded in the history and are not reported here.
 */
@RuleInfo(id = "deleted-merged-migration", severity = Severity.ERROR, risk = Risk.HIGH,
        summary = "A migration already on the base branch was deleted or renamed; databases that ran it miss its file")
public final class DeletedMergedMigration implements Rule {

    @Override
    public void checkSet(SetContext ctx) {
        ctx.base().ifPresent(base -> check(ctx, base));
    }

    private static void check(SetContext ctx, BaseComparison base) {
        for (Migration m : base.baseSet().migrations()) {
            String path = m.up().displayPath();
            if (!base.atFork(path) || base.onBranch(path) || !ctx.inScope(path)) {
                continue;
            }
            String name = m.up().file().relativePath();
            String on = base.baseName();
            Optional<String> renamed = base.renamedTo(path);
            if (renamed.isPresent()) {
                String to = shownTo(m, renamed.get());
                ctx.report(path, 0, 0, name + " is already on " + on + " and was renamed to " + to
                                + ": databases that ran it recorded it under its old name, and see the renamed copy"
                                + " as another migration", "rename " + to + " back to " + name);
            } else {
                ctx.report(path, 0, 0, name + " is already on " + on + " and was deleted: databases that ran it"
                                + " keep it in their history, find no file for it and fail validation",
                        "restore it (" + BaseTexts.restore(base, path) + "), and undo its change in a new migration"
                                + " if that is what you meant");
            }
        }
    }

    /** The rename target within the location when it is in the same one. */
    private static String shownTo(Migration deleted, String target) {
        String location = deleted.up().file().location();
        return target.startsWith(location + "/") ? target.substring(location.length() + 1) : target;
    }
}
