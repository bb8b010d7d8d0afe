package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The descriptor Maven reads before it runs a goal: it must not ask for a newer Maven than the oldest one supported
 * (Ubuntu 22.04 ships 3.6.3, Debian 12 ships 3.8.7), and must not declare components through the deprecated
 * {@code @Component} (a {@code <requirements>} block), which newer plugin tools warn about on every build.
 */
class PluginDescriptorTest {

    private static String descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("META-INF/maven/plugin.xml (written by maven-plugin-plugin)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGoalsRunOnMaven363AndNewer() throws Exception {
        assertThat(descriptor()).contains("<requiredMavenVersion>3.6.3</requiredMavenVersion>");
    }

    @Test
    void noComponentIsDeclaredWithTheDeprecatedAnnotation() throws Exception {
        assertThat(descriptor()).doesNotContain("<requirements>");
    }
}
