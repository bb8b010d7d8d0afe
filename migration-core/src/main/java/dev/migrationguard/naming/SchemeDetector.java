package dev.migrationguard.naming;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Guesses the naming scheme of one location from its {@code .sql} files: a Liquibase formatted SQL changelog (first
 * line {@code --liquibase formatted sql}) votes for {@link NamingScheme#LIQUIBASE_SQL}, a script printed by
 * {@code alembic upgrade --sql} ({@code -- Running upgrade A -> B} lines) for {@link NamingScheme#ALEMBIC_SQL}; any
 * other file votes for the most specific scheme its name (and, for {@code <version>_<name>.sql}, its section
 * markers) fits; the scheme with most votes wins, ties going to the more specific scheme. A location where no file
 * votes is read as {@link NamingScheme#FLYWAY}, the scheme of the default location.
 */
final class SchemeDetector {

    private static final Pattern PLAIN = Pattern.compile("[vV]?\\d+_.*\\.sql");
    private static final Pattern PREFIXED = Pattern.compile("[vV]\\d+_.*\\.sql");

    private SchemeDetector() {
    }

    /**
     * @param sqlFiles the location's {@code .sql} files
     * @param textOf   a file's text (any decoding), or null when it cannot be read
     */
    static NamingScheme detect(List<SourceFile> sqlFiles, Function<SourceFile, String> textOf) {
        return detect(sqlFiles, textOf, new NameMemo());
    }

    /** Same, parsing Flyway names through {@code memo} (the location's naming then finds them parsed). */
    static NamingScheme detect(List<SourceFile> sqlFiles, Function<SourceFile, String> textOf, NameMemo memo) {
        // votes by the scheme's ordinal: counted per file, the first thing a location of thousands of files does
        NamingScheme[] schemes = NamingScheme.values();
        int[] votes = new int[schemes.length];
        int prefixed = 0;
        for (SourceFile f : sqlFiles) {
            NamingScheme vote = vote(f, textOf, memo);
            if (vote == NamingScheme.SEQUENTIAL && PREFIXED.matcher(f.fileName()).matches()) {
                prefixed++;
            } else if (vote != null) {
                votes[vote.ordinal()]++;
            }
        }
        if (prefixed > 0) {
            // v12_x.sql is a sequential name, or a mistyped Flyway one where Flyway names are present
            votes[(votes[NamingScheme.FLYWAY.ordinal()] > 0 ? NamingScheme.FLYWAY : NamingScheme.SEQUENTIAL)
                    .ordinal()] += prefixed;
        }
        // most votes wins; between equal counts the scheme declared first (the order of NamingScheme)
        NamingScheme best = NamingScheme.FLYWAY;
        int bestCount = 0;
        for (NamingScheme s : schemes) {
            if (votes[s.ordinal()] > bestCount) {
                best = s;
                bestCount = votes[s.ordinal()];
            }
        }
        return best;
    }

    /** The most specific scheme {@code f} fits, or null. */
    static NamingScheme vote(SourceFile f, Function<SourceFile, String> textOf) {
        return vote(f, textOf, new NameMemo());
    }

    private static NamingScheme vote(SourceFile f, Function<SourceFile, String> textOf, NameMemo memo) {
        String path = f.relativePath();
        // the schemes a name alone decides, most specific first. A plain .sql path fits Flyway when its name parses
        // as a Flyway migration: parsed through the memo, the location's naming then finds it parsed (the same
        // answer as NameParser.fits, which composes no message)
        boolean plain = path.endsWith(".sql") && path.indexOf('\\') < 0;
        if (NameParser.fits(path, NamingScheme.GOLANG_MIGRATE)) {
            return NamingScheme.GOLANG_MIGRATE;
        }
        if (NameParser.fits(path, NamingScheme.FOLDER_PAIRS)) {
            return NamingScheme.FOLDER_PAIRS;
        }
        if (plain ? memo.parse(path, NamingScheme.FLYWAY).isMigration()
                : NameParser.fits(path, NamingScheme.FLYWAY)) {
            return NamingScheme.FLYWAY;
        }
        // from here the vote depends on the file's text. A name of a scheme above wins without reading the file; a
        // changelog is recognised by its first lines
        String text = textOf.apply(f);
        if (LiquibaseChangelog.isFormattedSql(text)) {
            return NamingScheme.LIQUIBASE_SQL;
        }
        if (text != null && text.contains("-- Running ") && AlembicSql.isAlembicSql(text)) {
            return NamingScheme.ALEMBIC_SQL;
        }
        if (!PLAIN.matcher(f.fileName()).matches()) {
            return null;
        }
        NamingScheme style = text == null ? null : SectionMarkers.styleOf(text);
        if (style != null) {
            return style;
        }
        return NameParser.fits(path, NamingScheme.TIMESTAMP) ? NamingScheme.TIMESTAMP
                : NamingScheme.SEQUENTIAL;
    }
}
