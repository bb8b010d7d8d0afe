package dev.migrationguard.maven;

import dev.migrationguard.db.Secrets;
import java.util.ArrayList;
import java.util.List;

/** Replaces every known password, and the passwords inside URLs, in text bound for the log or a build message. */
final class Masker {

    private final List<String> passwords = new ArrayList<>();

    Masker(String... passwords) {
        for (String p : passwords) {
            if (p != null && !p.isBlank()) {
                this.passwords.add(p);
            }
        }
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = Secrets.maskUrl(text);
        for (String p : passwords) {
            masked = Secrets.mask(masked, p);
        }
        return masked;
    }
}
