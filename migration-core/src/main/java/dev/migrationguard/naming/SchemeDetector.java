package dev.migrationguard.naming;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    /** The schemes a name alone decides, most specific first. */
    private static final List<NamingScheme> BY_NAME = List.of(NamingScheme.GOLANG_MIGRATE, NamingScheme.FOLDER_PAIRS,
            NamingScheme.FLYWAY);

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
        Map<NamingScheme, Integer> votes = new EnumMap<>(NamingScheme.class);
        int prefixed = 0;
        for (SourceFile f : sqlFiles) {
            NamingScheme vote = vote(f, textOf, memo);
            if (vote == NamingScheme.SEQUENTIAL && PREFIXED.matcher(f.fileName()).matches()) {
                prefixed++;
            } else if (vote != null) {
                votes.merge(vote, 1, Integer::sum);
            }
        }
        if (prefixed > 0) {
            // v12_x.sql is a sequential name, or a mistyped Flyway one where Flyway names are present
            votes.merge(votes.containsKey(NamingScheme.FLYWAY) ? NamingScheme.FLYWAY : NamingScheme.SEQUENTIAL,
                    prefixed, Integer::sum);
        }
        NamingScheme best = NamingScheme.FLYWAY;
        int bestCount = 0;
        for (Map.Entry<NamingScheme, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
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
        // a plain .sql path fits a scheme when its name parses as a migration of it: parsed through the memo, the
        // location's naming then finds it parsed (the same answer as NameParser.fits, which composes no message)
        boolean plain = path.endsWith(".sql") && path.indexOf('\\') < 0;
        for (NamingScheme s : BY_NAME) {
            boolean fits = plain && s == NamingScheme.FLYWAY ? memo.parse(path, s).isMigration()
                    : NameParser.fits(path, s);
            if (fits) {
                return s;
            }
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
