package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * golang-migrate names with a database in them, as ory/pop's migrator (popx: Ory Hydra, Keto) writes them:
 * {@code <version>_<name>[.<dialect>][.autocommit].(up|down).sql}. For each version and direction the migrator runs
 * the file of the database it is connected to, else the file without a dialect; files of other databases never run.
 * On PostgreSQL, then: a {@code .postgres.} file replaces the dialect-less one of its version and direction, and
 * {@code .mysql.}, {@code .sqlite.}, {@code .cockroach.} ... files are not migrations at all. An up and a down pair
 * by their name without the dialect ({@code 1_users.postgres.up.sql} with {@code 1_users.down.sql}).
 *
 * <p>A location is read this way only when one of its names carries a known dialect; plain golang-migrate locations
 * are left as they are.
 */
final class PopxDialects {

    /** The databases ory/pop names, as they appear in file names. */
    private static final Set<String> DIALECTS = Set.of("postgres", "postgresql", "cockroach", "cockroachdb", "mysql",
            "mariadb", "sqlite", "sqlite3", "mssql", "sqlserver");
    private static final Set<String> POSTGRES = Set.of("postgres", "postgresql");
    private static final String AUTOCOMMIT = ".autocommit";

    private PopxDialects() {
    }

    /** The name without {@code .autocommit} and without its dialect: what an up and its down share. */
    static String baseName(String name) {
        String n = name.endsWith(AUTOCOMMIT) ? name.substring(0, name.length() - AUTOCOMMIT.length()) : name;
        String dialect = trailingDialect(n);
        return dialect == null ? n : n.substring(0, n.length() - dialect.length() - 1);
    }

    /** The dialect of a golang-migrate name ({@link ParsedName#name()}), or null for a file of every database. */
    static String dialect(String name) {
        String n = name.endsWith(AUTOCOMMIT) ? name.substring(0, name.length() - AUTOCOMMIT.length()) : name;
        return trailingDialect(n);
    }

    private static String trailingDialect(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String last = name.substring(dot + 1);
        return DIALECTS.contains(last) ? last : null;
    }

    /**
     * The items that run on PostgreSQL, in their order: all of them when no name carries a dialect; else, per version
     * and direction, the PostgreSQL files when there are, else the dialect-less ones, never another database's.
     */
    static <T> List<T> onPostgres(List<T> items, Function<T, ParsedName> nameOf) {
        boolean anyDialect = false;
        Map<MigrationVersion, Set<Direction>> postgres = new HashMap<>();
        for (T item : items) {
            ParsedName n = nameOf.apply(item);
            String dialect = dialect(n.name());
            if (dialect != null) {
                anyDialect = true;
                if (POSTGRES.contains(dialect)) {
                    postgres.computeIfAbsent(n.version(), v -> EnumSet.noneOf(Direction.class)).add(n.direction());
                }
            }
        }
        if (!anyDialect) {
            return items;
        }
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            ParsedName n = nameOf.apply(item);
            String dialect = dialect(n.name());
            boolean keep = dialect == null
                    ? !postgres.getOrDefault(n.version(), Set.of()).contains(n.direction())
                    : POSTGRES.contains(dialect);
            if (keep) {
                kept.add(item);
            }
        }
        return kept;
    }
}
