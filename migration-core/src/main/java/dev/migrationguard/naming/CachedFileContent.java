package dev.migrationguard.naming;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes on first use and keeps them. */
final class CachedFileContent implements SourceFile.Content {

    private final Path file;
    private volatile byte[] bytes;

    CachedFileContent(Path file) {
        this.file = file;
    }

    @Override
    public byte[] read() throws IOException {
        byte[] b = bytes;
        if (b == null) {
            b = Files.readAllBytes(file);
            bytes = b;
        }
        return b;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
