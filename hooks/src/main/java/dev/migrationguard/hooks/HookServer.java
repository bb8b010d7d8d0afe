package dev.migrationguard.hooks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.eclipse.jgit.lib.Repository;

/**
 * The hook server: a JVM that stays up between commits and runs the hook for them, so that a commit pays for a small
 * client's start-up instead of the whole hook's (its classes, JGit's set-up, compiling the code that names thousands
 * of files). The first commit that finds no server runs the hook itself and then starts one ({@link #start}); later
 * commits' {@link HookClient}s send it their working directory and environment over a Unix domain socket in the state
 * directory and print what it answers.
 *
 * <p>Each request runs {@link HookMain} exactly as the hook's own process would, reading the recorded state, the
 * configuration, the index and the repository afresh; the server keeps nothing of one commit for the next but its
 * loaded and compiled classes. It serves one state directory, for the jars it was started with, and one request at a
 * time; it refuses a request once the install changed ({@code hook.properties} rewritten, a jar replaced) and then
 * stops, as it does when the state directory is removed ({@code db:uninstall-hook}), after {@link #DEFAULT_IDLE}
 * without a request, or when another process holds its lock. It answers only processes of its own user (the
 * socket's permissions, and the peer's credentials where the platform tells them). Its output goes to
 * {@code server.log} in the state directory: one line when it starts and stops, one per request (no output of the
 * hook, no environment). A server that cannot listen on its socket leaves {@link #CANNOT_START}, and commits then
 * start none until the next install.
 */
public final class HookServer {

    /** The socket, in the state directory. */
    static final String SOCKET = "hook.sock";
    /** Held by the running server; a second server started meanwhile finds it taken and stops. */
    static final String LOCK = "server.lock";
    /** Where the server writes what it does. */
    static final String LOG = "server.log";
    /**
     * Left by a server that could not listen on its socket (with the reason): commits do not start another until the
     * hook is installed again.
     */
    static final String CANNOT_START = "server.failed";
    /** How long a server waits for the next commit before it stops. */
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    /**
     * Turns the server off for the processes that see it: {@code off} (or {@code false}, {@code 0}, {@code no}), as
     * does {@code CI=true}: a build machine's commits run the hook in their own process.
     */
    static final String SWITCH = "MIGRATION_GUARD_HOOK_SERVER";
    /** Seconds a server started by this process waits for the next commit (default {@link #DEFAULT_IDLE}). */
    static final String IDLE_VARIABLE = "MIGRATION_GUARD_HOOK_SERVER_IDLE";
    /**
     * The server's JVM: the client compiler only (a served run takes a few tens of milliseconds with it, and the
     * optimizing compiler would hold more memory for little gain), the serial collector with a young generation
     * that holds most of a run's garbage (in a smaller one a commit waits for many collections) and the rest of the
     * heap given back after each request, no performance-data file, SLF4J told it has no provider, UTC (as the
     * hook's JVM).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms48m",
            "-Xmn32m", "-Xmx512m", "-XX:-ShrinkHeapInSteps", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:-UsePerfData", "-Dslf4j.internal.verbosity=ERROR",
            "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", "-Duser.timezone=UTC");
    /** A client that has not sent its whole request by then is dropped. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long WATCH_MILLIS = 2_000;
    /** Longest socket path the platforms take (108 bytes on Linux, 104 on macOS), less a margin. */
    private static final int MAX_SOCKET_PATH = 100;
    private static final long MAX_LOG_BYTES = 1 << 20;
    private static final int WARM_UP_RUNS = 5;

    private final Path stateDir;
    private final Path workTree;
    private final Duration idle;
    private final PrintStream log;
    private final Install install;
    private final String user = System.getProperty("user.name");
    private volatile long lastUsed = System.nanoTime();
    private volatile boolean busy;
    private volatile SocketChannel reading;
    private volatile long readingSince;
    private volatile String stopReason;

    private HookServer(Path stateDir, Path workTree, Duration idle, PrintStream log, Install install) {
        this.stateDir = stateDir;
        this.workTree = workTree;
        this.idle = idle;
        this.log = log;
        this.install = install;
    }

