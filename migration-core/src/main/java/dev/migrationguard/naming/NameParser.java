package dev.migrationguard.naming;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one migration path (relative to its location) under a naming scheme. Never throws: an invalid name comes
 * back as a {@link ParsedName} whose message repeats the name and whose help shows the corrected form when one can
 * be guessed ({@code V1_init.sql} → {@code V1__init.sql}).
 *
 * <p>Only the file name matters, except for {@link NamingScheme#FOLDER_PAIRS} where the folder holding
 * {@code up.sql}/{@code down.sql} carries the version and name. For {@link NamingScheme#DBMATE} and
 * {@link NamingScheme#GOOSE} the name says nothing of the sections inside; the result's direction is UP.
 */
public final class NameParser {

    private static final String SQL = ".sql";
    private static final String VERSION = "\\d+(?:[._]\\d+)*";

    private static final Pattern FLYWAY_VERSIONED_ONE_UNDERSCORE = Pattern.compile("([VUB])(" + VERSION + ")_([^_].*)");
    private static final Pattern FLYWAY_VERSION_ONLY = Pattern.compile("([VUB])(" + VERSION + ")");
    private static final Pattern FLYWAY_REPEATABLE_WITH_VERSION = Pattern.compile("R" + VERSION + "__(.*)");
    private static final Pattern GOLANG = Pattern.compile("(\\d+)_(.*)\\.(up|down)\\.sql");
    private static final Pattern GOLANG_BAD_SEPARATOR = Pattern.compile("(\\d+)[-.](.+)\\.(up|down)\\.sql");
    private static final Pattern GOLANG_NO_DIRECTION = Pattern.compile("(\\d+)_(.+)\\.sql");
    private static final Pattern GOLANG_NO_VERSION = Pattern.compile("(.+)\\.(up|down)\\.sql");
    private static final Pattern FOLDER = Pattern.compile("(\\d(?:[\\d-]*\\d)?)(?:_(.*))?");
    private static final Pattern PLAIN = Pattern.compile("(\\d+)_(.*)\\.sql");
    private static final Pattern PLAIN_BAD_SEPARATOR = Pattern.compile("[vV]?(\\d+)[-.](.+)\\.sql");
    private static final Pattern TIMESTAMP_SPLIT = Pattern.compile("(\\d{8})_(\\d{6})(?:_(.*))?\\.sql");
    private static final Pattern TIMESTAMP_JOINED = Pattern.compile("(\\d{14})_(.*)\\.sql");
    private static final Pattern SEQUENTIAL = Pattern.compile("[vV]?(\\d+)_(.*)\\.sql");

    /** Schemes tried, in this order, to recognise a name written for another scheme than the location's. */
    private static final List<NamingScheme> FOREIGN_ORDER = List.of(NamingScheme.FLYWAY,
            NamingScheme.GOLANG_MIGRATE, NamingScheme.FOLDER_PAIRS, NamingScheme.TIMESTAMP, NamingScheme.SEQUENTIAL);

    private NameParser() {
    }

    /**
     * Parses {@code relativePath} under {@code scheme}. Files not ending in {@code .sql} (any case) are IGNORED;
     * {@code .SQL} is INVALID with the lower-case form suggested.
     */
    public static ParsedName parse(String relativePath, NamingScheme scheme) {
        String path = relativePath.replace('\\', '/');
        String file = fileName(path);
        if (file.endsWith(SQL)) {
            // the common case, without lower-casing the name: a name ending in .sql also does lower-cased
            return strictOrForeign(path, scheme);
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(SQL)) {
            return ParsedName.ignored(path, scheme, file + " is not an .sql file");
        }
        if (!file.endsWith(SQL)) {
            String fixed = parent(path) + file.substring(0, file.length() - SQL.length()) + SQL;
            ParsedName again = strictOrForeign(fixed, scheme);
            String suggestion = again.isValid() || again.suggestion() == null ? fixed : again.suggestion();
            return ParsedName.invalid(path, scheme,
                    path + " has an upper-case extension; migration files must end in lower-case .sql",
                    "rename " + path + " to " + suggestion, suggestion);
        }
        return strictOrForeign(path, scheme);
    }

    private static ParsedName strictOrForeign(String path, NamingScheme scheme) {
        ParsedName strict = strict(path, scheme);
        if (strict.isValid() || strict.suggestion() != null) {
            return strict;
        }
        ParsedName foreign = foreign(path, scheme);
        return foreign != null ? foreign : strict;
    }

    /** Parses under exactly {@code scheme}, with near-miss suggestions but without trying other schemes. */
    static ParsedName strict(String path, NamingScheme scheme) {
        return switch (scheme) {
            case FLYWAY -> flyway(path);
            case GOLANG_MIGRATE -> golang(path);
            case FOLDER_PAIRS -> folder(path);
            case DBMATE, GOOSE -> singleFile(path, scheme);
            case TIMESTAMP -> timestamp(path);
            case SEQUENTIAL -> sequential(path);
            case LIQUIBASE_SQL, ALEMBIC_SQL -> ParsedName.migration(path, scheme, MigrationKind.VERSIONED, Direction.UP, null,
                    stem(path));
        };
    }

    /**
     * True when {@code path} is a migration under exactly {@code scheme}: the same answer as
     * {@code strict(path, scheme).isMigration()}, without composing the messages of names that do not fit.
     */
    static boolean fits(String path, NamingScheme scheme) {
        return switch (scheme) {
            case GOLANG_MIGRATE -> isGolangName(fileName(path));
            case FOLDER_PAIRS -> {
                String file = fileName(path);
                String dir = parent(path);
                yield !dir.isEmpty() && (isFolderUp(file) || file.equals("down.sql"))
                        && FOLDER.matcher(fileName(dir.substring(0, dir.length() - 1))).matches();
            }
            default -> strict(path, scheme).isMigration();
        };
    }

    // ---------------------------------------------------------------------------------------------- Flyway

    private static ParsedName flyway(String path) {
        NamingScheme s = NamingScheme.FLYWAY;
        String dir = parent(path);
        String stem = stem(path);
        if (FlywayCallbacks.isCallback(stem)) {
            return ParsedName.ignored(path, s, path + " is a Flyway callback script, not a migration");
        }
        char c = stem.isEmpty() ? ' ' : stem.charAt(0);
        if (c == 'R') {
            if (stem.startsWith("R__")) {
                return ParsedName.migration(path, s, MigrationKind.REPEATABLE, Direction.UP, null, stem.substring(3));
            }
            Matcher m = FLYWAY_REPEATABLE_WITH_VERSION.matcher(stem);
            if (m.matches()) {
                String fixed = dir + "R__" + m.group(1) + SQL;
                return ParsedName.invalid(path, s, path + " is a repeatable migration with a version;"
                        + " repeatable migrations have none", "rename " + path + " to " + fixed, fixed);
            }
        }
        if (c == 'V' || c == 'U' || c == 'B') {
            int sep = stem.indexOf("__", 1);
            if (sep < 0) {
                return flywayWithoutSeparator(path, dir, stem);
            }
            String description = stem.substring(sep + 2);
            if (sep == 1) {
                return ParsedName.invalid(path, s, path + " has no version between " + c + " and __",
                        "rename " + path + " to " + dir + c + "<version>__" + description + SQL
                                + " with the next free version", null);
            }
            if (!isFlywayVersion(stem, 1, sep)) {
                return ParsedName.invalid(path, s, path + " has version \"" + stem.substring(1, sep)
                                + "\", which is not numbers separated by dots or underscores",
                        "rename " + path + " to " + dir + c + "<version>__" + description + SQL
                                + " with a version such as 1, 1.1 or 2_31_10", null);
            }
            MigrationKind kind = c == 'B' ? MigrationKind.BASELINE : MigrationKind.VERSIONED;
            Direction direction = c == 'U' ? Direction.DOWN : Direction.UP;
            return ParsedName.migration(path, s, kind, direction, MigrationVersion.parse(stem, 1, sep),
                    description);
        }
        if ((c == 'v' || c == 'u' || c == 'r' || c == 'b') && stem.length() > 1
                && (Character.isDigit(stem.charAt(1)) || stem.charAt(1) == '_')) {
            String upper = dir + Character.toUpperCase(c) + stem.substring(1) + SQL;
            ParsedName again = flyway(upper);
            String fixed = again.isMigration() || again.suggestion() == null ? upper : again.suggestion();
            return ParsedName.invalid(path, s, path + " starts with a lower-case '" + c
                    + "'; Flyway prefixes are upper-case V, U, R and B", "rename " + path + " to " + fixed, fixed);
        }
        return genericInvalid(path, s);
    }

    private static ParsedName flywayWithoutSeparator(String path, String dir, String stem) {
        Matcher m = FLYWAY_VERSIONED_ONE_UNDERSCORE.matcher(stem);
        if (m.matches()) {
            String fixed = dir + m.group(1) + m.group(2) + "__" + m.group(3) + SQL;
            return ParsedName.invalid(path, NamingScheme.FLYWAY, path + " separates the version from the"
                    + " description with one underscore; Flyway needs two (__)", "rename " + path + " to " + fixed,
                    fixed);
        }
        m = FLYWAY_VERSION_ONLY.matcher(stem);
        if (m.matches()) {
            return ParsedName.invalid(path, NamingScheme.FLYWAY, path + " has no description after the version",
                    "rename " + path + " to " + dir + stem + "__<description>" + SQL, null);
        }
        return genericInvalid(path, NamingScheme.FLYWAY);
    }

    /**
     * True when {@code text} is numbers separated by single dots or underscores: what {@code \d+(?:[._]\d+)*}
     * matches, without a regular expression (every migration name of a Flyway location passes here).
     */
    static boolean isFlywayVersion(String text) {
        return isFlywayVersion(text, 0, text.length());
    }

    /** {@link #isFlywayVersion(String)} of {@code text.substring(from, to)}, without copying it. */
    static boolean isFlywayVersion(String text, int from, int to) {
        if (to <= from || !isAsciiDigit(text.charAt(from)) || !isAsciiDigit(text.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c) && ((c != '.' && c != '_') || !isAsciiDigit(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------------------------------- golang-migrate

    /**
     * True when {@code file} is a golang-migrate name ({@code <digits>_<name>.up.sql} or {@code .down.sql}); names
     * that cannot be one (most names, in a location of another scheme) are told apart without the pattern.
     */
    static boolean isGolangName(String file) {
        if (file.isEmpty() || !isAsciiDigit(file.charAt(0))
                || !(file.endsWith(".up.sql") || file.endsWith(".down.sql"))) {
            return false;
        }
        return GOLANG.matcher(file).matches();
    }


    private static ParsedName golang(String path) {
        NamingScheme s = NamingScheme.GOLANG_MIGRATE;
        String dir = parent(path);
        String file = fileName(path);
        Matcher m = GOLANG.matcher(file);
        if (m.matches()) {
            return ParsedName.migration(path, s, MigrationKind.VERSIONED,
                    m.group(3).equals("up") ? Direction.UP : Direction.DOWN, MigrationVersion.parse(m.group(1)),
                    m.group(2));
        }
        m = GOLANG_BAD_SEPARATOR.matcher(file);
        if (m.matches()) {
            String fixed = dir + m.group(1) + "_" + m.group(2) + "." + m.group(3) + SQL;
            return ParsedName.invalid(path, s, path + " does not separate the version from the name with an"
                    + " underscore", "rename " + path + " to " + fixed, fixed);
        }
        m = GOLANG_NO_DIRECTION.matcher(file);
        if (m.matches()) {
            String fixed = dir + m.group(1) + "_" + m.group(2) + ".up" + SQL;
            return ParsedName.invalid(path, s, path + " has no .up or .down before .sql; golang-migrate reads only"
                    + " .up.sql and .down.sql files", "rename " + path + " to " + fixed
                    + " (and add its .down.sql)", fixed);
        }
        m = GOLANG_NO_VERSION.matcher(file);
        if (m.matches() && !m.group(1).matches("\\d+")) {
            return ParsedName.invalid(path, s, path + " does not start with a version",
                    "rename " + path + " to " + dir + "<version>_" + file + " with the next free version", null);
        }
        return genericInvalid(path, s);
    }

    // ------------------------------------------------------------------------------------------ folder pairs

    private static ParsedName folder(String path) {
        NamingScheme s = NamingScheme.FOLDER_PAIRS;
        String file = fileName(path);
        String dir = parent(path);
        boolean script = isFolderUp(file) || file.equals("down.sql");
        if (dir.isEmpty()) {
            if (script) {
                return ParsedName.invalid(path, s, path + " is not inside a migration folder",
                        "move " + path + " into a folder named <version>_<name>", null);
            }
            return genericInvalid(path, s);
        }
        String folderName = fileName(dir.substring(0, dir.length() - 1));
        Matcher m = FOLDER.matcher(folderName);
        if (!m.matches()) {
            if (!script) {
                return genericInvalid(path, s);
            }
            return ParsedName.invalid(path, s, path + " is in folder " + folderName
                            + ", whose name does not start with a version",
                    "rename the folder to <version>_" + folderName + " with the next free version", null);
        }
        if (!script) {
            return ParsedName.invalid(path, s, path + " is neither up.sql (or Prisma's migration.sql) nor down.sql;"
                    + " only those are read in a migration folder", "rename " + path + " to up.sql or down.sql, or"
                    + " move it out of the migrations location", null);
        }
        return ParsedName.migration(path, s, MigrationKind.VERSIONED,
                isFolderUp(file) ? Direction.UP : Direction.DOWN, MigrationVersion.parse(m.group(1)),
                m.group(2) == null ? "" : m.group(2));
    }

    /** A folder's up script: {@code up.sql} (diesel), or {@code migration.sql} (Prisma, which has no down). */
    private static boolean isFolderUp(String file) {
        return file.equals("up.sql") || file.equals("migration.sql");
    }

    // ------------------------------------------------------------------------------ dbmate, goose and plain

    private static ParsedName singleFile(String path, NamingScheme s) {
        ParsedName golang = golangInPlainLocation(path, s);
        if (golang != null) {
            return golang;
        }
        Matcher m = PLAIN.matcher(fileName(path));
        if (m.matches()) {
            return ParsedName.migration(path, s, MigrationKind.VERSIONED, Direction.UP,
                    MigrationVersion.parse(m.group(1)), m.group(2));
        }
        return badSeparatorOrGeneric(path, s);
    }

    private static ParsedName timestamp(String path) {
        NamingScheme s = NamingScheme.TIMESTAMP;
        ParsedName golang = golangInPlainLocation(path, s);
        if (golang != null) {
            return golang;
        }
        String file = fileName(path);
        Matcher m = TIMESTAMP_SPLIT.matcher(file);
        if (m.matches()) {
            return ParsedName.migration(path, s, MigrationKind.VERSIONED, Direction.UP,
                    MigrationVersion.parse(m.group(1) + m.group(2)), m.group(3) == null ? "" : m.group(3));
        }
        m = TIMESTAMP_JOINED.matcher(file);
        if (m.matches()) {
            return ParsedName.migration(path, s, MigrationKind.VERSIONED, Direction.UP,
                    MigrationVersion.parse(m.group(1)), m.group(2));
        }
        m = PLAIN.matcher(file);
        if (m.matches()) {
            String digits = m.group(1);
            String padded = digits.length() == 8 ? digits + "000000" : digits.length() == 12 ? digits + "00" : null;
            String fixed = padded == null ? null : parent(path) + padded + "_" + m.group(2) + SQL;
            return ParsedName.invalid(path, s, path + " has version " + digits
                            + ", which is not a 14-digit timestamp (YYYYMMDDHHMMSS)",
                    fixed != null ? "rename " + path + " to " + fixed
                            : "rename " + path + " to " + parent(path) + "YYYYMMDDHHMMSS_" + m.group(2) + SQL
                            + " with the time it was written", fixed);
        }
        return badSeparatorOrGeneric(path, s);
    }

    private static ParsedName sequential(String path) {
        NamingScheme s = NamingScheme.SEQUENTIAL;
        ParsedName golang = golangInPlainLocation(path, s);
        if (golang != null) {
            return golang;
        }
        Matcher m = SEQUENTIAL.matcher(fileName(path));
        if (m.matches()) {
            return ParsedName.migration(path, s, MigrationKind.VERSIONED, Direction.UP,
                    MigrationVersion.parse(m.group(1)), m.group(2));
        }
        return badSeparatorOrGeneric(path, s);
    }

    private static ParsedName badSeparatorOrGeneric(String path, NamingScheme s) {
        Matcher m = PLAIN_BAD_SEPARATOR.matcher(fileName(path));
        if (m.matches() && !(s == NamingScheme.TIMESTAMP && m.group(1).length() != 14)) {
            String fixed = parent(path) + m.group(1) + "_" + m.group(2) + SQL;
            return ParsedName.invalid(path, s, path + " does not separate the version from the name with an"
                    + " underscore", "rename " + path + " to " + fixed, fixed);
        }
        return genericInvalid(path, s);
    }

    /**
     * A {@code .up.sql}/{@code .down.sql} name where files are plain: read as a plain migration, a down file would
     * run as an up, so it is always invalid there.
     */
    private static ParsedName golangInPlainLocation(String path, NamingScheme s) {
        if (isGolangName(fileName(path))) {
            return foreignFrom(path, s, golang(path));
        }
        return null;
    }

    // ------------------------------------------------------------------------------------- foreign names

    private static ParsedName foreign(String path, NamingScheme scheme) {
        for (NamingScheme other : FOREIGN_ORDER) {
            if (other == scheme) {
                continue;
            }
            ParsedName p = strict(path, other);
            if (p.isMigration()) {
                return foreignFrom(path, scheme, p);
            }
        }
        return null;
    }

    private static ParsedName foreignFrom(String path, NamingScheme scheme, ParsedName found) {
        String message = path + " is a " + SchemeTexts.title(found.scheme()) + " name, but this location uses "
                + SchemeTexts.title(scheme) + " names (" + SchemeTexts.pattern(scheme) + ")";
        String baseDir = parent(path);
        if (found.scheme() == NamingScheme.FOLDER_PAIRS) {
            baseDir = parent(baseDir.substring(0, baseDir.length() - 1));
        }
        String fixed = format(found, scheme, baseDir);
        String help;
        if (fixed != null) {
            help = "rename " + path + " to " + fixed;
            if (scheme == NamingScheme.DBMATE || scheme == NamingScheme.GOOSE) {
                help += " and put its statements under " + upMarker(scheme);
            }
        } else if (found.direction() == Direction.DOWN
                && (scheme == NamingScheme.DBMATE || scheme == NamingScheme.GOOSE)) {
            String upFile = format(new ParsedName(found.relativePath(), found.scheme(), found.status(),
                    found.kind(), Direction.UP, found.version(), found.name(), found.description(), null, null,
                    null), scheme, baseDir);
            help = "move its statements into the " + downMarker(scheme) + " section of "
                    + (upFile != null ? upFile : "the migration it reverts");
        } else if (found.direction() == Direction.DOWN) {
            help = "remove " + path + "; " + SchemeTexts.title(scheme) + " migrations have no down files";
        } else {
            help = "rename " + path + " to " + template(scheme, baseDir, found.name());
        }
        return ParsedName.invalid(path, scheme, message, help, fixed);
    }

    /** The name {@code p} would have under {@code target}; null when it cannot be expressed there. */
    private static String format(ParsedName p, NamingScheme target, String dir) {
        String name = p.name();
        if (p.kind() != MigrationKind.VERSIONED) {
            if (target != NamingScheme.FLYWAY) {
                return null;
            }
            return p.kind() == MigrationKind.REPEATABLE ? dir + "R__" + name + SQL
                    : dir + "B" + p.version() + "__" + name + SQL;
        }
        boolean up = p.direction() == Direction.UP;
        String v = p.version().toString();
        if (target == NamingScheme.FLYWAY) {
            return dir + (up ? "V" : "U") + v + "__" + name + SQL;
        }
        if (p.version().parts().size() != 1) {
            return null;
        }
        return switch (target) {
            case GOLANG_MIGRATE -> dir + v + "_" + name + (up ? ".up" : ".down") + SQL;
            case FOLDER_PAIRS -> dir + v + "_" + name + (up ? "/up" : "/down") + SQL;
            case DBMATE, GOOSE, SEQUENTIAL -> up ? dir + v + "_" + name + SQL : null;
            case TIMESTAMP -> up && v.length() == 14 ? dir + v + "_" + name + SQL : null;
            case FLYWAY, LIQUIBASE_SQL, ALEMBIC_SQL -> null;
        };
    }

    private static ParsedName genericInvalid(String path, NamingScheme s) {
        String file = fileName(path);
        String dir = parent(path);
        String stem = file.endsWith(SQL) ? file.substring(0, file.length() - SQL.length()) : file;
        return ParsedName.invalid(path, s, path + " is not a " + SchemeTexts.title(s) + " migration name ("
                + SchemeTexts.pattern(s) + ")", "rename " + path + " to " + template(s, dir, stem), null);
    }

    private static String template(NamingScheme s, String dir, String name) {
        return switch (s) {
            case FLYWAY -> dir + "V<version>__" + name + SQL;
            case GOLANG_MIGRATE -> dir + "<version>_" + name + ".up" + SQL;
            case FOLDER_PAIRS -> dir + "<version>_" + name + "/up" + SQL;
            case DBMATE, GOOSE -> dir + "<version>_" + name + SQL;
            case TIMESTAMP -> dir + "YYYYMMDDHHMMSS_" + name + SQL;
            case SEQUENTIAL -> dir + "<number>_" + name + SQL;
            case LIQUIBASE_SQL, ALEMBIC_SQL -> dir + name + SQL;
        };
    }

    static String upMarker(NamingScheme s) {
        return s == NamingScheme.GOOSE ? "-- +goose Up" : "-- migrate:up";
    }

    static String downMarker(NamingScheme s) {
        return s == NamingScheme.GOOSE ? "-- +goose Down" : "-- migrate:down";
    }

    // ------------------------------------------------------------------------------------------- paths

    /** The last segment of a '/'-separated path. */
    static String fileName(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    /** Everything up to and including the last '/', or "" at the top. */
    static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i + 1);
    }

    private static String stem(String path) {
        String file = fileName(path);
        return file.endsWith(SQL) ? file.substring(0, file.length() - SQL.length()) : file;
    }
}
