package dev.migrationguard.naming;

import java.io.IOException;
import java.util.Objects;

/**
 * A file under a migrations location, wherever its bytes come from (the file system, the Git index, a Git tree).
 *
 * @param displayPath  the path shown in findings: relative to the project directory when inside it, '/'-separated
 * @param location     the location it was found under, as configured (e.g. {@code src/main/resources/db/migration})
 * @param relativePath the path relative to the location, '/'-separated (e.g. {@code 2024/V3__add_email.sql} or
 *                     {@code 20240101_init/up.sql})
 * @param content      reads the file's bytes
 */
public record SourceFile(String displayPath, String location, String relativePath, Content content) {

    // equals and hashCode written out: a record's generated ones are linked on first use, which costs a fresh JVM
    // (the pre-commit hook, the command line) milliseconds per record type
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile o && Objects.equals(displayPath, o.displayPath)
                && Objects.equals(location, o.location) && Objects.equals(relativePath, o.relativePath)
                && Objects.equals(content, o.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayPath, location, relativePath, content);
    }

    /** Reads bytes on demand; implementations may cache. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    /** The file name, last segment of {@link #relativePath()}. */
    public String fileName() {
        int i = relativePath.lastIndexOf('/');
        return i < 0 ? relativePath : relativePath.substring(i + 1);
    }
}
