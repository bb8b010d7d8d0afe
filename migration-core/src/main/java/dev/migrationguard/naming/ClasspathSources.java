package dev.migrationguard.naming;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the files under a class path location ({@code classpath:db/migration}) as a class loader sees them: in
 * directories ({@code target/classes}) and in jars, including the nested jars of a Spring Boot executable jar (read
 * through the loader's own {@code jar:} URL handler). Where two class path entries hold the same relative path, the
 * first one wins, as it does for {@link ClassLoader#getResource}.
 *
 * <p>A jar is found through its directory entry ({@code db/migration/}): Maven, Gradle, the {@code jar} tool and
 * Spring Boot write one; a jar written without directory entries is not seen.
 */
public final class ClasspathSources {

    /** The prefix of a class path location. */
    public static final String PREFIX = "classpath:";

    private ClasspathSources() {
    }

    /**
     * The resource directory a location names: {@code classpath:db/migration} and {@code db/migration} both give
     * {@code db/migration} (no leading or trailing slash).
     */
    public static String resourcePath(String location) {
        String path = location.strip();
        if (path.startsWith(PREFIX)) {
            path = path.substring(PREFIX.length());
        }
        path = path.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /**
     * Lists every file under {@code location} on {@code loader}'s class path. The files' bytes are read here (jars are
     * closed before returning); {@link FileSystemSources.ListResult#missingLocations()} holds the location when no
     * class path entry has it. Never throws for unreadable entries: they come back as errors.
     */
    public static FileSystemSources.ListResult list(ClassLoader loader, String location) {
        String dir = resourcePath(location);
        String shownLocation = PREFIX + dir;
        Map<String, SourceFile> files = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(dir.isEmpty() ? "" : dir + "/");
        } catch (IOException e) {
            return new FileSystemSources.ListResult(List.of(), List.of(),
                    List.of("cannot list " + shownLocation + ": " + message(e)));
        }
        boolean found = false;
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            found = true;
            try {
                if ("file".equals(root.getProtocol())) {
                    listDirectory(Path.of(root.toURI()), dir, shownLocation, files, errors);
                } else {
                    URLConnection connection = root.openConnection();
                    if (!(connection instanceof JarURLConnection jar)) {
                        errors.add("cannot list " + shownLocation + " in " + root + ": the class path entry is "
                                + "neither a directory nor a jar; put the migrations in a directory or jar");
                        continue;
                    }
                    listJar(jar, shownLocation, files);
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                errors.add("cannot list " + shownLocation + " in " + root + ": " + message(e));
            }
        }
        List<SourceFile> sorted = new ArrayList<>(files.values());
        sorted.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return new FileSystemSources.ListResult(List.copyOf(sorted), found ? List.of() : List.of(shownLocation),
                List.copyOf(errors));
    }

    private static void listDirectory(Path root, String dir, String location, Map<String, SourceFile> files,
                                      List<String> errors) {
        FileSystemSources.ListResult listing = FileSystemSources.list(root, List.of("."));
        errors.addAll(listing.errors());
        for (SourceFile f : listing.files()) {
            byte[] bytes;
            try {
                bytes = f.content().read();
            } catch (IOException e) {
                errors.add("cannot read " + root.resolve(f.relativePath()) + ": " + message(e));
                continue;
            }
            add(files, location, dir, f.relativePath(), bytes);
        }
    }

    private static void listJar(JarURLConnection connection, String location, Map<String, SourceFile> files)
            throws IOException {
        connection.setUseCaches(false);
        String entryDir = connection.getEntryName();
        String prefix = entryDir == null || entryDir.isEmpty() ? "" : entryDir.endsWith("/") ? entryDir
                : entryDir + "/";
        String dir = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.length() == prefix.length()) {
                    continue;
                }
                String relative = name.substring(prefix.length());
                if (!files.containsKey(relative)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        add(files, location, dir, relative, in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void add(Map<String, SourceFile> files, String location, String dir, String relative,
                            byte[] bytes) {
        files.putIfAbsent(relative, new SourceFile(dir.isEmpty() ? relative : dir + "/" + relative, location,
                relative, () -> bytes));
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
