package dev.migrationguard.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a {@code docsBaseUrl} value: an absolute http or https URL (reports and SARIF need absolute links). */
public final class DocsBaseUrl {

    /** What a valid value looks like, for messages. */
    public static final String PROBLEM = "expected an absolute http(s) URL such as "
            + "https://example.com/migration-guard/docs/rules/";

    private DocsBaseUrl() {
    }

    /** True when {@code s} is an absolute {@code http:} or {@code https:} URL with a host. */
    public static boolean valid(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(s.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
