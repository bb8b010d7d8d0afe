package dev.migrationguard.lint;

import dev.migrationguard.sql.Statement;
import dev.migrationguard.sql.Token;
import dev.migrationguard.sql.TokenType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a finding is about, independent of where it stands in its file: the findings baseline keys entries by rule,
 * file and fingerprint, so lines added above a finding keep it matched, and an edit to its statement makes it new.
 */
public final class Fingerprint {

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");

    private Fingerprint() {
    }

    /**
     * A statement's fingerprint: its significant tokens (no whitespace, no comments; unquoted words in lower case)
     * joined by single spaces, digested. Reformatting or commenting the statement keeps it; changing a name, a
     * type or a literal changes it.
     */
    public static String of(Statement s) {
        StringBuilder b = new StringBuilder(s.text().length());
        for (Token t : s.tokens()) {
            if (t.isTrivia()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.type() == TokenType.WORD ? t.text().toLowerCase(Locale.ROOT) : t.text());
        }
        return digest(b.toString());
    }

    /** A fingerprint from a message, its numbers left out (they are often line numbers or counts). */
    public static String ofMessage(String message) {
        return digest(message == null ? "" : DIGITS.matcher(message).replaceAll("#"));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
