package dev.migrationguard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipReasonPrinterTest {

    @Test
    void aFailedAssumptionPrintsItsMessageWithoutJUnitsPrefix() {
        assertThat(SkipReasonPrinter.line("ContainerTargetTest", "runsOnAContainer",
                "Assumption failed: needs a Docker engine: no socket at /var/run/docker.sock"))
                .isEqualTo("SKIPPED ContainerTargetTest.runsOnAContainer: needs a Docker engine: "
                        + "no socket at /var/run/docker.sock");
    }

    @Test
    void aSkipWithoutReasonSaysSo() {
        assertThat(SkipReasonPrinter.line("SomeTest", "someCase", null))
                .isEqualTo("SKIPPED SomeTest.someCase: no reason given");
        assertThat(SkipReasonPrinter.line("SomeTest", "someCase", "  "))
                .isEqualTo("SKIPPED SomeTest.someCase: no reason given");
    }
}
