package dev.migrationguard.db.roundtrip;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Unix socket that accepts connections and answers each with {@code answer} once it has read the request, or never
 * answers when {@code answer} is null: an endpoint that is not a Docker engine, or one that hangs.
 */
final class FakeSocketServer implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Path socket;
    private final List<SocketChannel> accepted = new ArrayList<>();
    private final Thread thread;

    FakeSocketServer(Path socket, String answer) throws IOException {
        this.socket = socket;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        thread = new Thread(() -> {
            try {
                while (true) {
                    SocketChannel ch = server.accept();
                    synchronized (accepted) {
                        accepted.add(ch);
                    }
                    ch.read(ByteBuffer.allocate(1024));
                    if (answer != null) {
                        ch.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.US_ASCII)));
                        ch.close();
                    }
                }
            } catch (IOException e) {
                // closed by the test
            }
        }, "fake-socket-server");
        thread.setDaemon(true);
        thread.start();
    }

    String endpoint() {
        return "unix://" + socket;
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (accepted) {
            for (SocketChannel ch : accepted) {
                ch.close();
            }
        }
    }
}
