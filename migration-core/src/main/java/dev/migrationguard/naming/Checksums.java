package dev.migrationguard.naming;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Script checksums compatible with Flyway's history table: a CRC32 over the UTF-8 bytes of each line, line
 * terminators ({@code \n}, {@code \r\n}, {@code \r}) excluded and a BOM removed from the first line. Line endings and a
 * BOM therefore do not change the checksum, and histories written by Flyway match.
 */
public final class Checksums {

    /** The UTF-8 encoding of U+FEFF. */
    private static final int BOM_LENGTH = 3;

    private Checksums() {
    }

    /** The checksum of a file's bytes (decoded as UTF-8, malformed bytes replaced). */
    public static int of(byte[] content) {
        return ofText(new String(content, StandardCharsets.UTF_8));
    }

    /**
     * The checksum of a text. An empty line adds nothing to a CRC, so the CRC of the lines without their terminators
     * is the CRC of the text's UTF-8 bytes with every CR and LF byte left out (a UTF-8 sequence never contains either
     * byte): computed here run by run, without splitting the text into line strings.
     */
    public static int ofText(String text) {
        return ofUtf8(text.getBytes(StandardCharsets.UTF_8), text.startsWith("\uFEFF") ? BOM_LENGTH : 0);
    }

    /**
     * The checksum of the text a script loader would decode from {@code content}, or null when it would not: the
     * same value as {@link #ofText} of the strictly decoded text. Computed straight from the bytes when they are
     * plain ASCII without NUL (the common case: no decoding needed), else through {@link ScriptLoader}.
     */
    public static Integer ofScript(ScriptRef ref) {
        if (ref.section() == Section.WHOLE) {
            byte[] bytes;
            try {
                bytes = ref.file().content().read();
            } catch (java.io.IOException | RuntimeException e) {
                bytes = null;
            }
            if (bytes != null && plainAscii(bytes)) {
                return ofUtf8(bytes, 0);
            }
        }
        LoadedScript loaded = ScriptLoader.load(ref);
        return loaded.ok() ? ofText(loaded.text()) : null;
    }

    /** True when every byte is ASCII and none is NUL: such bytes decode strictly to the same characters. */
    private static boolean plainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The CRC32 of {@code bytes} from {@code start} with every CR and LF byte left out. */
    private static int ofUtf8(byte[] bytes, int from) {
        CRC32 crc = new CRC32();
        int start = from;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                if (i > start) {
                    crc.update(bytes, start, i - start);
                }
                start = i + 1;
            }
        }
        if (bytes.length > start) {
            crc.update(bytes, start, bytes.length - start);
        }
        return (int) crc.getValue();
    }
}
