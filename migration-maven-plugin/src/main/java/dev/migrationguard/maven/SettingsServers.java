package dev.migrationguard.maven;

import dev.migrationguard.config.ServerCredentials;
import dev.migrationguard.db.Secrets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads the credentials of a {@code settings.xml} {@code <server>} for {@code db.serverId}, decrypting an encrypted
 * password through Maven ({@code settings-security.xml}).
 */
final class SettingsServers {

    private SettingsServers() {
    }

    /** The server's user and decrypted password; a missing server or a failed decryption stops the goal. */
    static ServerCredentials credentials(Settings settings, SettingsDecrypter decrypter, String serverId)
            throws MojoExecutionException {
        String id = serverId.trim();
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new MojoExecutionException("db.serverId=" + id + ": settings.xml has no <server> with the id '" + id
                    + "'; add <server><id>" + id + "</id><username>...</username><password>...</password></server> "
                    + "to ~/.m2/settings.xml, or fix db.serverId");
        }
        Server decrypted = server;
        if (decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("db.serverId=" + id + ": cannot decrypt the password of the "
                            + "settings.xml server '" + id + "' ("
                            + Secrets.mask(problem.getMessage(), server.getPassword())
                            + "); check ~/.m2/settings-security.xml or re-encrypt it with mvn --encrypt-password");
                }
            }
            if (result.getServer() != null) {
                decrypted = result.getServer();
            }
        }
        return new ServerCredentials(id, blankToNull(decrypted.getUsername()), blankToNull(decrypted.getPassword()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
