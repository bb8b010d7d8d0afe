package dev.migrationguard.hooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/** A throw-away repository built with JGit (no git binary): write files, commit everything, switch branches. */
final class JGitRepo implements AutoCloseable {

    static final String MIGRATIONS = "src/main/resources/db/migration/";
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.com");

    final Path root;
    final Git git;

    private JGitRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** A new repository on branch {@code main}, with line ending conversion off whatever the user's settings. */
    static JGitRepo init(Path root) throws Exception {
        Files.createDirectories(root);
        Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("core", null, "autocrlf", "false");
        config.save();
        return new JGitRepo(root, git);
    }

    /** Writes a migration file under the default location. */
    JGitRepo migration(String name, String text) throws IOException {
        return write(MIGRATIONS + name, text);
    }

    JGitRepo write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    JGitRepo deleteMigration(String name) throws IOException {
        Files.delete(root.resolve(MIGRATIONS + name));
        return this;
    }

    /** Stages every change (additions, edits, deletions). */
    JGitRepo stage() throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return this;
    }

    /** Stages everything and commits; returns the commit id. */
    String commit(String message) throws Exception {
        stage();
        RevCommit c = git.commit().setMessage(message).setAuthor(WHO).setCommitter(WHO).setSign(false).call();
        return c.name();
    }

    /** Creates {@code name} at the current commit and checks it out. */
    JGitRepo branch(String name) throws Exception {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    JGitRepo checkout(String name) throws Exception {
        git.checkout().setName(name).call();
        return this;
    }

    /** Points {@code ref} (e.g. {@code refs/remotes/origin/feature}) at {@code commit}, as a fetch would. */
    JGitRepo ref(String ref, String commit) throws Exception {
        RefUpdate u = git.getRepository().updateRef(ref);
        u.setNewObjectId(git.getRepository().resolve(commit));
        u.setForceUpdate(true);
        u.update();
        return this;
    }

    /** Sets {@code section.subsection.name}. */
    JGitRepo config(String section, String subsection, String name, String value) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString(section, subsection, name, value);
        config.save();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
