package dev.migrationguard.hooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Java installations of this machine other than the one running the tests: {@code MIGRATION_GUARD_TEST_JDKS}
 * (homes separated by the path separator), else the homes under {@code /usr/lib/jvm} and {@code /opt/java}.
 */
final class Jdks {

    private Jdks() {
    }

    /** The {@code java} launcher of an installation of release {@code release} or later, if there is one. */
    static Optional<Path> launcherOfRelease(int release) throws IOException {
        for (Path home : homes()) {
            Path java = home.resolve("bin").resolve("java");
            if (Files.isExecutable(java) && HookInstaller.javaRelease(java) >= release) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }

    private static List<Path> homes() throws IOException {
        List<Path> homes = new ArrayList<>();
        String configured = System.getenv("MIGRATION_GUARD_TEST_JDKS");
        if (configured != null && !configured.isBlank()) {
            for (String home : configured.split(java.io.File.pathSeparator)) {
                homes.add(Path.of(home));
            }
            return homes;
        }
        for (String parent : List.of("/usr/lib/jvm", "/opt/java")) {
            Path dir = Path.of(parent);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.sorted().forEach(homes::add);
                }
            }
        }
        return homes;
    }
}
