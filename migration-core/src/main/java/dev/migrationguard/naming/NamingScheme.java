package dev.migrationguard.naming;

/** How a location names its migrations. Detected per location unless configured. */
public enum NamingScheme {
    /** {@code V<version>__<desc>.sql}, undo {@code U<version>__<desc>.sql}, {@code R__<desc>.sql}, {@code B<version>__<desc>.sql}. */
    FLYWAY,
    /** {@code <version>_<name>.up.sql} + {@code <version>_<name>.down.sql} (optionally {@code .<dialect>.up.sql}). */
    GOLANG_MIGRATE,
    /**
     * {@code <version>_<name>/up.sql} + {@code down.sql} (diesel), or {@code <version>_<name>/migration.sql} alone
     * (Prisma); version digits with optional dashes.
     */
    FOLDER_PAIRS,
    /** {@code <version>_<name>.sql} with {@code -- migrate:up} / {@code -- migrate:down} sections. */
    DBMATE,
    /** {@code <version>_<name>.sql} with {@code -- +goose Up} / {@code -- +goose Down} sections. */
    GOOSE,
    /** {@code YYYYMMDDHHMMSS_name.sql} or {@code YYYYMMDD_HHMMSS_name.sql}, up only. */
    TIMESTAMP,
    /** {@code NNN_name.sql} or {@code vNNN_name.sql}, up only. */
    SEQUENTIAL,
    /**
     * Liquibase formatted SQL changelogs: any {@code .sql} file whose first line is {@code --liquibase formatted sql};
     * each {@code --changeset author:id} is a migration and its {@code --rollback} SQL is its down.
     */
    LIQUIBASE_SQL,
    /**
     * Alembic offline SQL: a {@code .sql} file printed by {@code alembic upgrade A:B --sql}, split at its
     * {@code -- Running upgrade A -> B} lines, one migration per revision; the parts of a file printed by
     * {@code alembic downgrade B:A --sql} in the same location are their downs.
     */
    ALEMBIC_SQL;

    /** The configuration spelling: lower case with dashes, e.g. {@code golang-migrate}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Parses a configuration spelling ({@code flyway}, {@code golang-migrate}, ...); null when unknown. */
    public static NamingScheme fromConfigName(String s) {
        for (NamingScheme n : values()) {
            if (n.configName().equalsIgnoreCase(s) || n.name().equalsIgnoreCase(s)) {
                return n;
            }
        }
        return null;
    }
}
