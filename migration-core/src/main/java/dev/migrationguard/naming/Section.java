package dev.migrationguard.naming;

public enum Section {
    /** The whole file is the script. */
    WHOLE,
    /** The up section of a single-file migration (dbmate {@code -- migrate:up}, goose {@code -- +goose Up}). */
    UP,
    /** The down section of a single-file migration. */
    DOWN
}
