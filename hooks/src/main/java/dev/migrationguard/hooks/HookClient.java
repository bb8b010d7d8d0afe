package dev.migrationguard.hooks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the hook script runs: asks the repository's {@link HookServer} to run the hook, and prints its answer; when
 * no server answers (none started yet, switched off, refused, gone mid-request), runs the hook in this process
 * ({@link HookMain}), exactly as without a server, and then starts one for the next commits. A served run's output
 * is printed only once the whole answer has arrived, so a run is never reported twice or in part.
 *
 * <p>Usage: {@code java -cp <recorded classpath> dev.migrationguard.hooks.HookClient --state <dir>}; the exit status
 * is the hook's ({@link HookMain}).
 */
public final class HookClient {

    /** A served run that takes longer is given up, and the hook runs in this process instead. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

    private HookClient() {
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        Path workingDir = Path.of("").toAbsolutePath();
        if (args.length == 3 && args[0].equals("--warm-up")) {
            // the start-up archive's training run: the classes of a connection too
            reach(Path.of(args[2]).toAbsolutePath().normalize().resolve("warm-up.sock"), workingDir);
            HookMain.main(args);
            return;
        }
        if (args.length != 2 || !args[0].equals("--state")) {
            HookMain.main(args); // prints the usage
            return;
        }
        Path stateDir = Path.of(args[1]).toAbsolutePath().normalize();
        boolean server = HookServer.wanted(environment);
        if (server) {
            Integer status = ask(stateDir, workingDir, environment, System.out, System.err);
            if (status != null) {
                System.exit(status);
            }
        }
        int status = new HookMain(System.out, System.err, workingDir, environment).run(List.of(args));
        System.out.flush();
        System.err.flush();
        if (server && status != 2) {
            HookServer.start(stateDir, workingDir, environment);
        }
        System.exit(status);
    }

    /**
     * Has the server of {@code stateDir} run the hook and prints its output; the hook's exit status, or null when no
     * server gave a whole answer (nothing is printed then).
     */
    static Integer ask(Path stateDir, Path workingDir, Map<String, String> environment, PrintStream out,
                       PrintStream err) {
        Path socket = stateDir.resolve(HookServer.SOCKET);
        if (!Files.exists(socket)) {
            return null;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(HookServer.address(socket, workingDir));
            Thread timeout = closeAfter(channel, ANSWER_TIMEOUT);
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(
                    Channels.newOutputStream(channel)));
            new HookWire.Request(workingDir.toString(), stateDir.toString(), gitVariables(environment))
                    .write(request);
            DataInputStream answer = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            List<HookWire.Frame> frames = new ArrayList<>();
            while (true) {
                HookWire.Frame frame = HookWire.Frame.read(answer);
                if (frame.kind() == HookWire.Frame.REFUSED) {
                    return null;
                }
                if (frame.kind() == HookWire.Frame.EXIT) {
                    timeout.interrupt();
                    for (HookWire.Frame f : frames) {
                        (f.kind() == HookWire.Frame.OUT ? out : err).write(f.bytes());
                    }
                    out.flush();
                    err.flush();
                    return frame.status();
                }
                frames.add(frame);
            }
        } catch (IOException | RuntimeException e) {
            return null; // no server, a stale socket, a server that stopped or stalled: run the hook here
        }
    }

    /** The variables a hook run reads: Git's ({@code GIT_INDEX_FILE}, {@code GIT_DIR}, ...); no other is sent. */
    static Map<String, String> gitVariables(Map<String, String> environment) {
        Map<String, String> git = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getKey().startsWith("GIT_")) {
                git.put(e.getKey(), e.getValue());
            }
        }
        return git;
    }

    /** A thread that closes {@code channel} after {@code timeout} unless interrupted first. */
    private static Thread closeAfter(SocketChannel channel, Duration timeout) {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(timeout.toMillis());
                    channel.close();
                } catch (InterruptedException | IOException e) {
                    // answered in time, or closed already
                }
            }
        }, "migration-guard-answer-timeout");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Tries to connect to {@code socket}, for the classes it loads; the answer does not matter. */
    private static void reach(Path socket, Path workingDir) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(HookServer.address(socket, workingDir));
        } catch (IOException | RuntimeException e) {
            // expected: nothing listens there
        }
    }
}
