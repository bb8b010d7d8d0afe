package dev.migrationguard.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The result of {@code db:status}, with its text-table and JSON renderings.
 *
 * @param database  {@code host:port/database}
 * @param table     the history table
 * @param entries   every migration
 * @param problems  naming problems of the files
 */
public record StatusReport(String database, String table, List<StatusEntry> entries, List<String> problems) {

    /** How many entries are in {@code state}. */
    public long count(MigrationState state) {
        return entries.stream().filter(e -> e.state() == state).count();
    }

    /**
     * A table, one line per migration, its columns as wide as their longest value (14- and 18-digit timestamp
     * versions included), then a summary line. Out-of-order migrations are counted apart from pending ones.
     */
    public String toText() {
        int stateWidth = 12;
        int versionWidth = 10;
        for (StatusEntry e : entries) {
            stateWidth = Math.max(stateWidth, e.state().label().length());
            versionWidth = Math.max(versionWidth, e.version().length());
        }
        String format = "%-" + stateWidth + "s %-" + versionWidth + "s %-40s %-19s %10s";
        StringBuilder b = new StringBuilder();
        b.append(String.format(format, "STATE", "VERSION", "DESCRIPTION", "INSTALLED ON", "DURATION")).append('\n');
        for (StatusEntry e : entries) {
            b.append(String.format(format, e.state().label(), e.version(), cut(e.description(), 40),
                    e.installedOn() == null ? "" : e.installedOn().withNano(0).toString().replace('T', ' '),
                    e.executionTimeMs() == null ? "" : e.executionTimeMs() + " ms")).append('\n');
        }
        b.append(summary()).append('\n');
        for (String p : problems) {
            b.append("problem: ").append(p).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code N migration(s) in <table> on <database>: A applied, P pending, O out-of-order, F failed, C changed,
     * M missing}, then {@code , B below baseline} when some are.
     */
    public String summary() {
        return entries.size() + " migration(s) in " + table + " on " + database + ": " + counts();
    }

    /** {@code A applied, P pending, O out-of-order, F failed, [D dirty, ]C changed, M missing[, B below baseline]}. */
    public String counts() {
        StringBuilder b = new StringBuilder();
        b.append(count(MigrationState.APPLIED) + count(MigrationState.BASELINE)).append(" applied, ")
                .append(count(MigrationState.PENDING)).append(" pending, ")
                .append(count(MigrationState.OUT_OF_ORDER)).append(" out-of-order, ")
                .append(count(MigrationState.FAILED)).append(" failed, ")
                .append(count(MigrationState.DIRTY) == 0 ? "" : count(MigrationState.DIRTY) + " dirty, ")
                .append(count(MigrationState.CHANGED))
                .append(" changed, ").append(count(MigrationState.MISSING)).append(" missing");
        long below = count(MigrationState.BELOW_BASELINE);
        if (below > 0) {
            b.append(", ").append(below).append(" below baseline");
        }
        return b.toString();
    }

    /** {@code {"database":..., "migrations":[{"state":"applied","version":"1",...}]}}. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("database", database);
        root.put("table", table);
        ArrayNode list = root.putArray("migrations");
        for (StatusEntry e : entries) {
            ObjectNode n = list.addObject();
            n.put("state", e.state().label());
            n.put("version", e.version());
            n.put("description", e.description());
            n.put("script", e.script());
            n.put("installedOn", e.installedOn() == null ? null : e.installedOn().toString());
            if (e.executionTimeMs() == null) {
                n.putNull("executionTimeMs");
            } else {
                n.put("executionTimeMs", e.executionTimeMs());
            }
        }
        ArrayNode problemList = root.putArray("problems");
        problems.forEach(problemList::add);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
