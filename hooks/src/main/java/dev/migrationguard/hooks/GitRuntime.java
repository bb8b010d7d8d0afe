package dev.migrationguard.hooks;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit settings for a hook run. The hook reads the index, {@code HEAD} and the repository's own configuration; Git's
 * system-wide configuration plays no part in that, and JGit finds its location by starting {@code git} twice
 * ({@code git --version}, {@code git config --system --list}), which would cost every commit two process starts. The
 * hook therefore reads the user's and the repository's configuration only.
 */
final class GitRuntime {

    private GitRuntime() {
    }

    /** Makes JGit in this JVM treat the system-wide configuration as empty. */
    static void skipSystemConfig() {
        SystemReader current = SystemReader.getInstance();
        if (current instanceof NoSystemConfig) {
            return;
        }
        SystemReader.setInstance(new NoSystemConfig(current));
    }

    private static final class NoSystemConfig extends SystemReader.Delegate {

        NoSystemConfig(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, null, fs) {
                @Override
                public void load() {
                    // nothing to load: the system-wide configuration is not read
                }

                @Override
                public boolean isOutdated() {
                    return false;
                }
            };
        }
    }
}
