package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    static final Set<String> VALUES = Set.of("--format", "--password");
    static final Set<String> FLAGS = Set.of("--color", "--no-color");

    @Test
    void valuesFlagsAndPaths() throws Exception {
        CommandLine line = CommandLine.parse(List.of("a", "--format", "json", "--color", "--format=sarif", "b",
                "--no-color"), VALUES, FLAGS);

        assertThat(line.value("--format")).isEqualTo("sarif");
        assertThat(line.value("--password")).isNull();
        assertThat(line.flags()).containsExactly("--color", "--no-color");
        assertThat(line.has("--color")).isTrue();
        assertThat(line.paths()).containsExactly("a", "b");
        assertThat(line.help()).isFalse();
    }

    @Test
    void help() throws Exception {
        assertThat(CommandLine.parse(List.of("x", "-h"), VALUES, FLAGS).help()).isTrue();
        assertThat(CommandLine.parse(List.of("--help"), VALUES, FLAGS).help()).isTrue();
    }

    @Test
    void missingValueAndUnknownOptionsAreUsageErrorsThatNeverRepeatAValue() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--format"), VALUES, FLAGS))
                .hasMessage("--format needs a value");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour"), VALUES, FLAGS))
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--passwd=s3cret"), VALUES, FLAGS))
                .hasMessage("unknown option --passwd=****");
    }
}
