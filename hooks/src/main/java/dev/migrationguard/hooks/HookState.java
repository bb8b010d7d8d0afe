package dev.migrationguard.hooks;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * What the installer records beside the hook ({@code <git common dir>/migration-guard/}) and the hook reads back:
 * the jars to run, the project directory, the effective lint configuration and the fingerprint of the files it came
 * from. Contains no secret: database settings are never recorded.
 *
 * @param classpath        the jars (and directories) to run the hook with, absolute
 * @param projectDir       the project directory relative to the work tree root ('/'-separated, "." for the root)
 * @param fingerprintFiles the files the configuration comes from, relative to the work tree root (or absolute)
 * @param fingerprint      {@link Fingerprint#of} those files at install time
 */
record HookState(List<String> classpath, String projectDir, List<String> fingerprintFiles, String fingerprint) {

    /** The properties file inside the state directory. */
    static final String STATE_FILE = "hook.properties";
    /** The recorded configuration inside the state directory, in {@code .migration-guard.yml} syntax. */
    static final String CONFIG_FILE = "config.yml";

    HookState {
        classpath = List.copyOf(classpath);
        fingerprintFiles = List.copyOf(fingerprintFiles);
    }

    void write(Path stateDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("projectDir", projectDir);
        p.setProperty("fingerprint", fingerprint);
        indexed(p, "classpath.", classpath);
        indexed(p, "fingerprintFile.", fingerprintFiles);
        Files.createDirectories(stateDir);
        try (Writer w = Files.newBufferedWriter(stateDir.resolve(STATE_FILE), StandardCharsets.UTF_8)) {
            p.store(w, "Recorded by mvn db:install-hook; run it again to refresh");
        }
    }

    /** Reads the state, or returns null when the file is missing or incomplete. */
    static HookState read(Path stateDir) throws IOException {
        Path file = stateDir.resolve(STATE_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String projectDir = p.getProperty("projectDir");
        String fingerprint = p.getProperty("fingerprint");
        if (projectDir == null || fingerprint == null) {
            return null;
        }
        return new HookState(list(p, "classpath."), projectDir, list(p, "fingerprintFile."), fingerprint);
    }

    /**
     * What tells one build of the hook from another, for the caches it keeps in the state directory: each recorded
     * jar's path, size and modification time (a rebuilt or upgraded jar changes them), as a SHA-256 in hex.
     */
    String toolKey() {
        StringBuilder key = new StringBuilder();
        for (String entry : classpath) {
            Path p = Path.of(entry);
            key.append(entry).append('|');
            try {
                key.append(Files.size(p)).append('|').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException | RuntimeException e) {
                key.append('?');
            }
            key.append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            return key.toString();
        }
    }

    private static void indexed(Properties p, String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            p.setProperty(prefix + i, values.get(i));
        }
    }

    private static List<String> list(Properties p, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; p.getProperty(prefix + i) != null; i++) {
            out.add(p.getProperty(prefix + i));
        }
        return out;
    }
}
