package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.naming.Migration;
import dev.migrationguard.naming.MigrationKind;
import dev.migrationguard.naming.NamingScheme;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code db:new -Ddb.name=add_user_email}: writes the next correctly named up/down pair in the naming scheme of the
 * first location (configured, else detected, else Flyway's): the next number where the location numbers its
 * migrations, a timestamp where it stamps them.
 */
public final class NewMigration {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DIESEL = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private NewMigration() {
    }

    /** Creates the files; the result's summary lists them, its problems say why nothing was written. */
    public static RunResult create(MigrationGuardConfig config, String name, Clock clock) {
        String slug = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (!slug.matches("[a-z0-9_]+")) {
            return RunResult.refused("nothing was created", List.of("db.name='" + name + "' must be letters, digits "
                    + "and underscores, e.g. -Ddb.name=add_user_email"));
        }
        String location = config.locations().get(0);
        Path dir = config.projectDir().resolve(location.replaceFirst("^filesystem:", "")
                .replaceFirst("^classpath:", "src/main/resources/"));
        MigrationCatalog catalog = MigrationCatalog.load(config);
        NamingScheme scheme = config.namingScheme();
        if (scheme == null) {
            scheme = catalog.set().schemes().getOrDefault(location, NamingScheme.FLYWAY);
        }
        if (scheme == NamingScheme.LIQUIBASE_SQL) {
            return RunResult.refused("nothing was created", List.of(location + " holds Liquibase changelogs: add a"
                    + " --changeset <author>:<id> to the changelog instead (docs/guides/liquibase.md)"));
        }
        if (scheme == NamingScheme.ALEMBIC_SQL) {
            return RunResult.refused("nothing was created", List.of(location + " holds Alembic offline SQL: write"
                    + " the revision with alembic revision -m \"...\" and print its SQL again"
                    + " (docs/guides/alembic.md)"));
        }
        List<BigInteger> numbers = new ArrayList<>();
        int width = 0;
        for (Migration m : catalog.set().migrations()) {
            if (m.kind() == MigrationKind.VERSIONED && m.version().parts().size() >= 1) {
                numbers.add(m.version().parts().get(0));
                String file = m.up().file().fileName().replaceFirst("^[VvB]", "");
                int digits = 0;
                while (digits < file.length() && Character.isDigit(file.charAt(digits))) {
                    digits++;
                }
                width = Math.max(width, digits);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        BigInteger max = numbers.stream().reduce(BigInteger.ZERO, BigInteger::max);
        boolean stamped = max.compareTo(BigInteger.valueOf(1_000_000_000L)) > 0;
        String next = stamped || scheme == NamingScheme.TIMESTAMP || scheme == NamingScheme.DBMATE
                ? now.format(STAMP) : pad(max.add(BigInteger.ONE), width);
        Map<String, String> files = new LinkedHashMap<>();
        switch (scheme) {
            case FLYWAY -> {
                files.put("V" + next + "__" + slug + ".sql", "-- " + slug + "\n");
                files.put("U" + next + "__" + slug + ".sql", "-- undo " + slug + "\n");
            }
            case GOLANG_MIGRATE -> {
                files.put(pad(new BigInteger(next), Math.max(width, 6)) + "_" + slug + ".up.sql", "");
                files.put(pad(new BigInteger(next), Math.max(width, 6)) + "_" + slug + ".down.sql", "");
            }
            case FOLDER_PAIRS -> {
                String folder = now.format(DIESEL) + "_" + slug;
                files.put(folder + "/up.sql", "");
                files.put(folder + "/down.sql", "");
            }
            case DBMATE -> files.put(next + "_" + slug + ".sql", "-- migrate:up\n\n-- migrate:down\n");
            case GOOSE -> files.put((numbers.isEmpty() ? now.format(STAMP) : next) + "_" + slug + ".sql",
                    "-- +goose Up\n\n-- +goose Down\n");
            case TIMESTAMP -> files.put(now.format(STAMP) + "_" + slug + ".sql", "");
            case SEQUENTIAL -> files.put(pad(max.add(BigInteger.ONE), Math.max(width, 3)) + "_" + slug + ".sql", "");
            default -> throw new IllegalStateException("unknown scheme " + scheme);
        }
        for (String f : files.keySet()) {
            if (Files.exists(dir.resolve(f))) {
                return RunResult.refused("nothing was created", List.of(dir.resolve(f) + " already exists"));
            }
        }
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return RunResult.refused("nothing was created", List.of("cannot write in " + dir + ": " + e.getMessage()));
        }
        List<StepResult> steps = new ArrayList<>();
        for (String f : files.keySet()) {
            steps.add(new StepResult(next, slug, config.projectDir().relativize(dir.resolve(f)).toString()
                    .replace('\\', '/'), "created", 0, true));
        }
        return new RunResult(true, "created " + String.join(", ", files.keySet()) + " in " + location + " ("
                + scheme.configName() + ")", List.of(), steps, "");
    }

    private static String pad(BigInteger n, int width) {
        String s = n.toString();
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
