package dev.migrationguard.naming;

public enum Direction {
    UP, DOWN
}
