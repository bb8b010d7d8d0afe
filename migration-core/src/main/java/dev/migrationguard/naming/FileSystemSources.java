package dev.migrationguard.naming;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files under migration locations on the file system.
 *
 * <p>A location is a directory relative to the project directory or absolute; the Flyway spellings
 * {@code filesystem:<path>} and {@code classpath:<path>} (read from {@code src/main/resources/<path>}) are accepted.
 * Each location is listed recursively; only regular files are returned, in location order and then by relative path.
 * A file reachable from two locations is returned once, under the first.
 */
public final class FileSystemSources {

    /** Where {@code classpath:} locations are read from. */
    public static final String CLASSPATH_ROOT = "src/main/resources";

    /**
     * The files found and the locations that could not be listed.
     *
     * @param files            the files, in location order then relative path order
     * @param missingLocations the configured locations that do not exist or are not directories, as configured
     * @param errors           directories or files that could not be read, one message each
     */
    public record ListResult(List<SourceFile> files, List<String> missingLocations, List<String> errors) {

        /** One line per missing location and per error, as the lint prints them as notes. */
        public List<String> notes() {
            List<String> notes = new ArrayList<>();
            for (String missing : missingLocations) {
                notes.add("location " + missing + " does not exist; no migrations read from it");
            }
            notes.addAll(errors);
            return notes;
        }
    }

    private FileSystemSources() {
    }

    /** Lists every regular file under each of {@code locations}. Never throws for missing or unreadable paths. */
    public static ListResult list(Path projectDir, List<String> locations) {
        Path project = projectDir.toAbsolutePath().normalize();
        List<SourceFile> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String configured : locations) {
            Path dir = resolve(project, configured);
            if (!Files.isDirectory(dir)) {
                missing.add(configured);
                continue;
            }
            String location = display(project, dir);
            // inside the project, a file's display path is the location's followed by the path within it
            String prefix = !dir.startsWith(project) ? null : location.equals(".") ? "" : location + "/";
            List<Path> found = new ArrayList<>();
            walk(dir, found, errors, project);
            List<SourceFile> here = new ArrayList<>();
            for (Path file : found) {
                if (seen.add(file)) {
                    String relative = slashes(dir.relativize(file));
                    here.add(new SourceFile(prefix == null ? display(project, file) : prefix + relative, location,
                            relative, new CachedFileContent(file)));
                }
            }
            here.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
            files.addAll(here);
        }
        return new ListResult(List.copyOf(files), List.copyOf(missing), List.copyOf(errors));
    }

    /** The directory a configured location names, resolved against the (absolute) project directory. */
    public static Path resolve(Path project, String configured) {
        String spec = configured.strip();
        if (spec.startsWith("filesystem:")) {
            spec = spec.substring("filesystem:".length());
        } else if (spec.startsWith("classpath:")) {
            String inner = spec.substring("classpath:".length());
            while (inner.startsWith("/")) {
                inner = inner.substring(1);
            }
            spec = CLASSPATH_ROOT + (inner.isEmpty() ? "" : "/" + inner);
        }
        Path p = Path.of(spec);
        return (p.isAbsolute() ? p : project.resolve(p)).normalize();
    }

    private static void walk(Path dir, List<Path> found, List<String> errors, Path project) {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                found.add(file.toAbsolutePath().normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            errors.add("cannot read " + display(project, file) + ": " + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add("cannot list " + display(project, dir) + ": " + e.getMessage());
        }
    }

    /** Relative to the project with '/' when inside it, else absolute. */
    public static String display(Path project, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(project)) {
            String rel = slashes(project.relativize(abs));
            return rel.isEmpty() ? "." : rel;
        }
        return abs.toString();
    }

    /**
     * What {@link #display} gives for the files of a location: the prefix to put before a file's '/'-separated path
     * relative to the location, given the location's own display path. Saves a {@code Path} per file where thousands
     * of files are listed (a Git index or tree).
     */
    public static String displayPrefix(String locationDisplay) {
        return locationDisplay.equals(".") ? "" : locationDisplay + "/";
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
