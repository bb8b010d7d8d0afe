package dev.migrationguard.naming;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes decoded strictly as UTF-8, without its byte order mark, or the reason they are not text.
 *
 * @param text      the text without a leading BOM; null when {@code error} is set
 * @param bomLength 3 when the file starts with a UTF-8 BOM, else 0
 * @param error     why the bytes are not UTF-8 text; null when they are
 * @param errorLine the 1-based line of the first offending byte, 0 when not tied to a line
 */
record DecodedText(String text, int bomLength, String error, int errorLine) {

    private static final String SAVE_AS_UTF8 = "save the file as UTF-8";

    boolean ok() {
        return error == null;
    }

    /** Decodes strictly; a NUL byte means a binary file. */
    static DecodedText strict(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new DecodedText(null, 0, "UTF-16 text, not UTF-8; " + SAVE_AS_UTF8, 1);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new DecodedText(null, 0, "binary file, not SQL (NUL byte on line " + lineOf(bytes, i) + ")",
                        lineOf(bytes, i));
            }
        }
        int bom = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = lineOf(bytes, at);
            return new DecodedText(null, bom, String.format("invalid UTF-8 byte 0x%02X on line %d; %s",
                    bytes[at] & 0xFF, line, SAVE_AS_UTF8), line);
        }
        out.flip();
        return new DecodedText(out.toString(), bom, null, 0);
    }

    /** Decodes replacing malformed bytes, for sniffing content whatever its state. */
    static String lenient(byte[] bytes) {
        int bom = hasBom(bytes) ? 3 : 0;
        return new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** The 1-based line holding byte {@code offset}; lines end at \n, \r\n or a lone \r. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
