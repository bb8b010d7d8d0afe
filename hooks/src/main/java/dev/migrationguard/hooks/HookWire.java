package dev.migrationguard.hooks;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hook's process ({@link HookClient}) and the hook server ({@link HookServer}) say to each other over the
 * server's socket. The client sends one {@link Request}; the server answers with the run's output as {@link Frame}s,
 * in the order it was written, then the exit status ({@link Frame#EXIT}), or with {@link Frame#REFUSED} alone when
 * it is not the server for that request (another install, another state directory). Nothing is sent before the run
 * ends: a connection that closes early carries no output, and the client then runs the hook itself.
 */
final class HookWire {

    private static final int MAGIC = 0x4d474853; // "MGHS"
    /** Bumped whenever a message changes; a server of another version refuses the request. */
    static final int VERSION = 1;
    /** Strings longer than this are refused: a request is a few directories and an environment. */
    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_ENTRIES = 10_000;

    private HookWire() {
    }

    /**
     * One hook run to serve.
     *
     * @param workingDir  where Git runs the hook (the work tree's root), absolute
     * @param stateDir    the state directory the hook script named, absolute
     * @param environment the hook process's environment (Git's variables: {@code GIT_INDEX_FILE}, {@code GIT_DIR})
     */
    record Request(String workingDir, String stateDir, Map<String, String> environment) {

        Request {
            environment = Map.copyOf(environment);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeString(out, workingDir);
            writeString(out, stateDir);
            out.writeInt(environment.size());
            for (Map.Entry<String, String> e : environment.entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
            out.flush();
        }

        /**
         * Reads a request; null when the peer speaks another version (or is no client of ours).
         *
         * @throws IOException when the connection ends early or the message is malformed
         */
        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            String workingDir = readString(in);
            String stateDir = readString(in);
            int n = in.readInt();
            if (n < 0 || n > MAX_ENTRIES) {
                throw new IOException("an environment of " + n + " variables");
            }
            Map<String, String> environment = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                environment.put(readString(in), readString(in));
            }
            return new Request(workingDir, stateDir, environment);
        }
    }

    /**
     * One piece of the answer: output of the run ({@link #OUT}, {@link #ERR}), its exit status ({@link #EXIT}, the
     * last frame), or {@link #REFUSED}.
     */
    record Frame(byte kind, byte[] bytes, int status) {
        static final byte OUT = 1;
        static final byte ERR = 2;
        static final byte EXIT = 3;
        static final byte REFUSED = 4;

        static Frame exit(int status) {
            return new Frame(EXIT, new byte[0], status);
        }

        static Frame refused() {
            return new Frame(REFUSED, new byte[0], 0);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeByte(kind);
            if (kind == EXIT) {
                out.writeInt(status);
            } else if (kind != REFUSED) {
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }

        /** @throws EOFException when the connection ends before a whole frame */
        static Frame read(DataInputStream in) throws IOException {
            byte kind = in.readByte();
            switch (kind) {
                case EXIT:
                    return exit(in.readInt());
                case REFUSED:
                    return refused();
                case OUT:
                case ERR:
                    int length = in.readInt();
                    if (length < 0 || length > MAX_STRING * 16) {
                        throw new IOException("a frame of " + length + " bytes");
                    }
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    return new Frame(kind, bytes, 0);
                default:
                    throw new IOException("an unknown frame " + kind);
            }
        }
    }

    /**
     * The output of a served run, kept in the order it was written to either stream: a {@link #stream} for the run's
     * standard output and one for its error output.
     */
    static final class Output {
        private final List<Frame> frames = new ArrayList<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private byte pendingKind;

        /** A stream whose bytes become frames of {@code kind} ({@link Frame#OUT} or {@link Frame#ERR}). */
        OutputStream stream(byte kind) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    add(kind, b, off, len);
                }
            };
        }

        private synchronized void add(byte kind, byte[] b, int off, int len) {
            if (len == 0) {
                return;
            }
            if (kind != pendingKind) {
                close();
                pendingKind = kind;
            }
            pending.write(b, off, len);
        }

        private void close() {
            if (pending.size() > 0) {
                frames.add(new Frame(pendingKind, pending.toByteArray(), 0));
                pending.reset();
            }
        }

        /** The frames written so far, in order. */
        synchronized List<Frame> frames() {
            close();
            return List.copyOf(frames);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
