package dev.migrationguard.naming;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of one run, each parsed once: a branch and the base it is compared with hold mostly the same files, and
 * naming them twice is most of the cost of the comparison on a project of thousands of migrations. Only pure answers
 * are kept: {@link NameParser#parse} of a path under a scheme (the scheme vote of a location parses its Flyway names
 * here, and the location's naming finds them parsed).
 *
 * <p>One memo serves one run on one thread.
 */
public final class NameMemo {

    private final Map<NamingScheme, Map<String, ParsedName>> parsed = new EnumMap<>(NamingScheme.class);
    /** How many names a scheme's map is made for: grown once, not doubled again and again through thousands. */
    private int expected = 16;

    /** Tells the memo that about {@code names} names are coming (the files of a set). */
    void expect(int names) {
        expected = Math.max(expected, names);
    }

    /** {@link NameParser#parse}, remembered. */
    ParsedName parse(String relativePath, NamingScheme scheme) {
        Map<String, ParsedName> byPath = parsed.computeIfAbsent(scheme, s -> new HashMap<>(expected * 4 / 3 + 1));
        ParsedName name = byPath.get(relativePath);
        if (name == null) {
            name = NameParser.parse(relativePath, scheme);
            byPath.put(relativePath, name);
        }
        return name;
    }
}
