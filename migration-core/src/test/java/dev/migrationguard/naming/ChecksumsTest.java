package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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

    @Test
    void matchesTheLineByLineDefinitionOnRandomTexts() throws IOException {
        String[] pieces = {"a", "SELECT 1;", "\n", "\r", "\r\n", "\n\n", "\uFEFF", "é", "€", "\uD83D\uDE00", "\uD83D",
            "\uDE00", " ", "\t", "$$", "--"};
        Random random = new Random(20261121);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(Checksums.ofText(t)).as("checksum of %s", t.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(lineByLine(t));
        }
    }

    /** The definition: a CRC32 over each line read by a BufferedReader, a BOM removed from the first line. */
    private static int lineByLine(String text) throws IOException {
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
        }
        return (int) crc.getValue();
    }

    @Test
    void aScriptsChecksumIsThatOfItsStrictlyDecodedText() {
        String[] texts = {"SELECT 1;\n", "SELECT 1;\r\n\r\nSELECT 2;", "\uFEFFSELECT 1;\n", "-- café\nSELECT 1;\n", "",
            "\n\n", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n"};
        for (String text : texts) {
            ScriptRef whole = ref(utf8(text), Section.WHOLE);
            LoadedScript loaded = ScriptLoader.load(whole);
            assertThat(loaded.ok()).isTrue();
            assertThat(Checksums.ofScript(whole)).as(text).isEqualTo(Checksums.ofText(loaded.text()));
        }
        ScriptRef up = ref(utf8(texts[texts.length - 1]), Section.UP);
        assertThat(Checksums.ofScript(up)).isEqualTo(crcOfLines("CREATE TABLE a (id int);"));
        assertThat(Checksums.ofScript(ref(new byte[] {'S', 0, '\n'}, Section.WHOLE))).as("binary").isNull();
        assertThat(Checksums.ofScript(ref(new byte[] {'S', (byte) 0xC3, '\n'}, Section.WHOLE))).as("not UTF-8").isNull();
        ScriptRef unreadable = new ScriptRef(new SourceFile("V1__a.sql", ".", "V1__a.sql", () -> {
            throw new java.io.IOException("gone");
        }), Direction.UP, Section.WHOLE);
        assertThat(Checksums.ofScript(unreadable)).isNull();
    }

    private static ScriptRef ref(byte[] bytes, Section section) {
        return new ScriptRef(new SourceFile("V1__a.sql", ".", "V1__a.sql", () -> bytes), Direction.UP, section);
    }
}
