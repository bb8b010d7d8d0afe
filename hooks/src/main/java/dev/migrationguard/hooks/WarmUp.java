package dev.migrationguard.hooks;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.SourceFile;
import dev.migrationguard.report.TextRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Lints a few in-memory migrations so that a JVM started with {@code -XX:ArchiveClassesAtExit} loads the classes a
 * real hook run needs; the resulting class data sharing archive shortens the hook's start-up.
 */
final class WarmUp {

    private static final String LOCATION = "db/migration";

    private WarmUp() {
    }

    static LintResult run() {
        MigrationGuardConfig config = MigrationGuardConfig.builder(Path.of("").toAbsolutePath())
                .locations(List.of(LOCATION)).build();
        List<SourceFile> files = List.of(
                file("V1__create_users.sql", """
                        CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
                        CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
                        """),
                file("V2__alter_users.sql", """
                        SET lock_timeout = '5s';
                        ALTER TABLE users ADD COLUMN nickname varchar(20) DEFAULT 'x';
                        ALTER TABLE users ADD CONSTRAINT users_nick CHECK (length(nickname) > 0) NOT VALID;
                        UPDATE users SET nickname = 'n' WHERE id < 10;
                        DROP TABLE legacy;
                        CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;
                        """));
        LintResult result = new Linter(config).lint(files, f -> true, List.of());
        new TextRenderer().render(result);
        return result;
    }

    private static SourceFile file(String name, String sql) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return new SourceFile(LOCATION + "/" + name, LOCATION, name, () -> bytes.clone());
    }
}
