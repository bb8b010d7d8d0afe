package dev.migrationguard.maven;

import dev.migrationguard.db.Secrets;

/**
 * A database URL mojo parameter ({@code db.url}), which may hold a password ({@code postgres://user:pass@host/db},
 * {@code ?password=...}). Not a plain String on purpose: {@code mvn -X} prints every mojo parameter with its
 * {@code toString()}, and this one prints the URL with its passwords masked. How Maven (3.9) builds it: from a
 * configured text through the public String constructor, once it finds no default setter {@code set(String)}; when the
 * parameter is not given, through the no-argument constructor (value null). There is deliberately no
 * {@code set(String)}: Maven would call it and print its argument, the whole URL, in the same dump.
 */
public final class MaskedUrl {

    private final String value;

    /** Not given: Maven configures an absent parameter with this. */
    public MaskedUrl() {
        this(null);
    }

    public MaskedUrl(String value) {
        this.value = value;
    }

    /** The URL as given, or null when it is not given. */
    static String valueOf(MaskedUrl url) {
        return url == null ? null : url.value;
    }

    @Override
    public String toString() {
        return value == null ? "null" : Secrets.maskUrl(value);
    }
}
