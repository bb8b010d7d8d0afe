package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.StatusReport;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints every migration and where it stands: applied, pending, failed, changed or missing. Never fails the build. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractRunnerMojo {

    /** The formats this goal prints. */
    static final List<String> FORMATS = List.of("text", "json");

    /** {@code text} (a table) or {@code json}. Default: text, or json when the configuration file says json. */
    @Parameter(property = "db.format")
    private String format;

    @Override
    protected String goal() {
        return "db:status";
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException {
        String chosen = format(format, config);
        StatusReport report = call(config, () -> runner(config).status());
        if (chosen.equals("json")) {
            getLog().info(report.toJson());
        } else {
            report.toText().lines().forEach(getLog()::info);
        }
    }

    /** The parameter when given (it must be text or json), else json only when the configuration file says so. */
    static String format(String parameter, MigrationGuardConfig config) throws MojoExecutionException {
        if (parameter != null && !parameter.isBlank()) {
            String f = parameter.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(f)) {
                throw new MojoExecutionException("db:status: unknown format '" + parameter.trim() + "'; use "
                        + String.join(" or ", FORMATS));
            }
            return f;
        }
        return config.format().equals("json") ? "json" : "text";
    }
}
