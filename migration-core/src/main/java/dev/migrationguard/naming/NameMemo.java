package dev.migrationguard.naming;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of one run, each parsed once: a branch and the base it is compared with hold mostly the same files, and
 * naming them twice is most of the cost of the comparison on a project of thousands of migrations. Only pure answers
 * are kept: {@link NameParser#parse} of a path under a scheme, and a scheme vote that the name alone decided (a vote
 * that needed the file's text is asked again each time, since the same path may hold other bytes on the base).
 *
 * <p>One memo serves one run on one thread.
 */
public final class NameMemo {

    /** A vote of "no scheme": a map cannot tell a stored null from a missing entry. */
    private static final Object NO_VOTE = new Object();

    private final Map<NamingScheme, Map<String, ParsedName>> parsed = new EnumMap<>(NamingScheme.class);
    private final Map<String, Object> votes = new HashMap<>();

    /** {@link NameParser#parse}, remembered. */
    ParsedName parse(String relativePath, NamingScheme scheme) {
        Map<String, ParsedName> byPath = parsed.computeIfAbsent(scheme, s -> new HashMap<>());
        ParsedName name = byPath.get(relativePath);
        if (name == null) {
            name = NameParser.parse(relativePath, scheme);
            byPath.put(relativePath, name);
        }
        return name;
    }

    /** The remembered vote of {@code relativePath}: a scheme, {@link #NO_VOTE}, or null when none is known. */
    Object vote(String relativePath) {
        return votes.get(relativePath);
    }

    /** Remembers a vote the name alone decided. */
    void rememberVote(String relativePath, NamingScheme vote) {
        votes.put(relativePath, vote == null ? NO_VOTE : vote);
    }

    static boolean isNoVote(Object vote) {
        return vote == NO_VOTE;
    }
}
