package dev.migrationguard.naming;

import java.nio.charset.StandardCharsets;

/** In-memory source files for tests. */
final class TestFiles {

    private TestFiles() {
    }

    static SourceFile sql(String location, String relativePath, String content) {
        return bytes(location, relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    static SourceFile sql(String location, String relativePath) {
        return sql(location, relativePath, "SELECT 1;\n");
    }

    static SourceFile bytes(String location, String relativePath, byte[] content) {
        return new SourceFile(location + "/" + relativePath, location, relativePath, () -> content.clone());
    }
}
