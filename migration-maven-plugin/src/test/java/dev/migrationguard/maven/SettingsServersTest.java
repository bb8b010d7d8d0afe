package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.config.ServerCredentials;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class SettingsServersTest {

    private static final String ENCRYPTED = "{COQLCE6DU6GtcS5P=}";

    private static Settings settingsWith(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    /** Decrypts {@link #ENCRYPTED} to "s3cret", as Maven would with the master password. */
    private static SettingsDecrypter decrypter(SettingsProblem problem) {
        return request -> {
            Server in = request.getServers().get(0);
            Server out = in.clone();
            if (ENCRYPTED.equals(in.getPassword())) {
                out.setPassword("s3cret");
            }
            return result(out, problem);
        };
    }

    private static SettingsDecryptionResult result(Server server, SettingsProblem problem) {
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return server;
            }

            @Override
            public List<Server> getServers() {
                return List.of(server);
            }

            @Override
            public Proxy getProxy() {
                return null;
            }

            @Override
            public List<Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problem == null ? List.of() : List.of(problem);
            }
        };
    }

    @Test
    void readsTheServerAndDecryptsItsPassword() throws Exception {
        ServerCredentials c = SettingsServers.credentials(settingsWith("ci-db", "ci", ENCRYPTED), decrypter(null),
                " ci-db ");

        assertThat(c).isEqualTo(new ServerCredentials("ci-db", "ci", "s3cret"));
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    void aServerWithoutPasswordGivesOnlyTheUser() throws Exception {
        ServerCredentials c = SettingsServers.credentials(settingsWith("ci-db", "ci", null), decrypter(null), "ci-db");

        assertThat(c).isEqualTo(new ServerCredentials("ci-db", "ci", null));
    }

    @Test
    void anUnknownServerIdSaysWhatToAdd() {
        assertThatThrownBy(() -> SettingsServers.credentials(settingsWith("ci-db", "ci", "pw"), decrypter(null),
                "prod-db"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("db.serverId=prod-db: settings.xml has no <server> with the id 'prod-db'; add "
                        + "<server><id>prod-db</id><username>...</username><password>...</password></server> to "
                        + "~/.m2/settings.xml, or fix db.serverId");
    }

    @Test
    void aFailedDecryptionStopsWithoutShowingThePassword() {
        SettingsProblem problem = new DefaultSettingsProblem("Failed to decrypt password " + ENCRYPTED
                + " for server ci-db", SettingsProblem.Severity.ERROR, "server: ci-db", -1, -1, null);

        assertThatThrownBy(() -> SettingsServers.credentials(settingsWith("ci-db", "ci", ENCRYPTED),
                decrypter(problem), "ci-db"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("db.serverId=ci-db: cannot decrypt the password of the settings.xml server "
                        + "'ci-db' (Failed to decrypt password **** for server ci-db)")
                .hasMessageEndingWith("check ~/.m2/settings-security.xml or re-encrypt it with mvn "
                        + "--encrypt-password")
                .hasMessageNotContaining(ENCRYPTED);
    }
}
