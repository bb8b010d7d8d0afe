package dev.migrationguard.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks passwords in URLs and messages, so no output, log line or exception message ever shows one. */
public final class Secrets {

    /** What a password is replaced with. */
    public static final String MASK = "****";

    /**
     * The password of a URL's userinfo: from the first {@code :} after the scheme to the LAST {@code @} before the
     * host (the greedy run stops at the path, the query or a space), so a raw {@code @} in a password stays masked.
     */
    private static final Pattern USER_INFO = Pattern.compile("(://[^:/@?#\\s]*:)([^/?#\\s]*)(@)");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)([^&\\s]*)");

    private Secrets() {
    }

    /** {@code postgres://u:secret@h/db} becomes {@code postgres://u:****@h/db}; {@code password=x} parameters too. */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "$3");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** Masks URLs in {@code text} and every occurrence of {@code password} (when it is not blank). */
    public static String mask(String text, String password) {
        if (text == null) {
            return null;
        }
        String masked = maskUrl(text);
        if (password != null && !password.isBlank()) {
            masked = masked.replace(password, MASK);
        }
        return masked;
    }
}
