package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The shell condition of the hook block that lets a commit through without starting Java: true when the commit
 * changes nothing under the migration locations (the same answer as {@link StagedSources#untouched}, which Java would
 * reach after starting) and the configuration files are the ones the hook was installed with. Git answers it in a
 * few milliseconds: {@code git diff-index --cached --quiet HEAD -- <locations>} compares the index being committed
 * with {@code HEAD} (Git points {@code GIT_INDEX_FILE} at it), and {@code git hash-object --no-filters} gives the blob id
 * of each configuration file as it is in the work tree, compared with the ids recorded at install time (a missing file
 * must still be missing).
 *
 * <p>Anything else starts Java as before: a commit that touches a location, a changed or new configuration file
 * (Java then reports the hook out of date), no {@code HEAD} yet, no location inside the work tree, or any error from
 * Git. Every path is a literal pathspec, single-quoted for {@code sh}.
 */
final class UntouchedCheck {

    /** The condition when Java must always run. */
    static final String NEVER = "false";

    private UntouchedCheck() {
    }

    /**
     * @param workTree         the work tree root, absolute and normalized (Git runs the hook there)
     * @param config           the recorded configuration, whose locations are checked
     * @param fingerprintFiles the configuration files, relative to {@code workTree} (or absolute outside it)
     */
    static String condition(Path workTree, MigrationGuardConfig config, List<String> fingerprintFiles)
            throws IOException {
        List<String> locations = StagedSources.prefixes(workTree, config);
        if (locations.isEmpty()) {
            return NEVER;
        }
        // the locations first: a commit that touches them starts Java after this one Git command (without a HEAD
        // yet, Git fails here, which starts Java too)
        List<String> pathspecs = new ArrayList<>();
        for (String location : locations) {
            pathspecs.add(HookInstaller.quote(location.isEmpty() ? "." : ":(literal)" + location));
        }
        List<String> parts = new ArrayList<>();
        parts.add("git diff-index --cached --quiet --ignore-submodules=none HEAD -- " + String.join(" ", pathspecs)
                + " 2>/dev/null");
        List<String> present = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (ObjectInserter.Formatter blob = new ObjectInserter.Formatter()) {
            for (String name : fingerprintFiles) {
                Path file = workTree.resolve(name);
                if (Files.isRegularFile(file)) {
                    present.add(HookInstaller.quote(name));
                    ids.add(blob.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)).name());
                } else {
                    parts.add("[ ! -e " + HookInstaller.quote(name) + " ]");
                }
            }
        }
        if (!present.isEmpty()) {
            parts.add("[ \"$(git hash-object --no-filters -- " + String.join(" ", present) + " 2>/dev/null)\" = "
                    + HookInstaller.quote(String.join("\n", ids)) + " ]");
        }
        return String.join(" \\\n    && ", parts);
    }
}
