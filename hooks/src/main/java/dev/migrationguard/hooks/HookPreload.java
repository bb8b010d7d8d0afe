package dev.migrationguard.hooks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import org.eclipse.jgit.internal.JGitText;

/**
 * One-time set-up that every hook run pays and that does not depend on the repository, started on a second thread
 * while the main thread reads the recorded state and configuration and a third opens the repository
 * ({@link RepositoryOpening}): the JDK's security providers (JGit hashes with SHA-1), its default time zone (JGit
 * formats file times; the hook runs in UTC, whose rules need no time-zone database) and JGit's message texts (about a
 * thousand strings set by reflection, loaded the first time JGit opens a repository although a run that goes well
 * prints none of them).
 *
 * <p>The thread initialises only JDK classes and JGit's message classes, whose set-up never needs a class of the
 * engine or of the rest of JGit; the main thread, reaching the same classes, at most waits for it, so the two cannot
 * deadlock. It is a daemon: it never holds the JVM open.
 */
final class HookPreload {

    private HookPreload() {
    }

    static void start() {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    // JGit's texts first: the opening thread reaches them last (its first configuration file) and
                    // waits for them there; the providers it needs first it sets up itself meanwhile
                    JGitText.get();
                    ZoneId.systemDefault().getRules();
                    MessageDigest.getInstance("SHA-1");
                } catch (NoSuchAlgorithmException | RuntimeException e) {
                    // nothing to report here: the main thread meets the same problem where it needs the thing
                }
            }
        }, "migration-guard-preload");
        t.setDaemon(true);
        t.start();
    }
}
