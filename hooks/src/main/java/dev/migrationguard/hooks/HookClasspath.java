package dev.migrationguard.hooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * The classpath the hook runs with. A signed jar (JGit is one) costs every hook run the verification of its
 * signature and of a digest per loaded class, and class data sharing leaves its classes out of the archive; so the
 * installer runs the hook on a copy of each signed jar without its signature files and per-entry digests, kept in
 * {@code lib/} of the state directory. The classes are byte for byte those of the jar Maven resolved (and checked
 * against its checksums); unsigned jars and class directories are used where they are.
 */
final class HookClasspath {

    /** The directory inside the state directory that holds the unsigned copies. */
    static final String LIB_DIR = "lib";

    /** This module's own artifact. */
    static final String OWN_ARTIFACT = "dev.migrationguard:migration-guard-hooks";

    /** The list of this module's run-time dependencies, written into the jar by the build. */
    private static final String DEPENDENCIES = "runtime-dependencies.txt";

    private HookClasspath() {
    }

    /**
     * The artifacts ({@code groupId:artifactId}) the hook runs with: this module and its run-time dependencies as the
     * build recorded them. Empty when the record is missing (a build that skipped it): then every jar is kept.
     */
    static Set<String> runtimeArtifacts() throws IOException {
        Set<String> artifacts = new LinkedHashSet<>();
        try (InputStream in = HookClasspath.class.getResourceAsStream(DEPENDENCIES)) {
            if (in == null) {
                return artifacts;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                // "   org.eclipse.jgit:org.eclipse.jgit:jar:7.8.1 -- module org.eclipse.jgit"
                String[] coordinates = line.strip().split("\\s", 2)[0].split(":");
                if (coordinates.length >= 4) {
                    artifacts.add(coordinates[0] + ":" + coordinates[1]);
                }
            }
        }
        if (!artifacts.isEmpty()) {
            artifacts.add(OWN_ARTIFACT);
        }
        return artifacts;
    }

    /**
     * The classpath to record: {@code classpath} with each signed jar replaced by its unsigned copy in
     * {@code stateDir/lib}, written now. Copies left from an earlier install that are no longer needed are removed.
     */
    static List<Path> prepare(List<Path> classpath, Path stateDir) throws IOException {
        Path lib = stateDir.resolve(LIB_DIR);
        List<Path> out = new ArrayList<>();
        List<Path> copies = new ArrayList<>();
        for (Path entry : classpath) {
            Path abs = entry.toAbsolutePath().normalize();
            if (Files.isRegularFile(abs) && isSigned(abs)) {
                Files.createDirectories(lib);
                Path copy = lib.resolve(abs.getFileName().toString());
                writeUnsigned(abs, copy);
                copies.add(copy);
                out.add(copy);
            } else {
                out.add(abs);
            }
        }
        removeStale(lib, copies);
        return out;
    }

    /**
     * True when the jar carries a signature ({@code META-INF/*.SF}); false for a file that is not a jar (it is then
     * left on the classpath as it is, and the JVM reports it if it ever matters).
     */
    static boolean isSigned(Path jar) throws IOException {
        try (JarFile file = openOrNull(jar)) {
            if (file == null) {
                return false;
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                if (isSignatureFile(entries.nextElement().getName())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static JarFile openOrNull(Path jar) throws IOException {
        try {
            return new JarFile(jar.toFile(), false);
        } catch (ZipException e) {
            return null;
        }
    }

    private static void writeUnsigned(Path jar, Path copy) throws IOException {
        Path tmp = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".tmp");
        try (JarFile in = new JarFile(jar.toFile(), false);
                OutputStream os = Files.newOutputStream(tmp);
                JarOutputStream out = new JarOutputStream(os, mainAttributesOnly(in.getManifest()))) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignatureFile(name)) {
                    continue;
                }
                ZipEntry copyEntry = new ZipEntry(name);
                copyEntry.setTime(e.getTime());
                out.putNextEntry(copyEntry);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest without its per-entry sections (they hold only the digests the signature covers). */
    private static Manifest mainAttributesOnly(Manifest manifest) {
        Manifest out = new Manifest();
        if (manifest != null) {
            out.getMainAttributes().putAll(manifest.getMainAttributes());
        }
        out.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        return out;
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    private static void removeStale(Path lib, List<Path> keep) throws IOException {
        if (!Files.isDirectory(lib)) {
            return;
        }
        try (var entries = Files.list(lib)) {
            for (Path p : entries.toList()) {
                if (!keep.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        if (keep.isEmpty()) {
            Files.deleteIfExists(lib);
        }
    }
}
