package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A throw-away Git repository driven with the real {@code git} binary, isolated from the user's Git settings. */
final class GitRepo {

    /** What a git command printed and returned. */
    record Run(int exitCode, String output) {
    }

    final Path root;
    /**
     * Variables set for every git command (and so for the hook it runs); a null value removes the variable. The
     * build turns the hook server off for the tests' commits ({@link HookServer#SWITCH}); a test of the server
     * turns it on here.
     */
    final Map<String, String> environment = new java.util.HashMap<>();

    GitRepo(Path root) throws Exception {
        this.root = root;
        Files.createDirectories(root);
        ok("init", "-q", "-b", "main");
    }

    Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Sets the modification time of every file of the work tree an hour back: git then trusts the index's entries
     * (none is "racily clean", written in the same instant as the index) and keeps its cached tree ids when
     * other paths are added, as it does with files written before a commit.
     */
    void age() throws IOException {
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000L);
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && !root.relativize(f).startsWith(".git")) {
                    Files.setLastModifiedTime(f, past);
                }
            }
        }
    }

    Run git(String... args) throws Exception {
        return gitIn(root, args);
    }

    Run gitIn(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("user.name=Test");
        command.add("-c");
        command.add("user.email=test@example.com");
        command.add("-c");
        command.add("commit.gpgsign=false");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getValue() == null) {
                env.remove(e.getKey());
            } else {
                env.put(e.getKey(), e.getValue());
            }
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("git finished").isTrue();
        return new Run(p.exitValue(), out);
    }

    String ok(String... args) throws Exception {
        Run r = git(args);
        assertThat(r.exitCode()).as("git %s: %s", String.join(" ", args), r.output()).isZero();
        return r.output();
    }
}
