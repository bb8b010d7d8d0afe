package dev.migrationguard.naming;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Script checksums compatible with Flyway's history table: a CRC32 over the UTF-8 bytes of each line, line
 * terminators ({@code \n}, {@code \r\n}, {@code \r}) excluded and a BOM removed from the first line. Line endings and a
 * BOM therefore do not change the checksum, and histories written by Flyway match.
 */
public final class Checksums {

    private Checksums() {
    }

    /** The checksum of a file's bytes (decoded as UTF-8, malformed bytes replaced). */
    public static int of(byte[] content) {
        return ofText(new String(content, StandardCharsets.UTF_8));
    }

    /** The checksum of a text. */
    public static int ofText(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return (int) crc.getValue();
    }
}
