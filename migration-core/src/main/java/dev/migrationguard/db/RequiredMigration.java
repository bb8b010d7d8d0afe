package dev.migrationguard.db;

import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.MigrationVersion;
import dev.migrationguard.naming.NameParser;
import dev.migrationguard.naming.NamingScheme;
import dev.migrationguard.naming.ParsedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One migration an application requires, as written in its list: a migration's name without {@code .sql}
 * ({@code 005_steps_run_idx_constraints}, {@code V5__steps_run}, {@code 20240501093000_add_email}) or a bare version
 * ({@code 5}, {@code 2.1}). Names are read by the engine's {@link NameParser}, so a version means what it means to
 * the runner ({@code 005} is version 5).
 *
 * @param text        the entry as written
 * @param version     its version
 * @param description the description the name gives (underscores as spaces), or null for a bare version
 */
public record RequiredMigration(String text, MigrationVersion version, String description) {

    private static final Pattern FLYWAY = Pattern.compile("[Vv]\\d.*__.*");
    private static final Pattern SPLIT_TIMESTAMP = Pattern.compile("\\d{8}_\\d{6}(?:_.*)?");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    /**
     * Parses a list as an environment variable holds it: entries separated by commas, semicolons or white space.
     * Empty entries are skipped.
     *
     * @throws IllegalArgumentException naming every entry that is neither a migration name nor a version
     */
    public static List<RequiredMigration> parseList(String list) {
        List<String> entries = new ArrayList<>();
        for (String s : SEPARATORS.split(list.strip())) {
            if (!s.isEmpty()) {
                entries.add(s);
            }
        }
        return parseAll(entries);
    }

    /**
     * Parses each entry; every bad one is named in one exception, with the forms an entry may take.
     *
     * @throws IllegalArgumentException when an entry is neither a migration name nor a version, or none is given
     */
    public static List<RequiredMigration> parseAll(List<String> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no required migrations given; name at least one, e.g. "
                    + "005_steps_run_idx_constraints or 5");
        }
        List<RequiredMigration> parsed = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String entry : entries) {
            RequiredMigration r = entry == null ? null : parse(entry);
            if (r == null) {
                bad.add(entry == null ? "null" : "\"" + entry + "\"");
            } else {
                parsed.add(r);
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("not a migration name or version: " + String.join(", ", bad)
                    + "; write each required migration as its file name without .sql (005_steps_run_idx_constraints, "
                    + "V5__steps_run_idx_constraints) or as its version (5)");
        }
        return List.copyOf(parsed);
    }

    /** Parses one entry; null when it is neither a migration name nor a version. */
    public static RequiredMigration parse(String entry) {
        String text = entry.strip();
        String name = text.toLowerCase(Locale.ROOT).endsWith(".sql") ? text.substring(0, text.length() - 4) : text;
        if (name.isEmpty()) {
            return null;
        }
        MigrationVersion bare = MigrationVersion.parseHorizon(name);
        if (bare != null) {
            return new RequiredMigration(text, bare, null);
        }
        NamingScheme scheme = FLYWAY.matcher(name).matches() ? NamingScheme.FLYWAY
                : SPLIT_TIMESTAMP.matcher(name).matches() ? NamingScheme.TIMESTAMP : NamingScheme.SEQUENTIAL;
        ParsedName parsed = NameParser.parse(name + ".sql", scheme);
        if (!parsed.isMigration() || parsed.kind() != MigrationKind.VERSIONED || parsed.version() == null) {
            return null;
        }
        String description = parsed.description() == null || parsed.description().isBlank() ? null
                : parsed.description();
        return new RequiredMigration(text, parsed.version(), description);
    }

    /** True when {@code description} (a history row's) names the same migration; always true for a bare version. */
    public boolean matchesDescription(String other) {
        return description == null || normalise(description).equals(normalise(other));
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
