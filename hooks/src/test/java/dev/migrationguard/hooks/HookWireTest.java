package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages between the hook's client and the hook server, and what the client sends of its environment. */
class HookWireTest {

    @Test
    void aRequestReadsBackAsWritten() throws Exception {
        HookWire.Request request = new HookWire.Request("/work/tree ü", "/work/tree/.git/migration-guard",
                Map.of("GIT_INDEX_FILE", ".git/next-index-1.lock", "GIT_DIR", ""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        request.write(new DataOutputStream(bytes));

        HookWire.Request read = HookWire.Request.read(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())));

        assertThat(read).isEqualTo(request);
    }

    @Test
    void anotherVersionIsNoRequestAndATruncatedOneAnError() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new HookWire.Request("/w", "/s", Map.of()).write(new DataOutputStream(bytes));
        byte[] other = bytes.toByteArray().clone();
        other[7]++; // the version's last byte

        assertThat(HookWire.Request.read(new DataInputStream(new ByteArrayInputStream(other)))).isNull();
        byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 1);
        assertThatThrownBy(() -> HookWire.Request.read(new DataInputStream(new ByteArrayInputStream(truncated))))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void outputKeepsTheOrderOfBothStreamsInFewFrames() throws Exception {
        HookWire.Output output = new HookWire.Output();
        PrintStream out = new PrintStream(output.stream(HookWire.Frame.OUT), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(output.stream(HookWire.Frame.ERR), true, StandardCharsets.UTF_8);
        out.println("finding 1");
        out.println("finding 2");
        err.println("out of date");
        out.println("summary");

        List<HookWire.Frame> frames = output.frames();

        assertThat(frames).extracting(HookWire.Frame::kind)
                .containsExactly(HookWire.Frame.OUT, HookWire.Frame.ERR, HookWire.Frame.OUT);
        assertThat(frames).extracting(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .containsExactly("finding 1\nfinding 2\n", "out of date\n", "summary\n");
    }

    @Test
    void framesReadBackAndEndWithTheExitStatus() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        new HookWire.Frame(HookWire.Frame.OUT, "line\n".getBytes(StandardCharsets.UTF_8), 0).write(data);
        HookWire.Frame.exit(1).write(data);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        HookWire.Frame first = HookWire.Frame.read(in);
        HookWire.Frame last = HookWire.Frame.read(in);

        assertThat(first.kind()).isEqualTo(HookWire.Frame.OUT);
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("line\n");
        assertThat(last.kind()).isEqualTo(HookWire.Frame.EXIT);
        assertThat(last.status()).isEqualTo(1);
        assertThatThrownBy(() -> HookWire.Frame.read(in)).isInstanceOf(EOFException.class);
    }

    @Test
    void theClientSendsGitsVariablesOnly() {
        assertThat(HookClient.gitVariables(Map.of("GIT_INDEX_FILE", "i", "GIT_DIR", "d", "AWS_SECRET_ACCESS_KEY",
                "s", "PATH", "/bin"))).containsOnlyKeys("GIT_INDEX_FILE", "GIT_DIR");
    }

    @Test
    void theSwitchAndBuildMachinesTurnTheServerOff() {
        assertThat(HookServer.wanted(Map.of())).isTrue();
        assertThat(HookServer.wanted(Map.of(HookServer.SWITCH, "on"))).isTrue();
        assertThat(HookServer.wanted(Map.of(HookServer.SWITCH, "OFF"))).isFalse();
        assertThat(HookServer.wanted(Map.of(HookServer.SWITCH, "0"))).isFalse();
        assertThat(HookServer.wanted(Map.of("CI", "true"))).isFalse();
        assertThat(HookServer.wanted(Map.of("CI", "false"))).isTrue();
    }

    @Test
    void aSocketPathTooLongForTheAddressIsReachedRelatively() {
        Path from = Path.of("/tmp/" + "d".repeat(60));
        Path socket = from.resolve("e".repeat(40)).resolve(".git/migration-guard/hook.sock");

        assertThat(HookServer.address(socket, from).getPath()).isEqualTo(from.relativize(socket));
        assertThat(HookServer.address(Path.of("/tmp/r/.git/migration-guard/hook.sock"), from).getPath())
                .isEqualTo(Path.of("/tmp/r/.git/migration-guard/hook.sock"));
    }
}
