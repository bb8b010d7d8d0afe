package dev.migrationguard.hooks;

import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.sql.SqlParserWarmUp;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import org.eclipse.jgit.internal.JGitText;

/**
 * One-time set-up that every hook run pays and that does not depend on the repository, started on a second thread
 * while the main thread reads the recorded state and configuration and names the staged files, and a third opens the
 * repository ({@link RepositoryOpening}): the rules ({@link BuiltInRules}: about seventy classes and their
 * annotations, which the main thread needs only once it lints), the JDK's security providers (JGit hashes with
 * SHA-1), its default time zone (JGit formats file times; the hook runs in UTC, whose rules need no time-zone
 * database), JGit's message texts (about a thousand strings set by reflection, loaded the first time JGit opens a
 * repository although a run that goes well prints none of them) and the SQL parser ({@link SqlParserWarmUp}).
 *
 * <p>The thread initialises JDK classes, JGit's message classes, the rules and the SQL parser. Their set-up never
 * needs a class the other threads set up first: JGit's texts and the parser need only the JDK and their own library,
 * and a rule's needs only the JDK, leaf enumerations of the engine (statement kinds, severities, naming problem types)
 * and the rules' own helpers, none of which refers back to the configuration, naming or Git classes the main and
 * opening threads set up. A thread reaching a class this one is setting up at most waits for it, so the threads cannot
 * deadlock. It is a daemon: it never holds the JVM open.
 */
final class HookPreload {

    /** Set once a preload was started: a JVM that runs the hook again (the hook server) needs none. */
    private static volatile boolean started;

    private HookPreload() {
    }

    static void start() {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    // the rules first, which the main thread needs once it has named the staged files; then JGit's
                    // texts, which the opening thread reaches at its first configuration file (the providers it
                    // needs before that it sets up itself)
                    BuiltInRules.ids();
                    JGitText.get();
                    ZoneId.systemDefault().getRules();
                    MessageDigest.getInstance("SHA-1");
                    // last the SQL parser, which the main thread reaches last
                    SqlParserWarmUp.run();
                } catch (NoSuchAlgorithmException | RuntimeException | LinkageError e) {
                    // nothing to report here (a class that failed to set up included): the main thread meets the same
                    // problem where it needs the thing, and reports it there
                }
            }
        }, "migration-guard-preload");
        t.setDaemon(true);
        t.start();
    }
}
