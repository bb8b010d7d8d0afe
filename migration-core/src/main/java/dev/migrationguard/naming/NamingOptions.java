package dev.migrationguard.naming;

import java.util.Objects;

/**
 * How to read migration names.
 *
 * @param scheme      the naming scheme of every location; null to detect it per location
 * @param requireDown when a versioned migration must have a down script
 */
public record NamingOptions(NamingScheme scheme, DownPolicy requireDown) {

    public NamingOptions {
        Objects.requireNonNull(requireDown, "requireDown");
    }

    /** Detect the scheme per location; require downs where the scheme expects them. */
    public static NamingOptions defaults() {
        return new NamingOptions(null, DownPolicy.AUTO);
    }
}
