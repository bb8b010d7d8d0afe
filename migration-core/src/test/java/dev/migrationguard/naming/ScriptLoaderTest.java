package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ScriptLoaderTest {

    private static LoadedScript load(String content, Section section) {
        return load(content.getBytes(StandardCharsets.UTF_8), section);
    }

    private static LoadedScript load(byte[] content, Section section) {
        SourceFile f = TestFiles.bytes("db", "1_x.sql", content);
        return ScriptLoader.load(new ScriptRef(f, section == Section.DOWN ? Direction.DOWN : Direction.UP, section));
    }

    @Test
    void wholeFile() {
        LoadedScript s = load("CREATE TABLE t (id int);\n", Section.WHOLE);
        assertThat(s.ok()).isTrue();
        assertThat(s.text()).isEqualTo("CREATE TABLE t (id int);\n");
        assertThat(s.firstLine()).isEqualTo(1);
        assertThat(s.firstByteOffset()).isZero();
        assertThat(s.noTransaction()).isFalse();
    }

    @Test
    void bomIsStrippedButCountedInByteOffsets() {
        LoadedScript s = load("\uFEFFSELECT 1;\n", Section.WHOLE);
        assertThat(s.text()).isEqualTo("SELECT 1;\n");
        assertThat(s.firstByteOffset()).isEqualTo(3);

        LoadedScript up = load("\uFEFF-- migrate:up\nSELECT 1;\n", Section.UP);
        assertThat(up.text()).isEqualTo("SELECT 1;\n");
        assertThat(up.firstLine()).isEqualTo(2);
        assertThat(up.firstByteOffset()).isEqualTo(3 + "-- migrate:up\n".length());
    }

    @Test
    void dbmateSections() {
        String file = """
                -- a comment before
                -- migrate:up
                CREATE TABLE users (id bigint);
                CREATE INDEX users_id ON users (id);

                -- migrate:down
                DROP TABLE users;
                """;
        LoadedScript up = load(file, Section.UP);
        assertThat(up.ok()).isTrue();
        assertThat(up.text()).isEqualTo("CREATE TABLE users (id bigint);\nCREATE INDEX users_id ON users (id);\n\n");
        assertThat(up.firstLine()).isEqualTo(3);
        assertThat(up.firstByteOffset()).isEqualTo(file.indexOf("CREATE TABLE"));
        assertThat(up.noTransaction()).isFalse();

        LoadedScript down = load(file, Section.DOWN);
        assertThat(down.text()).isEqualTo("DROP TABLE users;\n");
        assertThat(down.firstLine()).isEqualTo(7);
        assertThat(down.firstByteOffset()).isEqualTo(file.indexOf("DROP TABLE"));
    }

    @Test
    void dbmateTransactionFalseIsPerSection() {
        String file = "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
                + "-- migrate:down\nDROP INDEX i;\n";
        assertThat(load(file, Section.UP).noTransaction()).isTrue();
        assertThat(load(file, Section.DOWN).noTransaction()).isFalse();
    }

    @Test
    void gooseSectionsAnyCaseWithCrlfAndMultibyteText() {
        String file = "-- +goose NO TRANSACTION\r\n-- +goose up\r\n-- café\r\nCREATE INDEX CONCURRENTLY i ON t (a);\r\n"
                + "-- +goose DOWN\r\nDROP INDEX i;\r\n";
        LoadedScript up = load(file, Section.UP);
        assertThat(up.text()).isEqualTo("-- café\r\nCREATE INDEX CONCURRENTLY i ON t (a);\r\n");
        assertThat(up.firstLine()).isEqualTo(3);
        assertThat(up.noTransaction()).isTrue();
        LoadedScript down = load(file, Section.DOWN);
        assertThat(down.firstLine()).isEqualTo(6);
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        String fromOffset = new String(bytes, (int) down.firstByteOffset(), bytes.length - (int) down.firstByteOffset(),
                StandardCharsets.UTF_8);
        assertThat(fromOffset).as("byte offset counts 'é' as two bytes").isEqualTo("DROP INDEX i;\r\n");
        assertThat(down.noTransaction()).isTrue();
    }

    @Test
    void downBeforeUp() {
        String file = "-- +goose Down\nDROP TABLE t;\n-- +goose Up\nCREATE TABLE t ();\n";
        assertThat(load(file, Section.UP).text()).isEqualTo("CREATE TABLE t ();\n");
        assertThat(load(file, Section.DOWN).text()).isEqualTo("DROP TABLE t;\n");
        assertThat(load(file, Section.DOWN).firstLine()).isEqualTo(2);
    }

    @Test
    void missingSection() {
        LoadedScript s = load("-- migrate:up\nSELECT 1;\n", Section.DOWN);
        assertThat(s.ok()).isFalse();
        assertThat(s.error()).isEqualTo("no -- migrate:down section in the file");
        assertThat(load("SELECT 1;\n", Section.UP).error()).contains("no -- migrate:up");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] latin1 = "SELECT 1;\n-- café\nSELECT 2;\n".getBytes(StandardCharsets.ISO_8859_1);
        LoadedScript s = load(latin1, Section.WHOLE);
        assertThat(s.ok()).isFalse();
        assertThat(s.errorLine()).isEqualTo(2);
        assertThat(s.error()).isEqualTo("invalid UTF-8 byte 0xE9 on line 2; save the file as UTF-8");
        assertThat(load("SELECT 1;\n-- café\n".getBytes(StandardCharsets.UTF_8), Section.WHOLE).ok()).isTrue();
    }

    @Test
    void binaryAndUtf16Files() {
        LoadedScript bin = load(new byte[] {'P', 'K', 3, 4, '\n', 0, 1}, Section.WHOLE);
        assertThat(bin.error()).startsWith("binary file, not SQL");
        assertThat(bin.errorLine()).isEqualTo(2);
        LoadedScript utf16 = load("SELECT 1;".getBytes(StandardCharsets.UTF_16LE), Section.WHOLE);
        assertThat(utf16.error()).startsWith("binary file");
        byte[] withBom = new byte[] {(byte) 0xFF, (byte) 0xFE, 'S', 0};
        assertThat(load(withBom, Section.WHOLE).error()).isEqualTo("UTF-16 text, not UTF-8; save the file as UTF-8");
    }

    @Test
    void unreadableFile() {
        SourceFile f = new SourceFile("db/V1__x.sql", "db", "V1__x.sql", () -> {
            throw new NoSuchFileException("db/V1__x.sql");
        });
        LoadedScript s = ScriptLoader.load(new ScriptRef(f, Direction.UP, Section.WHOLE));
        assertThat(s.ok()).isFalse();
        assertThat(s.error()).isEqualTo("cannot read the file: no such file");
        SourceFile g = new SourceFile("db/V2__x.sql", "db", "V2__x.sql", () -> {
            throw new IOException("Input/output error");
        });
        assertThat(ScriptLoader.load(new ScriptRef(g, Direction.UP, Section.WHOLE)).error())
                .isEqualTo("cannot read the file: Input/output error");
    }
}
