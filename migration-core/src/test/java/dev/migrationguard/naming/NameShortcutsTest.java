package dev.migrationguard.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that spare the common names a regular expression or a look-up give the answers of the expressions they
 * stand for, on every short string over an alphabet of the characters that matter (digits, separators, letters, a
 * digit that is not ASCII).
 */
class NameShortcutsTest {

    private static final Pattern FLYWAY_VERSION = Pattern.compile("\\d+(?:[._]\\d+)*");
    private static final Pattern GOLANG = Pattern.compile("(\\d+)_(.*)\\.(up|down)\\.sql");

    /** Every string of up to {@code max} characters of {@code alphabet}. */
    private static List<String> strings(String alphabet, int max) {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int len = 1; len <= max; len++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (char c : alphabet.toCharArray()) {
                    next.add(s + c);
                }
            }
            out.addAll(next);
            last = next;
        }
        return out;
    }

    @Test
    void flywayVersionCheckIsThePattern() {
        for (String s : strings("09._a-\u0663", 5)) {
            assertThat(NameParser.isFlywayVersion(s)).as("'%s'", s).isEqualTo(FLYWAY_VERSION.matcher(s).matches());
        }
    }

    @Test
    void golangNameCheckIsThePattern() {
        List<String> names = new ArrayList<>();
        for (String head : strings("1_a.\u0663", 3)) {
            for (String tail : List.of(".up.sql", ".down.sql", ".sql", "up.sql", ".UP.sql", ".down.sq", "")) {
                names.add(head + tail);
            }
        }
        names.addAll(List.of("1_x.up.sql", "20240101_add.down.sql", "1_.up.sql", "_1_x.up.sql", "1.up.sql"));
        for (String name : names) {
            assertThat(NameParser.isGolangName(name)).as("'%s'", name).isEqualTo(GOLANG.matcher(name).matches());
        }
    }

    @Test
    void callbackCheckKnowsEveryEventAndNoMigration() {
        for (String event : List.of("beforeMigrate", "afterEachMigrate", "createSchema", "beforeConnect")) {
            assertThat(FlywayCallbacks.isCallback(event)).as(event).isTrue();
            assertThat(FlywayCallbacks.isCallback(event + "__notify")).as(event).isTrue();
        }
        for (String stem : List.of("", "V1__beforeMigrate", "R__afterMigrate", "BeforeMigrate", "before", "_")) {
            assertThat(FlywayCallbacks.isCallback(stem)).as("'%s'", stem).isFalse();
        }
    }

    @Test
    void upperCaseExtensionStillReported() {
        assertThat(NameParser.parse("V1__init.SQL", NamingScheme.FLYWAY).isValid()).isFalse();
        assertThat(NameParser.parse("V1__init.sql", NamingScheme.FLYWAY).isMigration()).isTrue();
        assertThat(NameParser.parse("notes.txt", NamingScheme.FLYWAY).status()).isEqualTo(ParsedName.Status.IGNORED);
    }
}
