package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.naming.MigrationVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class RoundtripMojoTest {

    @Test
    void fromAndToAreVersions() throws Exception {
        assertThat(RoundtripMojo.version("db.from", " 2.1 ")).isEqualTo(MigrationVersion.parse("2.1"));
        assertThat(RoundtripMojo.version("db.to", null)).isNull();
        assertThat(RoundtripMojo.version("db.to", "")).isNull();
    }

    @Test
    void aBadVersionNamesThePropertyAndTheForm() {
        assertThatThrownBy(() -> RoundtripMojo.version("db.from", "V3__x"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("db.from=V3__x is not a migration version; use the version part of a file name, "
                        + "e.g. -Ddb.from=3 or -Ddb.from=2.1");
    }
}
