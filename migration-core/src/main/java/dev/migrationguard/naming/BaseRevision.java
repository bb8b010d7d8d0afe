package dev.migrationguard.naming;

import java.util.List;
import java.util.Objects;

/**
 * The migration files of the configured locations as they are on the base revision a branch will be merged into
 * (for example {@code origin/main}), for the checks that need history: a merged migration edited or deleted, a new
 * version below the base's, a version taken on both sides. Where the files come from (a Git tree, a test) is the
 * caller's business; the engine only reads them.
 *
 * @param name      how the base is named in messages, e.g. {@code origin/main}
 * @param files     the files under the locations on the base, with the display paths, locations and relative paths
 *                  the branch's files would have at the same place
 * @param forkFiles the files at the fork point, the last revision the branch shares with the base; the same list as
 *                  {@code files} when the branch already contains the base. A file the base changed after the fork
 *                  and the branch left alone is the base's change, not the branch's
 */
public record BaseRevision(String name, List<SourceFile> files, List<SourceFile> forkFiles) {

    public BaseRevision {
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
        forkFiles = List.copyOf(forkFiles);
    }

    /** A base the branch already contains: its fork point is the base itself. */
    public static BaseRevision of(String name, List<SourceFile> files) {
        return new BaseRevision(name, files, files);
    }
}
