package dev.migrationguard.sql;

/** Facts about a statement's form that rules ask about. */
public enum StatementFlag {
    CONCURRENTLY,
    IF_EXISTS,
    IF_NOT_EXISTS,
    /** UPDATE/DELETE/CREATE INDEX with a WHERE clause. */
    HAS_WHERE,
    CASCADE,
    UNIQUE,
    OR_REPLACE,
    TEMPORARY,
    UNLOGGED,
    /** ALTER TABLE ONLY / TRUNCATE ONLY ... */
    ONLY,
    /** VACUUM FULL. */
    FULL,
    /** CREATE TABLE ... PARTITION OF ... */
    PARTITION_OF,
    /** CREATE TABLE ... PARTITION BY ... */
    PARTITIONED,
    /** CREATE ... AS SELECT / CREATE MATERIALIZED VIEW ... WITH DATA. */
    WITH_DATA,
    /** CREATE MATERIALIZED VIEW ... WITH NO DATA. */
    WITH_NO_DATA,
    /** DROP ... / ALTER TYPE ... with several objects in one statement. */
    MULTIPLE_OBJECTS,
    /** BEGIN ATOMIC body (SQL-standard function body). */
    ATOMIC_BODY,
    /** INSERT ... SELECT / UPDATE ... FROM: reads other tables. */
    READS_OTHER_TABLES
}
