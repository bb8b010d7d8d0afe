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

    private SchemeDetector() {
    }

    /**
     * @param sqlFiles the location's {@code .sql} files
     * @param textOf   a file's text (any decoding), or null when it cannot be read
     */
    static NamingScheme detect(List<SourceFile> sqlFiles, Function<SourceFile, String> textOf) {
        Map<NamingScheme, Integer> votes = new EnumMap<>(NamingScheme.class);
        int prefixed = 0;
        for (SourceFile f : sqlFiles) {
            NamingScheme vote = vote(f, textOf);
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
        String path = f.relativePath();
        String content = textOf.apply(f);
        if (LiquibaseChangelog.isFormattedSql(content)) {
            return NamingScheme.LIQUIBASE_SQL;
        }
        if (content != null && content.contains("-- Running ") && AlembicSql.isAlembicSql(content)) {
            return NamingScheme.ALEMBIC_SQL;
        }
        for (NamingScheme s : List.of(NamingScheme.GOLANG_MIGRATE, NamingScheme.FOLDER_PAIRS, NamingScheme.FLYWAY)) {
            if (NameParser.fits(path, s)) {
                return s;
            }
        }
        if (!PLAIN.matcher(f.fileName()).matches()) {
            return null;
        }
        String text = textOf.apply(f);
        NamingScheme style = text == null ? null : SectionMarkers.styleOf(text);
        if (style != null) {
            return style;
        }
        return NameParser.fits(path, NamingScheme.TIMESTAMP) ? NamingScheme.TIMESTAMP
                : NamingScheme.SEQUENTIAL;
    }
}
