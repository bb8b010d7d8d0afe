package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.BaseComparison;
import dev.migrationguard.naming.BaseRevision;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.report.ChangeKind;
import dev.migrationguard.report.ReportInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pull-request report's view of a branch ({@code db:report}): its migrations linted with the history checks
 * against a base, and which of them it added, changed or deleted since it forked from that base.
 *
 * <p>The base is {@code db.base} when configured (it must resolve), else the branch's upstream, else
 * {@code origin/main}, else {@code main}, as for the pre-commit hook. Without a Git work tree or without any of those
 * refs, the report shows every migration and its note says why.
 */
public final class GitReport {

    /** The note of a report made outside a Git work tree. */
    static final String NOT_IN_REPOSITORY = "Not in a Git repository, so there is no base branch to compare with:"
            + " every migration is shown.";

    private GitReport() {
    }

    /**
     * What the report of the branch shows.
     *
     * @param side {@link GitBase.Side#HEAD} for the last commit, {@link GitBase.Side#WORKING_TREE} to include
     *             uncommitted changes (the index is not a side a report reads)
     * @throws GitBaseException when {@code config.base()} does not resolve, or the repository cannot be read
     */
    public static ReportInput branch(MigrationGuardConfig config, GitBase.Side side) throws GitBaseException {
        if (side == GitBase.Side.INDEX) {
            throw new IllegalArgumentException("a report reads HEAD or the working tree");
        }
        Optional<GitBase> found = GitBase.find(config);
        if (found.isEmpty()) {
            FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(), config.locations());
            List<String> notes = new ArrayList<>(listing.notes());
            notes.add(config.projectDir() + " is not inside a Git work tree, so there is no base branch to compare"
                    + " with" + (config.base() == null ? "" : " (db.base " + config.base() + " is not used)")
                    + "; the report shows every migration on disk");
            return ReportInput.of(new Linter(config).lint(listing.files(), f -> true, notes))
                    .withNote(NOT_IN_REPOSITORY);
        }
        try (GitBase git = found.get()) {
            Optional<GitBase.BaseRef> base = config.base() != null ? Optional.of(git.resolve(config.base()))
                    : git.resolveDefault();
            List<String> notes = new ArrayList<>();
            List<SourceFile> files;
            if (side == GitBase.Side.WORKING_TREE) {
                FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(),
                        config.locations());
                notes.addAll(listing.notes());
                files = git.asStaged(listing.files());
            } else {
                files = git.files(GitBase.Side.HEAD);
                uncommitted(git, config, files).ifPresent(notes::add);
            }
            notes.addAll(git.notes());
            if (base.isEmpty()) {
                notes.add(git.noDefaultBaseNote());
                LintResult lint = new Linter(config).lint(files, f -> true, notes);
                return ReportInput.of(lint).withNote("No base branch to compare with (" + git.noDefaultBaseReason()
                        + "): every migration is shown; set db.base to choose a base.");
            }
            BaseRevision revision = git.revision(base.get());
            notes.addAll(git.baseNotes(base.get()));
            LintResult lint = new Linter(config).withBase(revision).lint(files, f -> true, notes);
            BaseComparison comparison = git.compare(revision, files);
            Map<String, ChangeKind> changes = changes(comparison.changes());
            Set<String> editedOnBase = new LinkedHashSet<>(comparison.changedOnBase());
            editedOnBase.retainAll(changes.keySet());
            return ReportInput.of(lint).withChanges(base.get().name(), changes).withEditedOnBase(editedOnBase);
        } catch (IOException e) {
            throw new GitBaseException("cannot read the Git repository of " + config.projectDir() + ": "
                    + e.getMessage() + "; check that git status works there");
        }
    }

    /**
     * A note when migration files in the working tree differ from {@code head} (the report of HEAD leaves them out).
     */
    private static Optional<String> uncommitted(GitBase git, MigrationGuardConfig config, List<SourceFile> head)
            throws IOException {
        List<SourceFile> working = git.asStaged(FileSystemSources.list(config.projectDir(), config.locations())
                .files());
        BaseComparison.Changes changes = git.compare(BaseRevision.of("HEAD", head), working).changes();
        int n = changes.added().size() + changes.modified().size() + changes.deleted().size();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n + (n == 1 ? " migration file differs" : " migration files differ") + " from HEAD in the"
                + " working tree (uncommitted) and " + (n == 1 ? "is" : "are") + " not in the report; set"
                + " db.includeUncommitted=true to include uncommitted changes");
    }

    /** The changes by path: added, then changed, then deleted files. */
    static Map<String, ChangeKind> changes(BaseComparison.Changes changes) {
        Map<String, ChangeKind> out = new LinkedHashMap<>();
        changes.added().forEach(p -> out.put(p, ChangeKind.ADDED));
        changes.modified().forEach(p -> out.put(p, ChangeKind.CHANGED));
        changes.deleted().forEach(p -> out.put(p, ChangeKind.DELETED));
        return out;
    }
}
