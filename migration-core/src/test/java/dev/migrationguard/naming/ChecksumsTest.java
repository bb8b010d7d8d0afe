package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    private static final String LF = "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN name text;\n";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int crcOfLines(String... lines) {
        CRC32 crc = new CRC32();
        for (String line : lines) {
            crc.update(utf8(line));
        }
        return (int) crc.getValue();
    }

    @Test
    void isTheCrc32OfTheLinesWithoutTerminators() {
        int expected = crcOfLines("CREATE TABLE users (id bigint);", "ALTER TABLE users ADD COLUMN name text;");
        assertThat(Checksums.of(utf8(LF))).isEqualTo(expected);
    }

    @Test
    void lineEndingsAndBomDoNotChangeIt() {
        int lf = Checksums.of(utf8(LF));
        assertThat(Checksums.of(utf8(LF.replace("\n", "\r\n")))).isEqualTo(lf);
        assertThat(Checksums.of(utf8(LF.replace("\n", "\r")))).isEqualTo(lf);
        assertThat(Checksums.of(utf8("\uFEFF" + LF))).isEqualTo(lf);
        assertThat(Checksums.of(utf8("\uFEFF" + LF.replace("\n", "\r\n")))).isEqualTo(lf);
        assertThat(Checksums.of(utf8(LF.strip()))).isEqualTo(lf);
    }

    @Test
    void contentChangesChangeIt() {
        int lf = Checksums.of(utf8(LF));
        assertThat(Checksums.of(utf8(LF.replace("text", "varchar")))).isNotEqualTo(lf);
        assertThat(Checksums.of(utf8(LF + "\n"))).isEqualTo(crcOfLines("CREATE TABLE users (id bigint);",
                "ALTER TABLE users ADD COLUMN name text;", ""));
    }

    @Test
    void knownValues() {
        assertThat(Checksums.of(new byte[0])).isZero();
        // CRC-32 of "abc" is 0x352441C2
        assertThat(Checksums.of(utf8("abc\n"))).isEqualTo(0x352441C2);
        assertThat(Checksums.of(utf8("ab\r\nc"))).isEqualTo(0x352441C2);
    }

    @Test
    void nonAsciiIsHashedAsUtf8() {
        assertThat(Checksums.of(utf8("-- café\n"))).isEqualTo(crcOfLines("-- café"));
    }
}
