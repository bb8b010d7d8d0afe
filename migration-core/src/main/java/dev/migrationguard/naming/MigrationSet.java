package dev.migrationguard.naming;

import java.util.List;
import java.util.Map;

/**
 * Every migration found under the configured locations, sorted by version (repeatables last, by description),
 * with every naming problem of the run.
 *
 * @param migrations the migrations, sorted
 * @param problems   all naming problems, in path order
 * @param schemes    the naming scheme used for each location (configured or detected)
 */
public record MigrationSet(List<Migration> migrations, List<NamingProblem> problems,
                           Map<String, NamingScheme> schemes) {
}
