package dev.migrationguard.db.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiet Docker probe, against real sockets that answer like a Docker engine, like something else, or not at all. */
class DockerProbeTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private DockerProbe.Result probe(String dockerHost) {
        return DockerProbe.probe(Map.of("DOCKER_HOST", dockerHost), dir, SHORT);
    }

    @Test
    void aSocketThatDoesNotExistIsNoEngine() {
        String endpoint = "unix://" + dir.resolve("docker.sock");
        DockerProbe.Result r = probe(endpoint);
        assertThat(r.answers()).isFalse();
        assertThat(r.detail()).isEqualTo("no Docker engine answers (" + endpoint + ": no such socket)");
    }

    @Test
    void anEngineAnsweringThePingIsFound() throws Exception {
        try (FakeSocketServer s = new FakeSocketServer(dir.resolve("docker.sock"),
                "HTTP/1.1 200 OK\r\nApi-Version: 1.45\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nOK")) {
            DockerProbe.Result r = probe(s.endpoint());
            assertThat(r.answers()).isTrue();
            assertThat(r.endpoint()).isEqualTo(s.endpoint());
        }
    }

    @Test
    void somethingElseOnTheSocketIsNoEngine() throws Exception {
        try (FakeSocketServer s = new FakeSocketServer(dir.resolve("docker.sock"),
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")) {
            DockerProbe.Result r = probe(s.endpoint());
            assertThat(r.answers()).isFalse();
            assertThat(r.detail()).isEqualTo("no Docker engine answers (" + s.endpoint()
                    + ": answered 'HTTP/1.1 404 Not Found', not a Docker engine)");
        }
    }

    @Test
    void aSocketThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        try (FakeSocketServer s = new FakeSocketServer(dir.resolve("docker.sock"), null)) {
            DockerProbe.Result r = probe(s.endpoint());
            assertThat(r.answers()).isFalse();
            assertThat(r.detail()).isEqualTo("no Docker engine answers (" + s.endpoint()
                    + ": no answer within 300 ms)");
        }
    }

    @Test
    void aClosedTcpPortIsNoEngine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DockerProbe.Result r = probe("tcp://127.0.0.1:" + port);
        assertThat(r.answers()).isFalse();
        assertThat(r.detail()).startsWith("no Docker engine answers (tcp://127.0.0.1:" + port + ": ");
    }

    @Test
    void dockerHostIsTheOnlyEndpointWhenSet() throws Exception {
        Files.writeString(dir.resolve(".testcontainers.properties"), "docker.host=tcp\\://10.1.2.3\\:2375\n");
        assertThat(DockerProbe.candidates(Map.of("DOCKER_HOST", "tcp://10.9.9.9:2375"), dir))
                .containsExactly("tcp://10.9.9.9:2375");
    }

    @Test
    void withoutDockerHostTheTestcontainersFileAndExistingSocketsAreTried() throws Exception {
        Files.writeString(dir.resolve(".testcontainers.properties"), "docker.host=tcp\\://10.1.2.3\\:2375\n");
        Path desktop = Files.createDirectories(dir.resolve(".docker/desktop"));
        Files.writeString(desktop.resolve("docker.sock"), "");
        Path runtime = Files.createDirectories(dir.resolve("run"));
        assertThat(DockerProbe.candidates(Map.of("XDG_RUNTIME_DIR", runtime.toString()), dir))
                .startsWith("tcp://10.1.2.3:2375")
                .contains("unix://" + desktop.resolve("docker.sock"))
                .doesNotContain("unix://" + runtime.resolve("docker.sock"), "unix://" + dir.resolve(
                        ".docker/run/docker.sock"));
    }
}
