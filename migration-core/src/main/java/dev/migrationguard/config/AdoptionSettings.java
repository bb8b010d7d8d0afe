package dev.migrationguard.config;

import java.nio.file.Path;

/**
 * How a project with years of migrations adopts the lint: which migrations are history, and the findings it has
 * accepted. The base a change is compared with is {@link MigrationGuardConfig#base()}.
 *
 * @param since          migrations at or below this version are history: read for the schema, never reported;
 *                       null for none. Written as the naming scheme writes versions ({@code 2.43}, {@code V2_43},
 *                       {@code 20240826120919}, {@code 2024-08-26-120919})
 * @param baselineFile   the findings baseline; when it exists, only findings not in it are reported
 * @param updateBaseline write the findings of this run to {@code baselineFile} instead of failing on them
 */
public record AdoptionSettings(String since, Path baselineFile, boolean updateBaseline) {

    /** The file name of the findings baseline, beside {@code .migration-guard.yml}. */
    public static final String BASELINE_FILE = ".migration-guard-baseline.json";

    /** No history horizon, the baseline at its default place in {@code projectDir}, not updating it. */
    public static AdoptionSettings defaults(Path projectDir) {
        return new AdoptionSettings(null, projectDir.resolve(BASELINE_FILE), false);
    }

    AdoptionSettings withSince(String value) {
        return new AdoptionSettings(value, baselineFile, updateBaseline);
    }

    AdoptionSettings withBaselineFile(Path value) {
        return new AdoptionSettings(since, value, updateBaseline);
    }

    AdoptionSettings withUpdateBaseline(boolean value) {
        return new AdoptionSettings(since, baselineFile, value);
    }
}
