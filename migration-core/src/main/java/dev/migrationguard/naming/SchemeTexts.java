package dev.migrationguard.naming;

/** Human names and name patterns of the naming schemes, for messages. */
final class SchemeTexts {

    private SchemeTexts() {
    }

    static String title(NamingScheme scheme) {
        return switch (scheme) {
            case FLYWAY -> "Flyway";
            case GOLANG_MIGRATE -> "golang-migrate";
            case FOLDER_PAIRS -> "folder-pair";
            case DBMATE -> "dbmate";
            case GOOSE -> "goose";
            case TIMESTAMP -> "timestamp";
            case SEQUENTIAL -> "sequential";
            case LIQUIBASE_SQL -> "Liquibase formatted SQL";
            case ALEMBIC_SQL -> "Alembic offline SQL";
        };
    }

    static String pattern(NamingScheme scheme) {
        return switch (scheme) {
            case FLYWAY -> "V<version>__<description>.sql, U<version>__<description>.sql, R__<description>.sql"
                    + " or B<version>__<description>.sql";
            case GOLANG_MIGRATE -> "<version>_<name>.up.sql and <version>_<name>.down.sql";
            case FOLDER_PAIRS -> "<version>_<name>/up.sql and <version>_<name>/down.sql (Prisma:"
                    + " <version>_<name>/migration.sql)";
            case DBMATE -> "<version>_<name>.sql with -- migrate:up and -- migrate:down sections";
            case GOOSE -> "<version>_<name>.sql with -- +goose Up and -- +goose Down sections";
            case TIMESTAMP -> "YYYYMMDDHHMMSS_<name>.sql";
            case SEQUENTIAL -> "<number>_<name>.sql";
            case LIQUIBASE_SQL -> "<name>.sql starting with --liquibase formatted sql";
            case ALEMBIC_SQL -> "<name>.sql printed by alembic upgrade --sql (-- Running upgrade A -> B lines)";
        };
    }
}
