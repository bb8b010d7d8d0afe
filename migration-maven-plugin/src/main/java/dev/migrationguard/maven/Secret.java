package dev.migrationguard.maven;

import dev.migrationguard.db.Secrets;

/**
 * A password mojo parameter ({@code db.password}). Not a plain String on purpose: {@code mvn -X} prints every mojo
 * parameter with its {@code toString()}, and this one prints {@code ****}. How Maven (3.9) builds it: from a
 * configured text through the public String constructor, once it finds no default setter {@code set(String)}; when the
 * parameter is not given, through the no-argument constructor (value null). There is deliberately no
 * {@code set(String)}: Maven would call it and print its argument, the password, in the same dump.
 */
public final class Secret {

    private final String value;

    /** Not given: Maven configures an absent parameter with this. */
    public Secret() {
        this(null);
    }

    public Secret(String value) {
        this.value = value;
    }

    /** The value of {@code secret}, or null when it is not given. */
    static String valueOf(Secret secret) {
        return secret == null ? null : secret.value;
    }

    @Override
    public String toString() {
        return value == null ? "null" : Secrets.MASK;
    }
}
