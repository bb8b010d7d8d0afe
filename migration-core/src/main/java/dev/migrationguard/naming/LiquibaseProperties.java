package dev.migrationguard.naming;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code ${name}} properties the changelogs of a location define for PostgreSQL. Liquibase makes a property
 * of the master changelog visible in every changelog it includes, while a changeset's script is read from its own
 * file alone ({@link ScriptLoader}): the naming records here what the location's changelogs define when it builds
 * the set, and the scripts read it back by location. A file's own properties win over the location's.
 */
final class LiquibaseProperties {

    private static final Map<String, Map<String, String>> BY_LOCATION = new ConcurrentHashMap<>();

    private LiquibaseProperties() {
    }

    static void record(String location, Iterable<LiquibaseDocument> documents) {
        Map<String, String> all = new HashMap<>();
        for (LiquibaseDocument d : documents) {
            for (Map.Entry<String, String> e : d.properties().entrySet()) {
                all.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        BY_LOCATION.put(location, Map.copyOf(all));
    }

    /** The properties of {@code doc} over those recorded for {@code location}. */
    static Map<String, String> of(String location, LiquibaseDocument doc) {
        Map<String, String> recorded = BY_LOCATION.getOrDefault(location, Map.of());
        if (recorded.isEmpty()) {
            return doc.properties();
        }
        Map<String, String> out = new HashMap<>(recorded);
        out.putAll(doc.properties());
        return out;
    }
}
