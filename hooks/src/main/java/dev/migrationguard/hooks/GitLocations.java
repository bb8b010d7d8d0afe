package dev.migrationguard.hooks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;

/**
 * Finds the repository a directory belongs to and the directories the hook lives in: the hooks directory
 * ({@code core.hooksPath}, else {@code hooks} in the common Git directory, shared by every worktree) and the state
 * directory {@code migration-guard} beside it in the common Git directory.
 */
final class GitLocations {

    /** The state directory's name inside the common Git directory. */
    static final String STATE_DIR = "migration-guard";

    private GitLocations() {
    }

    /**
     * The repository holding {@code start} (searching upwards), or null when there is none or it has no work tree;
     * Git's environment variables play no part.
     */
    static Repository open(Path start) throws IOException {
        return open(start, null);
    }

    /**
     * Same, honouring the Git variables of {@code environment} ({@code GIT_DIR}, {@code GIT_INDEX_FILE} and the
     * like, as the hook must, since Git points {@code GIT_INDEX_FILE} at the index being committed: a hook run's own,
     * or the ones the hook server gets from the hook's process); null to honour none.
     */
    static Repository open(Path start, Map<String, String> environment) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder();
        if (environment != null) {
            builder.readEnvironment(new Environment(SystemReader.getInstance(), environment));
        }
        builder.findGitDir(start.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        Repository repo = builder.setMustExist(true).build();
        if (repo.isBare()) {
            repo.close();
            return null;
        }
        return repo;
    }

    /** JGit's system reader, answering {@code getenv} from a given environment. */
    private static final class Environment extends SystemReader.Delegate {
        private final Map<String, String> variables;

        Environment(SystemReader delegate, Map<String, String> variables) {
            super(delegate);
            this.variables = variables;
        }

        @Override
        public String getenv(String variable) {
            return variables.get(variable);
        }
    }

    /** The work tree root, absolute and normalized. */
    static Path workTree(Repository repo) {
        return repo.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** Where Git looks for hooks: {@code core.hooksPath} (relative to the work tree root), else the common dir's. */
    static Path hooksDir(Repository repo) {
        String configured = repo.getConfig().getString("core", null, "hooksPath");
        if (configured != null && !configured.isBlank()) {
            String path = configured.strip();
            if (path.equals("~") || path.startsWith("~/")) {
                path = System.getProperty("user.home") + path.substring(1);
            }
            Path p = Path.of(path);
            return (p.isAbsolute() ? p : workTree(repo).resolve(p)).normalize();
        }
        return commonDir(repo).resolve("hooks");
    }

    /** Where the installer records the classpath and the configuration. */
    static Path stateDir(Repository repo) {
        return commonDir(repo).resolve(STATE_DIR);
    }

    private static Path commonDir(Repository repo) {
        File common = repo.getCommonDirectory();
        return (common != null ? common : repo.getDirectory()).toPath().toAbsolutePath().normalize();
    }
}
