package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.FileSystemSources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;

/**
 * Lint runs that include the history checks against a Git base: {@code db:lint} with {@code db.base}, and the
 * pre-commit hook. The engine gets the base as plain files ({@link GitBase#revision}); this class only chooses the
 * base and the branch's side.
 */
public final class GitLint {

    private GitLint() {
    }

    /**
     * {@code db:lint} with {@code config.base()} set: the migrations in the working tree (line endings as Git would
     * stage them) against that ref.
     *
     * @throws GitBaseException when the project is not in a Git work tree or the ref does not resolve
     */
    public static LintResult lintWorkingTree(MigrationGuardConfig config) throws GitBaseException {
        return lintWorkingTree(config, true);
    }

    /**
     * As {@link #lintWorkingTree(MigrationGuardConfig)}; {@code keepStatements} false leaves each file's statements
     * out of the result (only the JSON and Markdown reports show them).
     *
     * @throws GitBaseException when the project is not in a Git work tree or the ref does not resolve
     */
    public static LintResult lintWorkingTree(MigrationGuardConfig config, boolean keepStatements)
            throws GitBaseException {
        if (config.base() == null) {
            throw new IllegalArgumentException("no base configured");
        }
        try (GitBase git = GitBase.open(config)) {
            GitBase.BaseRef base = git.resolve(config.base());
            FileSystemSources.ListResult listing = FileSystemSources.list(config.projectDir(), config.locations());
            List<String> notes = new ArrayList<>(listing.notes());
            notes.addAll(git.notes());
            notes.addAll(git.baseNotes(base));
            return new Linter(config).keepingStatements(keepStatements).withBase(git.revision(base))
                    .lint(git.asStaged(listing.files()), f -> true, notes);
        } catch (IOException e) {
            throw new GitBaseException("cannot read the Git repository of " + config.projectDir() + ": "
                    + e.getMessage() + "; check that git status works there");
        }
    }

    /**
     * The hook's lint of a commit: the staged migrations, with findings on the files the commit adds, changes or
     * deletes, and the history checks against {@code db.base}, else the branch's upstream, else {@code origin/main},
     * else {@code main} (none: one note, no history checks).
     *
     * @param listings how trees are read: the hook's, which keeps the base's listings for its next commits
     * @return empty when the commit touches no migration (nothing to print)
     * @throws GitBaseException when {@code db.base} is configured but does not resolve
     */
    static Optional<LintResult> lintStaged(Repository repo, MigrationGuardConfig config,
                                           StagedSources.Staged staged, TreeListings listings)
            throws IOException, GitBaseException {
        return lintStaged(repo, config, staged, listings, null);
    }

    /**
     * Same, with the staged files already named ({@link Linter#name} with {@code config}, on {@code staged.files()});
     * null to name them here.
     */
    static Optional<LintResult> lintStaged(Repository repo, MigrationGuardConfig config,
                                           StagedSources.Staged staged, TreeListings listings, Linter.Named named)
            throws IOException, GitBaseException {
        GitBase git = GitBase.of(repo, config, listings);
        Set<String> deleted = staged.deleted();
        if (staged.changed().isEmpty() && deleted.isEmpty()) {
            return Optional.empty();
        }
        Optional<GitBase.BaseRef> base = config.base() != null ? Optional.of(git.resolve(config.base()))
                : git.resolveDefault();
        List<String> notes = new ArrayList<>(staged.notes());
        Linter linter = new Linter(config);
        if (base.isPresent()) {
            linter = linter.withBase(git.revision(base.get()));
            notes.addAll(git.baseNotes(base.get()));
        } else if (staged.changed().isEmpty()) {
            return Optional.empty(); // only deletions, and nothing to judge them against
        } else {
            notes.add(git.noDefaultBaseNote());
        }
        Linter.Named files = named != null && named.files() == staged.files() ? named
                : Linter.name(config, staged.files());
        return Optional.of(linter.lint(files, f -> staged.isChanged(f) || deleted.contains(f.displayPath()), notes));
    }
}
