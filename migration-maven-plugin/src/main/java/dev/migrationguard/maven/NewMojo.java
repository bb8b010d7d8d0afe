package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.NewMigration;
import dev.migrationguard.db.RunResult;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates the next correctly named migration (an up/down pair where the scheme has one) in the first location, in its
 * naming scheme: {@code mvn db:new -Ddb.name=add_user_email}. Needs no database.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractMigrationGuardMojo {

    /** What the migration does, in letters, digits and underscores, e.g. {@code add_user_email}. */
    @Parameter(property = "db.name")
    private String name;

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        if (name == null || name.isBlank()) {
            throw new MojoExecutionException("db:new: name the migration, e.g. mvn db:new -Ddb.name=add_user_email");
        }
        RunResult result = NewMigration.create(config, name, Clock.systemDefaultZone());
        if (!result.ok()) {
            throw new MojoFailureException(AbstractRunnerMojo.failureMessage("db:new", result));
        }
        getLog().info(result.summary());
    }
}
