package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.ServerCredentials;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionResolverTest {

    private static MigrationGuardConfig.Builder base() {
        return MigrationGuardConfig.builder(Path.of("."));
    }


    @Test
    void databaseUrlFormIsTurnedIntoJdbcWithCredentialsApart() {
        var r = ConnectionResolver.resolve(base().dbUrl("postgres://app:s3cr%40t@db.example.com:6543/shop?sslmode=require")
                .build(), Map.of());
        assertThat(r.ok()).isTrue();
        assertThat(r.settings().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
        assertThat(r.settings().user()).isEqualTo("app");
        assertThat(r.settings().password()).isEqualTo("s3cr@t");
        assertThat(r.settings().describe()).isEqualTo("db.example.com:6543/shop");
        assertThat(r.settings().isLocal()).isFalse();
        assertThat(r.settings().toString()).doesNotContain("s3cr");
    }

    @Test
    void jdbcUrlKeepsItsParametersButNotThePassword() {
        var r = ConnectionResolver.resolve(base().dbUrl("jdbc:postgresql://localhost/test?user=postgres&password=pw&ssl=false")
                .build(), Map.of());
        assertThat(r.settings().jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/test?ssl=false");
        assertThat(r.settings().user()).isEqualTo("postgres");
        assertThat(r.settings().password()).isEqualTo("pw");
        assertThat(r.settings().port()).isEqualTo(5432);
        assertThat(r.settings().isLocal()).isTrue();
    }

    @Test
    void databaseUrlEnvironmentVariableIsUsedOnlyWithoutDbUrl() {
        var fromEnv = ConnectionResolver.resolve(base().build(), Map.of("DATABASE_URL", "postgres://u@envhost/envdb"));
        assertThat(fromEnv.settings().describe()).isEqualTo("envhost:5432/envdb");
        var explicit = ConnectionResolver.resolve(base().dbUrl("jdbc:postgresql://confhost/confdb").build(),
                Map.of("DATABASE_URL", "postgres://u@envhost/envdb"));
        assertThat(explicit.settings().describe()).isEqualTo("confhost:5432/confdb");
    }

    @Test
    void disagreeingCredentialsAreAnErrorThatNamesThePlacesButNotThePassword() {
        var users = ConnectionResolver.resolve(base().dbUrl("postgres://alice:pw@h/db").dbUser("bob").build(), Map.of());
        assertThat(users.ok()).isFalse();
        assertThat(users.error()).contains("db.url", "db.user", "alice", "bob");

        var passwords = ConnectionResolver.resolve(base().dbUrl("jdbc:postgresql://h/db").dbPassword("pw-first")
                .dbServer(new ServerCredentials("prod", null, "pw-second")).build(), Map.of());
        assertThat(passwords.ok()).isFalse();
        assertThat(passwords.error()).contains("db.password", "settings.xml server 'prod'")
                .doesNotContain("pw-first").doesNotContain("pw-second");

        var agreeing = ConnectionResolver.resolve(base().dbUrl("postgres://alice:pw@h/db").dbUser("alice")
                .dbServer(new ServerCredentials("prod", "alice", "pw")).build(), Map.of());
        assertThat(agreeing.ok()).isTrue();
    }

    @Test
    void missingOrBadUrlSaysWhatToSet() {
        var none = ConnectionResolver.resolve(base().build(), Map.of());
        assertThat(none.error()).contains("db.url", "DATABASE_URL");
        var bad = ConnectionResolver.resolve(base().dbUrl("mysql://root:hunter2@h/db").build(), Map.of());
        assertThat(bad.error()).contains("not a PostgreSQL URL").doesNotContain("hunter2").contains("****");
    }

    @Test
    void secretsAreMaskedInUrlsAndMessages() {
        assertThat(Secrets.maskUrl("postgres://u:hunter2@h/db")).isEqualTo("postgres://u:****@h/db");
        assertThat(Secrets.maskUrl("jdbc:postgresql://h/db?user=u&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true");
        assertThat(Secrets.mask("FATAL: password hunter2 rejected", "hunter2")).isEqualTo("FATAL: password **** rejected");
    }

    @Test
    void aPasswordWithARawAtSignIsMaskedWholeAndReadWhole() {
        String url = "postgres://app:p@ss@w0rd@db.internal:5432/shop";
        assertThat(Secrets.maskUrl(url)).isEqualTo("postgres://app:****@db.internal:5432/shop");
        assertThat(Secrets.maskUrl("cannot connect to " + url + "?sslmode=require: refused"))
                .isEqualTo("cannot connect to postgres://app:****@db.internal:5432/shop?sslmode=require: refused");
        assertThat(Secrets.maskUrl("postgres://app:a@b@h/db and postgres://u:c@d@h2/db2"))
                .isEqualTo("postgres://app:****@h/db and postgres://u:****@h2/db2");

        var r = ConnectionResolver.resolve(base().build(), Map.of(ConnectionResolver.DATABASE_URL, url));
        assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.settings().password()).isEqualTo("p@ss@w0rd");
        assertThat(r.settings().user()).isEqualTo("app");
        assertThat(r.settings().host()).isEqualTo("db.internal");
        assertThat(r.settings().toString()).doesNotContain("p@ss", "w0rd");
    }

    @Test
    void theHelpForCredentialsInAJdbcUrlSurvivesMasking() {
        var r = ConnectionResolver.resolve(base().dbUrl("jdbc:postgresql://app:s3cr3t@h:5432/db").build(), Map.of());
        assertThat(r.ok()).isFalse();
        assertThat(Secrets.mask(r.error(), "s3cr3t")).isEqualTo(r.error()).doesNotContain("s3cr3t")
                .contains("as its user and password parameters (jdbc:postgresql://host:port/database?user=NAME), "
                        + "not user@host; or give them as db.user and db.password");
    }

    @Test
    void unreachableServerFailsFastNamingHostPortAndDatabase() {
        var settings = ConnectionResolver.resolve(base().dbUrl("postgres://u:hunter2@127.0.0.1:1/nowhere").build(),
                Map.of()).settings();
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(DatabaseException.class,
                () -> Connections.open(settings, 2));
        assertThat(e.getMessage()).contains("127.0.0.1:1/nowhere").doesNotContain("hunter2");
    }
}
