package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookClasspathTest {

    @TempDir
    Path tmp;

    static Path jgitJar() throws Exception {
        return Path.of(Repository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theHookRunsWithThisModuleAndItsRunTimeDependenciesOnly() throws Exception {
        assertThat(HookClasspath.runtimeArtifacts())
                .contains(HookClasspath.OWN_ARTIFACT, "dev.migrationguard:migration-core",
                        "org.eclipse.jgit:org.eclipse.jgit", "com.github.jsqlparser:jsqlparser",
                        "org.yaml:snakeyaml", "org.slf4j:slf4j-api")
                .noneMatch(a -> a.startsWith("io.zonky.test:") || a.startsWith("org.testcontainers:")
                        || a.startsWith("org.junit") || a.startsWith("org.assertj:"));
    }

    @Test
    void signedJarIsReplacedByAnUnsignedCopyWithTheSameClasses() throws Exception {
        Path jgit = jgitJar();
        assertThat(HookClasspath.isSigned(jgit)).isTrue();
        Path plain = unsignedJar(tmp.resolve("plain.jar"));
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Path state = tmp.resolve("state");

        List<Path> out = HookClasspath.prepare(List.of(plain, jgit, classes), state);

        Path copy = state.resolve("lib").resolve(jgit.getFileName());
        assertThat(out).containsExactly(plain, copy, classes);
        assertThat(HookClasspath.isSigned(copy)).isFalse();
        try (JarFile original = new JarFile(jgit.toFile(), false); JarFile copied = new JarFile(copy.toFile(), false)) {
            List<String> originalNames = Collections.list(original.entries()).stream().map(JarEntry::getName)
                    .filter(n -> !HookClasspath.isSignatureFile(n)).sorted().toList();
            List<String> copiedNames = Collections.list(copied.entries()).stream().map(JarEntry::getName)
                    .sorted().toList();
            assertThat(copiedNames).isEqualTo(originalNames);
            String cls = "org/eclipse/jgit/lib/Repository.class";
            assertThat(copied.getInputStream(copied.getEntry(cls)).readAllBytes())
                    .isEqualTo(original.getInputStream(original.getEntry(cls)).readAllBytes());
            assertThat(copied.getManifest().getEntries()).isEmpty();
            assertThat(copied.getManifest().getMainAttributes())
                    .isEqualTo(original.getManifest().getMainAttributes());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()}, null)) {
            Class<?> loaded = loader.loadClass("org.eclipse.jgit.lib.Repository");
            assertThat(loaded.getProtectionDomain().getCodeSource().getCodeSigners()).isNull();
        }
    }

    @Test
    void copiesNoLongerNeededAreRemoved() throws Exception {
        Path state = tmp.resolve("state");
        HookClasspath.prepare(List.of(jgitJar()), state);
        assertThat(state.resolve("lib")).isDirectory();

        List<Path> out = HookClasspath.prepare(List.of(unsignedJar(tmp.resolve("plain.jar"))), state);

        assertThat(out).containsExactly(tmp.resolve("plain.jar"));
        assertThat(state.resolve("lib")).doesNotExist();
    }

    @Test
    void signatureFilesAreThoseDirectlyInMetaInf() {
        assertThat(HookClasspath.isSignatureFile("META-INF/ECLIPSE_.SF")).isTrue();
        assertThat(HookClasspath.isSignatureFile("META-INF/ECLIPSE_.RSA")).isTrue();
        assertThat(HookClasspath.isSignatureFile("meta-inf/x.dsa")).isTrue();
        assertThat(HookClasspath.isSignatureFile("META-INF/SIG-X")).isTrue();
        assertThat(HookClasspath.isSignatureFile("META-INF/MANIFEST.MF")).isFalse();
        assertThat(HookClasspath.isSignatureFile("META-INF/maven/x/pom.SF")).isFalse();
        assertThat(HookClasspath.isSignatureFile("org/x/A.SF")).isFalse();
    }

    private static Path unsignedJar(Path jar) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, m)) {
            out.putNextEntry(new ZipEntry("a/B.txt"));
            out.write("b".getBytes());
            out.closeEntry();
        }
        return jar;
    }
}
