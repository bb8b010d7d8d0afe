package dev.migrationguard.hooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the files the effective configuration comes from (the pom, the configuration file): when it differs
 * from the one recorded at install time, the recorded configuration may be stale.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The fingerprint of {@code files}, each named as given and resolved against {@code base}. A missing file counts
     * as a distinct state, so creating or deleting a configuration file changes the fingerprint.
     */
    static String of(Path base, List<String> files) {
        MessageDigest sha = sha256();
        for (String name : files) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            Path file = base.resolve(name);
            try {
                sha.update(Files.isRegularFile(file) ? Files.readAllBytes(file)
                        : "\u0000missing".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                sha.update("\u0000unreadable".getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
