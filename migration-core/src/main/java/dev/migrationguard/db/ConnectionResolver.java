package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.ServerCredentials;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves {@link ConnectionSettings} from the configuration and the environment.
 *
 * <p>Precedence: the URL is {@code db.url} (parameter, else {@code url:} in {@code .migration-guard.yml}), else the
 * {@code DATABASE_URL} environment variable. The user and the password may come from the URL itself
 * ({@code postgres://user:pass@...} or {@code ?user=..&password=..}), from {@code db.user} / {@code db.password}, and
 * from the {@code settings.xml} server named by {@code db.serverId}; each value may come from several of these only
 * when they agree, otherwise the resolution fails naming the places (never the password).
 */
public final class ConnectionResolver {

    /** The environment variable read when no {@code db.url} is configured. */
    public static final String DATABASE_URL = "DATABASE_URL";

    private ConnectionResolver() {
    }

    /** The settings, or the reason they cannot be resolved. */
    public record Resolution(ConnectionSettings settings, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Resolves from {@code config} and the process environment. */
    public static Resolution resolve(MigrationGuardConfig config) {
        return resolve(config, System.getenv());
    }

    /** Resolves from {@code config} and {@code env} (the environment variables). */
    public static Resolution resolve(MigrationGuardConfig config, Map<String, String> env) {
        String url = blankToNull(config.dbUrl());
        String urlSource = "db.url";
        if (url == null) {
            url = blankToNull(env.get(DATABASE_URL));
            urlSource = "the " + DATABASE_URL + " environment variable";
        }
        if (url == null) {
            return new Resolution(null, "no database configured: set db.url (or 'url:' in "
                    + MigrationGuardConfig.FILE_NAME + ") or the " + DATABASE_URL + " environment variable, e.g. "
                    + "jdbc:postgresql://localhost:5432/app");
        }
        ParsedUrl parsed;
        try {
            parsed = parse(url);
        } catch (IllegalArgumentException e) {
            // the URL comes last: masking a password runs to the next space or '&', so nothing may follow it
            return new Resolution(null, "cannot read the database URL from " + urlSource + ": " + e.getMessage()
                    + "; use jdbc:postgresql://host:port/database or postgres://user@host:port/database; given: "
                    + Secrets.maskUrl(url));
        }
        List<Candidate> users = new ArrayList<>();
        List<Candidate> passwords = new ArrayList<>();
        add(users, parsed.user, "the user in " + urlSource);
        add(passwords, parsed.password, "the password in " + urlSource);
        add(users, config.dbUser(), "db.user");
        add(passwords, config.dbPassword(), "db.password");
        ServerCredentials server = config.dbServer();
        if (server != null) {
            add(users, server.user(), "the settings.xml server '" + server.id() + "'");
            add(passwords, server.password(), "the settings.xml server '" + server.id() + "'");
        }
        String conflict = conflict(users, "user names", true);
        if (conflict == null) {
            conflict = conflict(passwords, "passwords", false);
        }
        if (conflict != null) {
            return new Resolution(null, conflict);
        }
        String user = users.isEmpty() ? null : users.get(0).value;
        String password = passwords.isEmpty() ? null : passwords.get(0).value;
        return new Resolution(new ConnectionSettings(parsed.jdbcUrl, user, password, parsed.host, parsed.port,
                parsed.database), null);
    }

    private record Candidate(String value, String source) {
    }

    private static void add(List<Candidate> list, String value, String source) {
        if (value != null && !value.isEmpty()) {
            list.add(new Candidate(value, source));
        }
    }

    private static String conflict(List<Candidate> candidates, String what, boolean showValues) {
        for (Candidate c : candidates) {
            Candidate first = candidates.get(0);
            if (!Objects.equals(c.value, first.value)) {
                String detail = showValues ? " ('" + first.value + "' and '" + c.value + "')" : "";
                return "the " + what + " from " + first.source + " and from " + c.source + " differ" + detail
                        + "; give the credentials in one place only";
            }
        }
        return null;
    }

    /** The parts of a database URL. */
    record ParsedUrl(String jdbcUrl, String user, String password, String host, int port, String database) {
    }

    /** Parses a {@code jdbc:postgresql:} or {@code postgres(ql)://} URL; throws IllegalArgumentException. */
    static ParsedUrl parse(String url) {
        String u = url.trim();
        if (u.startsWith("jdbc:postgresql:")) {
            return parseJdbc(u);
        }
        if (u.startsWith("postgres://") || u.startsWith("postgresql://")) {
            return parseUri(u);
        }
        throw new IllegalArgumentException("not a PostgreSQL URL");
    }

    private static ParsedUrl parseJdbc(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String hostPart = "localhost";
        String database;
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            hostPart = slash < 0 ? rest : rest.substring(0, slash);
            database = slash < 0 ? "" : rest.substring(slash + 1);
            if (hostPart.contains("@")) {
                throw new IllegalArgumentException("a JDBC URL takes the user and the password as its user and "
                        + "password parameters (jdbc:postgresql://host:port/database?user=NAME), not user@host; "
                        + "or give them as db.user and db.password");
            }
        } else {
            database = rest;
        }
        Query parsedQuery = Query.parse(query);
        HostPort hp = HostPort.parse(hostPart.isEmpty() ? "localhost" : hostPart);
        String jdbc = "jdbc:postgresql://" + hostPart + "/" + database + parsedQuery.remainder();
        return new ParsedUrl(jdbc, parsedQuery.user, parsedQuery.password, hp.host, hp.port, database);
    }

    private static ParsedUrl parseUri(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        Query parsedQuery = Query.parse(query);
        if (parsedQuery.user != null) {
            user = user == null ? parsedQuery.user : user;
        }
        if (parsedQuery.password != null) {
            password = password == null ? parsedQuery.password : password;
        }
        String hostPart = authority.isEmpty() ? "localhost" : authority;
        HostPort hp = HostPort.parse(hostPart);
        String jdbc = "jdbc:postgresql://" + hostPart + "/" + database + parsedQuery.remainder();
        return new ParsedUrl(jdbc, user, password, hp.host, hp.port, database.isEmpty() ? "" : database);
    }

    private record HostPort(String host, int port) {
        static HostPort parse(String hostPart) {
            String first = hostPart.split(",")[0];
            String host = first;
            int port = 5432;
            int colon = first.lastIndexOf(':');
            if (colon >= 0 && !first.endsWith("]")) {
                host = first.substring(0, colon);
                try {
                    port = Integer.parseInt(first.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the port '" + first.substring(colon + 1) + "' is not a number");
                }
            }
            return new HostPort(host.isEmpty() ? "localhost" : host, port);
        }
    }

    private static final class Query {
        String user;
        String password;
        final List<String> others = new ArrayList<>();

        static Query parse(String query) {
            Query result = new Query();
            if (query.isEmpty()) {
                return result;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equalsIgnoreCase("user")) {
                    result.user = value;
                } else if (key.equalsIgnoreCase("password")) {
                    result.password = value;
                } else {
                    result.others.add(pair);
                }
            }
            return result;
        }

        String remainder() {
            return others.isEmpty() ? "" : "?" + String.join("&", others);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
