package dev.migrationguard.db.roundtrip;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds out, quickly and without a word in the log, whether a Docker engine answers, before Testcontainers is loaded:
 * Testcontainers' own search logs every strategy it tries and an error when none works. The endpoints tried are
 * those Testcontainers looks at: {@code DOCKER_HOST} when set (then only that one), else {@code docker.host} or
 * {@code tc.host} in {@code ~/.testcontainers.properties}, else the usual sockets of Docker Engine, rootless Docker
 * and Docker Desktop. A socket answers when {@code GET /_ping} returns {@code 200 OK} within the timeout.
 */
final class DockerProbe {

    /** How long one endpoint may take to answer the ping. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private static final String WINDOWS_PIPE = "npipe:////./pipe/docker_engine";

    /**
     * The outcome.
     *
     * @param endpoint the endpoint that answered, or null
     * @param detail   why none answered (for a one-line note), or what answered
     */
    record Result(String endpoint, String detail) {
        boolean answers() {
            return endpoint != null;
        }
    }

    private DockerProbe() {
    }

    /** Probes the endpoints Testcontainers would use, given the environment {@code env} and home directory. */
    static Result probe(Map<String, String> env, Path home, Duration timeout) {
        List<String> candidates = candidates(env, home);
        if (candidates.isEmpty()) {
            return new Result(null, "no Docker engine found");
        }
        String tlsVerify = blankToNull(env.get("DOCKER_TLS_VERIFY"));
        boolean tls = tlsVerify != null && !tlsVerify.equals("0");
        List<String> failures = new ArrayList<>();
        for (String endpoint : candidates) {
            String failure = ping(endpoint, tls, timeout);
            if (failure == null) {
                return new Result(endpoint, "Docker engine at " + endpoint);
            }
            failures.add(endpoint + ": " + failure);
        }
        return new Result(null, "no Docker engine answers (" + String.join("; ", failures) + ")");
    }

    /** The endpoints worth trying, in order; sockets that do not exist are left out. */
    static List<String> candidates(Map<String, String> env, Path home) {
        String dockerHost = blankToNull(env.get("DOCKER_HOST"));
        if (dockerHost != null) {
            return List.of(dockerHost);
        }
        List<String> out = new ArrayList<>();
        if (home != null) {
            Path props = home.resolve(".testcontainers.properties");
            if (Files.isRegularFile(props)) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(props, StandardCharsets.ISO_8859_1)) {
                    p.load(r);
                } catch (IOException | IllegalArgumentException e) {
                    // an unreadable file: Testcontainers would not use it either
                }
                for (String key : List.of("tc.host", "docker.host")) {
                    String v = blankToNull(p.getProperty(key));
                    if (v != null && !out.contains(v)) {
                        out.add(v);
                    }
                }
            }
        }
        List<Path> sockets = new ArrayList<>();
        sockets.add(Path.of("/var/run/docker.sock"));
        String runtimeDir = blankToNull(env.get("XDG_RUNTIME_DIR"));
        if (runtimeDir != null) {
            sockets.add(Path.of(runtimeDir, "docker.sock"));
        }
        if (home != null) {
            sockets.add(home.resolve(".docker/run/docker.sock"));
            sockets.add(home.resolve(".docker/desktop/docker.sock"));
        }
        for (Path s : sockets) {
            if (Files.exists(s)) {
                String endpoint = "unix://" + s;
                if (!out.contains(endpoint)) {
                    out.add(endpoint);
                }
            }
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                && Files.exists(Path.of("\\\\.\\pipe\\docker_engine"))) {
            out.add(WINDOWS_PIPE);
        }
        return out;
    }

    /**
     * Null when {@code endpoint} answers the ping, else why not. With TLS ({@code DOCKER_TLS_VERIFY}) a plain ping
     * gets no HTTP answer: a TCP connection is enough here, and Testcontainers checks the rest.
     */
    static String ping(String endpoint, boolean tls, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return "not an endpoint URI";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "unix" -> {
                Path socket = Path.of(uri.getPath() == null || uri.getPath().isEmpty()
                        ? endpoint.substring("unix://".length()) : uri.getPath());
                yield Files.exists(socket) ? withTimeout(timeout, holder -> pingUnix(socket, holder))
                        : "no such socket";
            }
            case "tcp", "http", "https" -> {
                if (uri.getHost() == null || uri.getPort() < 0) {
                    yield "no host and port";
                }
                boolean http = !tls && !scheme.equals("https");
                yield withTimeout(timeout, holder -> pingTcp(uri.getHost(), uri.getPort(), http, holder));
            }
            // a named pipe cannot be opened from here without Testcontainers: it decides
            case "npipe" -> null;
            default -> "unsupported scheme '" + scheme + "'";
        };
    }

    private interface Ping {
        /** Null when the engine answered, else why not; registers what to close to give up. */
        String run(AtomicReference<AutoCloseable> closeToAbort) throws IOException;
    }

    /** Runs {@code ping} on a daemon thread; after {@code timeout} closes its socket and gives up. */
    private static String withTimeout(Duration timeout, Ping ping) {
        AtomicReference<AutoCloseable> open = new AtomicReference<>();
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(ping.run(open));
            } catch (IOException | RuntimeException e) {
                result.complete(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }, "migration-guard-docker-probe");
        t.setDaemon(true);
        t.start();
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return "no answer within " + timeout.toMillis() + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } finally {
            AutoCloseable c = open.get();
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // giving up on this endpoint anyway
                }
            }
        }
    }

    private static final byte[] REQUEST = ("GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static String pingUnix(Path socket, AtomicReference<AutoCloseable> open) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            open.set(ch);
            ch.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap(REQUEST);
            while (out.hasRemaining()) {
                ch.write(out);
            }
            ByteBuffer in = ByteBuffer.allocate(512);
            while (in.hasRemaining() && ch.read(in) >= 0 && !headersIn(in.array(), in.position())) {
                // read until the headers are in
            }
            return verdict(new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1));
        }
    }

    private static String pingTcp(String host, int port, boolean http, AtomicReference<AutoCloseable> open)
            throws IOException {
        try (Socket s = new Socket()) {
            open.set(s);
            s.connect(new InetSocketAddress(host, port));
            if (!http) {
                return null;
            }
            s.getOutputStream().write(REQUEST);
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[512];
            int n = 0;
            int r;
            while (n < buf.length && !headersIn(buf, n) && (r = in.read(buf, n, buf.length - n)) >= 0) {
                n += r;
            }
            return verdict(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        }
    }

    /** True once the first {@code n} bytes of the answer hold all its headers. */
    private static boolean headersIn(byte[] buf, int n) {
        return new String(buf, 0, n, StandardCharsets.ISO_8859_1).contains("\r\n\r\n");
    }

    /** Null for {@code HTTP/1.x 200}, the answer of a Docker engine (or Podman) to {@code /_ping}. */
    private static String verdict(String response) {
        if (response.isEmpty()) {
            return "closed without an answer";
        }
        String status = response.lines().findFirst().orElse("").strip();
        if (status.matches("HTTP/1\\.[01] 200( .*)?")) {
            return null;
        }
        return "answered '" + (status.length() > 60 ? status.substring(0, 60) + "..." : status)
                + "', not a Docker engine";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
