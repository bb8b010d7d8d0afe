package dev.migrationguard.sql;

/** PostgreSQL table-level lock modes, weakest first (see the "Explicit Locking" chapter of the manual). */
public enum LockLevel {
    NONE("no table lock"),
    ACCESS_SHARE("ACCESS SHARE"),
    ROW_SHARE("ROW SHARE"),
    ROW_EXCLUSIVE("ROW EXCLUSIVE"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"),
    SHARE("SHARE"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
    EXCLUSIVE("EXCLUSIVE"),
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE");

    private final String sqlName;

    LockLevel(String sqlName) {
        this.sqlName = sqlName;
    }

    /** The name as PostgreSQL's documentation and {@code LOCK TABLE} spell it, e.g. {@code SHARE ROW EXCLUSIVE}. */
    public String sqlName() {
        return sqlName;
    }

    /** The name as {@code pg_locks.mode} spells it, e.g. {@code ShareRowExclusiveLock}; empty for NONE. */
    public String pgLocksMode() {
        if (this == NONE) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String part : name().split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.append("Lock").toString();
    }

    /** True when this mode blocks plain reads (SELECT) of the table. */
    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    /** True when this mode blocks INSERT/UPDATE/DELETE on the table. */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    public LockLevel max(LockLevel other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
