package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;

/**
 * Installs and removes the Git pre-commit hook of a project. The hook file gets only a block between
 * {@code # >>> migration-guard >>>} and {@code # <<< migration-guard <<<}; every other line of an existing hook is
 * kept. Beside it, in {@code <git common dir>/migration-guard/}, the installer records the classpath to run, the
 * effective lint configuration and a fingerprint of the files that configuration came from. Nothing secret is
 * written: database settings are not part of the recorded configuration.
 */
public final class HookInstaller {

    /** The hook Git runs before each commit. */
    public static final String HOOK_NAME = "pre-commit";

    /** The stand-alone script in the state directory that hook managers call; the hook block has the same body. */
    public static final String RUN_SCRIPT = "run.sh";

    /**
     * The JVM options of every hook run (and of the run that makes its archive): the client compiler only, on one
     * thread and inlining only small methods (a run lasts a fifth of a second: compiling less leaves the cores to the
     * run itself), the serial collector, no performance-data file, SLF4J told that it has no provider (JGit logs
     * through it; looking for one would open every jar on the classpath), and UTC as the time zone: the hook prints
     * no time, and JGit, which formats file times for its debug log, would otherwise load the whole time-zone
     * database at every commit.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:C1MaxInlineSize=10", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Dslf4j.internal.verbosity=ERROR",
            "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", "-Duser.timezone=UTC");

    /** The class data sharing archive in the state directory; the hook uses it when present. */
    public static final String CDS_ARCHIVE = "hook.jsa";

    /**
     * The ahead-of-time cache in the state directory, made instead of {@link #CDS_ARCHIVE} when the hook's Java is 25
     * or later (classes loaded and linked, and the methods' profiles, from a training run); the hook prefers it.
     */
    public static final String AOT_CACHE = "hook.aot";

    /** The first Java release whose JVM writes an ahead-of-time cache in one training run. */
    static final int AOT_RELEASE = 25;

    private static final String TEMPLATE = "pre-commit-block.sh";

    /**
     * What to install.
     *
     * @param config           the effective configuration, exactly as {@code db:lint} would use it
     * @param classpath        the jars (or class directories) the hook runs with; must contain this module and the
     *                         engine with their dependencies
     * @param fingerprintFiles the files the configuration comes from (the pom, {@code .migration-guard.yml}); a
     *                         change to any of them makes the hook report that it is out of date
     * @param java             the {@code java} executable the hook runs
     * @param writeHook        false to record the state and {@code run.sh} only, for a hook manager (the
     *                         pre-commit framework, lefthook, husky) that calls {@code run.sh} itself
     * @param server           let the hook use (and start) a {@link HookServer}: commits after the first are
     *                         served by a JVM that stays up; false runs every commit in a JVM of its own
     */
    public record Request(MigrationGuardConfig config, List<Path> classpath, List<Path> fingerprintFiles, Path java,
                          boolean writeHook, boolean server) {

        public Request {
            classpath = List.copyOf(classpath);
            fingerprintFiles = List.copyOf(fingerprintFiles);
        }

        /** A request for a hook that uses a {@link HookServer}. */
        public Request(MigrationGuardConfig config, List<Path> classpath, List<Path> fingerprintFiles, Path java,
                       boolean writeHook) {
            this(config, classpath, fingerprintFiles, java, writeHook, true);
        }

        /** A request that writes the pre-commit hook. */
        public Request(MigrationGuardConfig config, List<Path> classpath, List<Path> fingerprintFiles, Path java) {
            this(config, classpath, fingerprintFiles, java, true);
        }
    }

    /**
     * The outcome of an install or uninstall.
     *
     * @param ok       false when nothing could be done; {@code message} then says why and what to do
     * @param message  one line for the user
     * @param hookFile the hook file written or edited, null when none
     */
    public record Outcome(boolean ok, String message, Path hookFile) {
    }

    private HookInstaller() {
    }

    /**
     * The artifacts ({@code groupId:artifactId}) the hook needs at run time, of all those the Maven plugin has: the
     * installer records only these jars. Empty when unknown (then every jar is recorded).
     */
    public static Set<String> runtimeArtifacts() throws IOException {
        return HookClasspath.runtimeArtifacts();
    }

