package dev.migrationguard.hooks;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * The repository of a hook run as it becomes available: the run reads the index file and names the staged files
 * while the repository is still being opened on another thread, and asks for it only where it needs it (a blob's
 * content, an index only JGit reads).
 */
@FunctionalInterface
interface RepositorySource {

    /** The repository, once open (waits for it). */
    Repository repository() throws IOException;
}