    /** Usage: {@code HookServer --state <dir> --work-tree <dir> [--idle-seconds <n>]}. */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--state") || !options.containsKey("--work-tree")) {
            System.err.println("Usage: java -cp <classpath> dev.migrationguard.hooks.HookServer --state <dir> "
                    + "--work-tree <dir> [--idle-seconds <n>]");
            System.exit(2);
        }
        Path stateDir = Path.of(options.get("--state")).toAbsolutePath().normalize();
        Path workTree = Path.of(options.get("--work-tree")).toAbsolutePath().normalize();
        Duration idle = options.containsKey("--idle-seconds")
                ? Duration.ofSeconds(Long.parseLong(options.get("--idle-seconds"))) : DEFAULT_IDLE;
        System.exit(serve(stateDir, workTree, idle, System.out));
    }

    /** Runs a server until it stops; 0 when it stopped as it should, 1 when it could not start. */
    static int serve(Path stateDir, Path workTree, Duration idle, PrintStream log) {
        long pid = ProcessHandle.current().pid();
        Install install = Install.of(stateDir);
        if (install == null) {
            log.println("hook server " + pid + ": no hook installed in " + stateDir + "; not started");
            return 1;
        }
        try (FileChannel lockFile = FileChannel.open(stateDir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = acquire(lockFile)) {
            if (lock == null) {
                log.println("hook server " + pid + ": another server serves " + stateDir + "; not started");
                return 0;
            }
            HookServer server = new HookServer(stateDir, workTree, idle, log, install);
            return server.run(pid);
        } catch (IOException e) {
            log.println("hook server " + pid + ": cannot start: " + e.getMessage());
            return 1;
        }
    }

    /** The lock, waiting a little for a server that is stopping; null when another process keeps it. */
    private static FileLock acquire(FileChannel lockFile) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            FileLock lock = lockFile.tryLock();
            if (lock != null) {
                return lock;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private int run(long pid) throws IOException {
        Path socket = stateDir.resolve(SOCKET);
        try (ServerSocketChannel channel = listen(socket)) {
            try {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // no POSIX permissions here: the state directory's own protect it
            }
            log.println("hook server " + pid + ": serving " + stateDir);
            log.flush();
            warmUp();
            startWatch(channel);
            while (stopReason == null) {
                SocketChannel client;
                try {
                    client = channel.accept();
                } catch (ClosedChannelException e) {
                    break;
                }
                busy = true;
                try (client) {
                    handle(client);
                } catch (IOException | RuntimeException e) {
                    log.println("request failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
                } catch (Error e) {
                    stopReason = "an error in the last request: " + e;
                }
                lastUsed = System.nanoTime();
                busy = false;
                log.flush();
                System.gc(); // gives the request's heap back until the next commit
            }
        } finally {
            Files.deleteIfExists(socket);
        }
        log.println("hook server " + pid + ": stopped (" + Objects.requireNonNullElse(stopReason, "closed") + ")");
        log.flush();
        return 0;
    }

    /**
     * The server's socket, listening; when it cannot listen (a platform or file system without Unix domain sockets,
     * say), {@link #CANNOT_START} tells later commits not to start servers until the next install.
     */
    private ServerSocketChannel listen(Path socket) throws IOException {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            // the lock is ours: a socket file left there belongs to a server that is gone
            Files.deleteIfExists(socket);
            channel.bind(address(socket, stateDir));
            return channel;
        } catch (IOException | UnsupportedOperationException e) {
            if (channel != null) {
                channel.close();
            }
            Files.writeString(stateDir.resolve(CANNOT_START), "the hook server cannot listen on " + socket + ": "
                    + e.getMessage() + "\n", StandardCharsets.UTF_8);
            throw new IOException("cannot listen on " + socket + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs of the hook on the repository as Git runs it (pointed at the index), output dropped: the first commit
     * served finds the code compiled.
     */
    private void warmUp() {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        Map<String, String> environment = new HashMap<>();
        try (Repository repo = GitLocations.open(workTree)) {
            if (repo != null) {
                environment.put("GIT_INDEX_FILE", repo.getIndexFile().getAbsolutePath());
            }
        } catch (IOException | RuntimeException e) {
            // warmed up without the index: JGit reads it
        }
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            new HookMain(none, none, workTree, environment).run(List.of("--warm-up", "--state",
                    stateDir.toString()));
        }
    }

    /** A thread that stops the server (closes its socket) when it should stop, and drops clients that stall. */
    private void startWatch(ServerSocketChannel channel) {
        Thread watch = new Thread(new Runnable() {
            @Override
            public void run() {
                while (channel.isOpen()) {
                    try {
                        Thread.sleep(WATCH_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    SocketChannel stalled = reading;
                    if (stalled != null && System.nanoTime() - readingSince > REQUEST_TIMEOUT.toNanos()) {
                        close(stalled);
                    }
                    String why = reasonToStop();
                    if (why != null) {
                        stopReason = why;
                        close(channel);
                    }
                }
            }
        }, "migration-guard-server-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Why the server should stop now, or null. */
    private String reasonToStop() {
        if (!install.current()) {
            return "the hook was reinstalled or removed";
        }
        if (!busy && System.nanoTime() - lastUsed > idle.toNanos()) {
            return "no commit for " + (idle.toSeconds() % 60 == 0 ? idle.toMinutes() + " min"
                    : idle.toSeconds() + " s");
        }
        return null;
    }

    private void handle(SocketChannel client) throws IOException {
        if (!sameUser(client)) {
            log.println("request refused: another user's process");
            return;
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        HookWire.Request request;
        readingSince = System.nanoTime();
        reading = client;
        try {
            request = HookWire.Request.read(new DataInputStream(new BufferedInputStream(
                    Channels.newInputStream(client))));
        } finally {
            reading = null;
        }
        boolean current = install.current();
        if (request == null || !current
                || !Path.of(request.stateDir()).toAbsolutePath().normalize().equals(stateDir)) {
            HookWire.Frame.refused().write(out);
            out.flush();
            log.println("request refused: " + (request == null ? "another version of the hook"
                    : !current ? "the hook was reinstalled" : "another state directory"));
            if (!current) {
                stopReason = "the hook was reinstalled or removed";
            }
            return;
        }
        long start = System.nanoTime();
        HookWire.Output output = new HookWire.Output();
        PrintStream runOut = new PrintStream(output.stream(HookWire.Frame.OUT), false, StandardCharsets.UTF_8);
        PrintStream runErr = new PrintStream(output.stream(HookWire.Frame.ERR), false, StandardCharsets.UTF_8);
        int status = new HookMain(runOut, runErr, Path.of(request.workingDir()), request.environment())
                .run(List.of("--state", request.stateDir()));
        runOut.flush();
        runErr.flush();
        for (HookWire.Frame frame : output.frames()) {
            frame.write(out);
        }
        HookWire.Frame.exit(status).write(out);
        out.flush();
        log.println("served " + request.workingDir() + ": exit " + status + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** True when the peer runs as this server's user, or the platform does not tell. */
    private boolean sameUser(SocketChannel client) {
        try {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(user);
        } catch (UnsupportedOperationException | IOException e) {
            return true; // the socket's permissions keep other users out
        }
    }

    private static void close(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing is all that was asked
        }
    }

    /**
     * The socket's address as a process whose working directory is {@code from} reaches it: the absolute path, or
     * the path relative to {@code from} when the absolute one is too long for a socket address.
     */
    static UnixDomainSocketAddress address(Path socket, Path from) {
        Path absolute = socket.toAbsolutePath().normalize();
        if (absolute.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return UnixDomainSocketAddress.of(absolute);
        }
        return UnixDomainSocketAddress.of(from.toAbsolutePath().normalize().relativize(absolute));
    }

    /**
     * True when processes that see {@code environment} should use (and start) a server: not switched off with
     * {@link #SWITCH}, not on a build machine ({@code CI=true}).
     */
    static boolean wanted(Map<String, String> environment) {
        String value = environment.get(SWITCH);
        if (value != null && List.of("off", "false", "0", "no").contains(value.strip().toLowerCase(
                java.util.Locale.ROOT))) {
            return false;
        }
        return !"true".equalsIgnoreCase(Objects.requireNonNullElse(environment.get("CI"), "").strip());
    }

    /**
     * Starts a server for {@code stateDir} in the background, with this JVM's {@code java} and classpath; its output
     * goes to {@link #LOG}. Returns at once; a failure to start is not the hook's failure (the next commit runs the
     * hook itself again).
     */
    static void start(Path stateDir, Path workTree, Map<String, String> environment) {
        if (Files.exists(stateDir.resolve(CANNOT_START))) {
            return;
        }
        try {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), HookServer.class.getName(),
                    "--state", stateDir.toString(), "--work-tree", workTree.toString(),
                    "--idle-seconds", Long.toString(idleSeconds(environment))));
            // the log goes on from the last server's (a few lines a server, one a commit), begun afresh past 1 MB
            Path log = stateDir.resolve(LOG);
            boolean fresh = !Files.exists(log) || Files.size(log) > MAX_LOG_BYTES;
            ProcessBuilder pb = new ProcessBuilder(command).directory(stateDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(fresh ? ProcessBuilder.Redirect.to(log.toFile())
                            : ProcessBuilder.Redirect.appendTo(log.toFile()));
            // a request brings its own Git variables; the first commit's must not linger in the server
            pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
            pb.start().getOutputStream().close();
        } catch (IOException | RuntimeException e) {
            // no server: the next commit runs the hook in its own process, as this one did
        }
    }

    private static long idleSeconds(Map<String, String> environment) {
        String value = environment.get(IDLE_VARIABLE);
        if (value != null) {
            try {
                long seconds = Long.parseLong(value.strip());
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return DEFAULT_IDLE.toSeconds();
    }

    /**
     * The install a server serves: {@code hook.properties}'s modification time and size and the jars it names (their
     * {@link HookState#toolKey}), as they were when the server started.
     */
    private record Install(Path stateFile, FileTime modified, long size, String toolKey) {

        static Install of(Path stateDir) {
            Path stateFile = stateDir.resolve(HookState.STATE_FILE);
            try {
                HookState state = HookState.read(stateDir);
                if (state == null) {
                    return null;
                }
                return new Install(stateFile, Files.getLastModifiedTime(stateFile), Files.size(stateFile),
                        state.toolKey());
            } catch (IOException e) {
                return null;
            }
        }

        /** True while the state file and the jars are the ones the server started with. */
        boolean current() {
            Install now = of(stateFile.getParent());
            return now != null && now.modified.equals(modified) && now.size == size && now.toolKey.equals(toolKey);
        }
    }
}