    /** The {@code java} of the running JVM, else {@code java} from the PATH. */
    public static Path currentJava() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java : Path.of("java");
    }

    /** Installs (or reinstalls) the hook for the project of {@code request}. */
    public static Outcome install(Request request) {
        Path project = request.config().projectDir();
        try (Repository repo = GitLocations.open(project)) {
            if (repo == null) {
                return notInRepository(project);
            }
            Path workTree = GitLocations.workTree(repo);
            Path stateDir = GitLocations.stateDir(repo);
            List<String> fingerprintFiles = new ArrayList<>();
            for (Path f : request.fingerprintFiles()) {
                fingerprintFiles.add(relativeTo(workTree, f));
            }
            List<String> classpath = HookClasspath.prepare(request.classpath(), stateDir).stream()
                    .map(Path::toString).toList();
            HookState state = new HookState(classpath, relativeTo(workTree, project), fingerprintFiles,
                    Fingerprint.of(workTree, fingerprintFiles));
            state.write(stateDir);
            // an archive of an earlier install belongs to its jars and its Java (a Java before 25 refuses the option
            // of an ahead-of-time cache): createCdsArchive makes the one for this install
            Files.deleteIfExists(stateDir.resolve(CDS_ARCHIVE));
            Files.deleteIfExists(stateDir.resolve(AOT_CACHE));
            Files.deleteIfExists(stateDir.resolve(HookServer.CANNOT_START)); // the new install may start one
            Files.writeString(stateDir.resolve(HookState.CONFIG_FILE), LintConfigYaml.write(request.config()),
                    StandardCharsets.UTF_8);

            String block = block(stateDir, classpath, request.java(),
                    UntouchedCheck.condition(workTree, request.config(), fingerprintFiles), request.server());
            Path runScript = stateDir.resolve(RUN_SCRIPT);
            Files.writeString(runScript, HookBlock.install(null, block), StandardCharsets.UTF_8);
            makeExecutable(runScript);
            if (!request.writeHook()) {
                return new Outcome(true, "Migration Guard: recorded the hook's classpath and configuration in "
                        + stateDir + "; call " + runScript + " from your hook manager", null);
            }

            Path hooksDir = GitLocations.hooksDir(repo);
            Files.createDirectories(hooksDir);
            Path hook = hooksDir.resolve(HOOK_NAME);
            String existing = Files.isRegularFile(hook) ? Files.readString(hook, StandardCharsets.UTF_8) : null;
            boolean replaced = HookBlock.contains(existing);
            Files.writeString(hook, HookBlock.install(existing, block), StandardCharsets.UTF_8);
            makeExecutable(hook);
            return new Outcome(true, "Migration Guard: pre-commit hook " + (replaced ? "updated" : "installed")
                    + " in " + hook, hook);
        } catch (IOException e) {
            return new Outcome(false, "Migration Guard: cannot install the pre-commit hook: " + e.getMessage()
                    + "; check the permissions of the Git directory", null);
        }
    }

    /** Removes the block from the hook (and the file when nothing else is left) and the recorded state. */
    public static Outcome uninstall(Path projectDir) {
        try (Repository repo = GitLocations.open(projectDir)) {
            if (repo == null) {
                return notInRepository(projectDir);
            }
            Path hook = GitLocations.hooksDir(repo).resolve(HOOK_NAME);
            deleteState(GitLocations.stateDir(repo));
            if (!Files.isRegularFile(hook)) {
                return new Outcome(true, "Migration Guard: no pre-commit hook in " + hook.getParent()
                        + "; nothing to remove", null);
            }
            String existing = Files.readString(hook, StandardCharsets.UTF_8);
            if (!HookBlock.contains(existing)) {
                return new Outcome(true, "Migration Guard: " + hook + " has no Migration Guard block; left as is",
                        hook);
            }
            String rest = HookBlock.uninstall(existing);
            if (rest == null) {
                Files.delete(hook);
                return new Outcome(true, "Migration Guard: pre-commit hook " + hook + " removed", hook);
            }
            Files.writeString(hook, rest, StandardCharsets.UTF_8);
            return new Outcome(true, "Migration Guard: block removed from " + hook + "; the rest of the hook is kept",
                    hook);
        } catch (IOException e) {
            return new Outcome(false, "Migration Guard: cannot remove the pre-commit hook: " + e.getMessage(), null);
        }
    }

    /**
     * Creates the start-up archive the hook uses when present: with Java 25 or later an ahead-of-time cache
     * ({@code hook.aot}, {@code -XX:AOTCacheOutput}), else a class data sharing archive ({@code hook.jsa},
     * {@code -XX:ArchiveClassesAtExit}), from one run of the hook on the repository (its output dropped) and on sample
     * migrations. Optional: a failure leaves the hook working without it.
     */
    public static Outcome createCdsArchive(Path projectDir, Path java) {
        try (Repository repo = GitLocations.open(projectDir)) {
            if (repo == null) {
                return notInRepository(projectDir);
            }
            Path stateDir = GitLocations.stateDir(repo);
            HookState state = HookState.read(stateDir);
            if (state == null) {
                return new Outcome(false, "Migration Guard: install the hook before creating its archive", null);
            }
            Files.deleteIfExists(stateDir.resolve(CDS_ARCHIVE));
            Files.deleteIfExists(stateDir.resolve(AOT_CACHE));
            boolean aot = javaRelease(java) >= AOT_RELEASE;
            Path archive = stateDir.resolve(aot ? AOT_CACHE : CDS_ARCHIVE);
            String what = aot ? "ahead-of-time cache" : "class data sharing archive";
            List<String> command = new ArrayList<>(List.of(java.toString(),
                    (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive));
            command.addAll(JVM_OPTIONS);
            // through the client, whose connection classes the archive then holds too
            command.addAll(List.of("-cp", String.join(":", state.classpath()), HookClient.class.getName(),
                    "--warm-up", "--state", stateDir.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).directory(GitLocations.workTree(repo).toFile())
                    .redirectErrorStream(true);
            // as Git runs the hook: at the work tree's root, pointed at the index, which the hook then reads while
            // the repository opens
            pb.environment().put("GIT_INDEX_FILE", repo.getIndexFile().getAbsolutePath());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (status != 0 || !Files.isRegularFile(archive)) {
                Files.deleteIfExists(archive);
                return new Outcome(false, "Migration Guard: could not create the " + what + " (exit " + status
                        + "); the hook runs without it. " + output.strip(), null);
            }
            return new Outcome(true, "Migration Guard: " + what + " written to " + archive, archive);
        } catch (IOException e) {
            return new Outcome(false, "Migration Guard: could not create the start-up archive: "
                    + e.getMessage() + "; the hook runs without it", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "Migration Guard: interrupted while creating the archive", null);
        }
    }

    /**
     * The feature release of the Java whose launcher is {@code java}, from the {@code release} file of its home
     * ({@code JAVA_VERSION="25.0.1"}); 0 when that cannot be told (then the class data sharing archive is made,
     * which every supported Java writes).
     */
    static int javaRelease(Path java) {
        Path bin = java.toAbsolutePath().getParent();
        Path home = bin == null ? null : bin.getParent();
        if (home == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "").strip();
                    int end = 0;
                    while (end < version.length() && Character.isDigit(version.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no release file (a launcher found on the PATH, an unusual layout): assume an older Java
        }
        return 0;
    }

    private static Outcome notInRepository(Path project) {
        return new Outcome(false, "Migration Guard: " + project + " is not inside a Git work tree; run git init "
                + "(or clone the repository) first", null);
    }

    /**
     * @param untouched the shell condition under which Java need not run ({@link UntouchedCheck})
     * @param server    the hook asks a {@link HookServer} first ({@link HookClient}), else runs {@link HookMain}
     */
    static String block(Path stateDir, List<String> classpath, Path java, String untouched, boolean server)
            throws IOException {
        String template;
        try (InputStream in = HookInstaller.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("the hook template " + TEMPLATE + " is missing from the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template.replace("@STATE_DIR@", quote(slashes(stateDir.toString())))
                .replace("@CLASSPATH@", quote(String.join(":", classpath)))
                .replace("@JAVA@", quote(slashes(java.toString())))
                .replace("@JVM_OPTIONS@", String.join(" ", JVM_OPTIONS))
                .replace("@UNTOUCHED@", untouched)
                .replace("@MAIN@", (server ? HookClient.class : HookMain.class).getName());
    }

    /** Single-quoted for sh. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    private static String relativeTo(Path workTree, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(workTree)) {
            return abs.toString();
        }
        String rel = workTree.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
        return rel.isEmpty() ? "." : rel;
    }

    private static void makeExecutable(Path hook) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(hook);
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(hook, perms);
        } catch (UnsupportedOperationException e) {
            hook.toFile().setExecutable(true);
        }
    }

    private static void deleteState(Path stateDir) throws IOException {
        // a running server finds its state gone and stops
        for (String name : List.of(HookState.STATE_FILE, HookState.CONFIG_FILE, RUN_SCRIPT, CDS_ARCHIVE, AOT_CACHE,
                TreeListings.CACHE_FILE, HookServer.SOCKET, HookServer.LOCK, HookServer.LOG,
                HookServer.CANNOT_START)) {
            Files.deleteIfExists(stateDir.resolve(name));
        }
        Path lib = stateDir.resolve(HookClasspath.LIB_DIR);
        if (Files.isDirectory(lib)) {
            try (var copies = Files.list(lib)) {
                for (Path copy : copies.toList()) {
                    Files.deleteIfExists(copy);
                }
            }
            Files.delete(lib);
        }
        if (Files.isDirectory(stateDir)) {
            try (var entries = Files.list(stateDir)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(stateDir);
                }
            }
        }
    }
}
