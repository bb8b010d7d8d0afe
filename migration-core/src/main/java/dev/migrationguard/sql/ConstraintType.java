package dev.migrationguard.sql;

public enum ConstraintType {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, NOT_NULL
}
