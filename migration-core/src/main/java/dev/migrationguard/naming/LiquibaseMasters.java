package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The order XML, YAML and JSON changelogs give the migrations of a location: {@code include file=},
 * {@code includeAll path=} (the directory's files by path, as Liquibase sorts them), a changeset's
 * {@code sqlFile path=}, and the changesets written in the changelogs themselves, in the order the changelogs list
 * them; a changelog included by another is read where it is included. Paths are matched against the location's
 * files: relative to the changelog with {@code relativeToChangelogFile}, else as classpath paths, which end the
 * file's path under the location. The changelogs are read by {@link LiquibaseDocument}.
 */
final class LiquibaseMasters {

    private LiquibaseMasters() {
    }

    /**
     * One migration-bearing step, in the order Liquibase runs them: an SQL file of the location, or a changeset
     * written in a changelog ({@code master} its location-relative path, {@code changeSet} its {@code author:id}).
     */
    record Step(String sqlPath, String master, LiquibaseDocument.ChangeSet changeSet) {
    }

    /**
     * What the changelogs say about the location.
     *
     * @param steps     the SQL files and written changesets, in the order Liquibase runs them
     * @param changeSet for an SQL file a changeset names with {@code sqlFile}: that changeset's {@code author:id}
     * @param rollback  for such a file: the location-relative path of the file its {@code <rollback>} runs
     * @param documents every changelog read, by location-relative path
     * @param included  for each changelog, the {@code sqlFile} changes that name a file of the location
     * @param elsewhere the SQL files only changesets or changes for other databases run ({@code dbms},
     *                  contexts named after a database, preconditions): not migrations of PostgreSQL
     */
    record Plan(List<Step> steps, Map<String, String> changeSet, Map<String, String> rollback,
                Map<String, LiquibaseDocument> documents, Set<LiquibaseNode> included, Set<String> elsewhere) {

        /** The SQL files in order. */
        List<String> order() {
            List<String> out = new ArrayList<>();
            for (Step s : steps) {
                if (s.sqlPath() != null) {
                    out.add(s.sqlPath());
                }
            }
            return out;
        }
    }

    /** True for a file that may be a changelog: {@code .xml}, {@code .yaml}, {@code .yml}, {@code .json}. */
    static boolean isMasterCandidate(SourceFile f) {
        return LiquibaseDocument.isStructured(f.fileName());
    }

    static Plan plan(List<SourceFile> masters, List<SourceFile> sqlFiles, Function<SourceFile, String> textOf) {
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        Map<String, LiquibaseDocument> documents = new LinkedHashMap<>();
        for (SourceFile m : masters) {
            String t = textOf.apply(m);
            if (LiquibaseDocument.mayBeChangelog(t)) {
                byPath.put(m.relativePath(), m);
                documents.put(m.relativePath(), LiquibaseDocument.read(m.fileName(), t));
            }
        }
        List<String> sqlPaths = new ArrayList<>();
        for (SourceFile f : sqlFiles) {
            sqlPaths.add(f.relativePath());
        }
        Set<String> included = new HashSet<>();
        for (SourceFile m : byPath.values()) {
            for (Object e : documents.get(m.relativePath()).entries()) {
                if (e instanceof LiquibaseDocument.Include i) {
                    if (i.kind().equals("include")) {
                        String target = resolve(m, i.path(), i.relative(), byPath.keySet());
                        if (target != null) {
                            included.add(target);
                        }
                    } else {
                        included.addAll(under(m, i, new ArrayList<>(byPath.keySet())));
                    }
                }
            }
        }
        Plan plan = new Plan(new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), documents,
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), new HashSet<>());
        Set<String> seen = new HashSet<>();
        for (String root : byPath.keySet()) {
            if (!included.contains(root)) {
                walk(root, byPath, sqlPaths, plan, seen, new HashSet<>());
            }
        }
        return plan;
    }

    private static void walk(String master, Map<String, SourceFile> byPath, List<String> sqlPaths, Plan plan,
                             Set<String> seen, Set<String> stack) {
        if (!stack.add(master) || !seen.add("changelog:" + master)) {
            return;
        }
        SourceFile m = byPath.get(master);
        for (Object e : plan.documents().get(master).entries()) {
            if (e instanceof LiquibaseDocument.Include i && i.elsewhere()) {
                // included for other databases only: its SQL files are no migrations, its changelogs not walked
                List<String> named = i.kind().equals("includeAll") ? under(m, i, sqlPaths)
                        : java.util.Collections.singletonList(find(m, i.path(), i.relative(), sqlPaths));
                for (String p : named) {
                    if (p != null) {
                        plan.elsewhere().add(p);
                    }
                }
                continue;
            }
            if (e instanceof LiquibaseDocument.Include i) {
                if (i.kind().equals("includeAll")) {
                    List<String> all = new ArrayList<>(sqlPaths);
                    all.addAll(byPath.keySet());
                    for (String p : under(m, i, all)) {
                        if (byPath.containsKey(p)) {
                            walk(p, byPath, sqlPaths, plan, seen, stack);
                        } else if (seen.add(p)) {
                            plan.steps().add(new Step(p, null, null));
                        }
                    }
                    continue;
                }
                String nested = resolve(m, i.path(), i.relative(), byPath.keySet());
                if (nested != null) {
                    walk(nested, byPath, sqlPaths, plan, seen, stack);
                    continue;
                }
                String sql = find(m, i.path(), i.relative(), sqlPaths);
                if (sql != null && seen.add(sql)) {
                    plan.steps().add(new Step(sql, null, null));
                }
                continue;
            }
            LiquibaseDocument.ChangeSet c = (LiquibaseDocument.ChangeSet) e;
            boolean written = false;
            String lastUp = null;
            for (LiquibaseNode change : c.changes()) {
                String sql = change.name().equals("sqlFile") && change.attribute("path") != null
                        ? find(m, change.attribute("path"), change.flag("relativeToChangelogFile"), sqlPaths) : null;
                if (sql != null && !LiquibaseDocument.runsOnPostgres(change.attribute("dbms"))) {
                    plan.included().add(change);
                    plan.elsewhere().add(sql);
                    continue;
                }
                if (sql == null) {
                    written = true;
                    continue;
                }
                plan.included().add(change);
                if (seen.add(sql)) {
                    plan.steps().add(new Step(sql, null, null));
                    plan.changeSet().put(sql, c.key());
                    lastUp = sql;
                }
            }
            LiquibaseNode rollback = c.rollback();
            if (rollback != null) {
                for (LiquibaseNode change : rollback.children("sqlFile")) {
                    String sql = change.attribute("path") == null ? null : find(m, change.attribute("path"),
                            change.flag("relativeToChangelogFile"), sqlPaths);
                    if (sql != null) {
                        plan.included().add(change);
                        seen.add(sql);
                        if (lastUp != null) {
                            plan.rollback().putIfAbsent(lastUp, sql);
                        }
                    }
                }
            }
            if (written || c.changes().isEmpty()) {
                plan.steps().add(new Step(null, master, c));
            }
        }
        for (LiquibaseNode other : plan.documents().get(master).elsewhere()) {
            List<LiquibaseNode> files = new ArrayList<>(other.children("sqlFile"));
            LiquibaseNode rollback = other.child("rollback");
            if (rollback != null) {
                files.addAll(rollback.children("sqlFile"));
            }
            for (LiquibaseNode f : files) {
                String sql = f.attribute("path") == null ? null : find(m, f.attribute("path"),
                        f.flag("relativeToChangelogFile"), sqlPaths);
                if (sql != null) {
                    plan.elsewhere().add(sql);
                }
            }
        }
        stack.remove(master);
    }

    /** The paths of {@code all} under the directory an {@code includeAll} names, sorted as Liquibase sorts them. */
    private static List<String> under(SourceFile m, LiquibaseDocument.Include i, List<String> all) {
        String dir = dirOf(m, i.path(), i.relative());
        List<String> out = new ArrayList<>();
        for (String p : all) {
            if (!p.equals(m.relativePath()) && ("/" + m.location() + "/" + p).contains("/" + dir)) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    /** The changelog (location-relative path) an include names, or null when it names none. */
    private static String resolve(SourceFile from, String path, boolean relative, Set<String> masters) {
        return match(from, path, relative, masters);
    }

    /** The SQL file (location-relative path) an include or sqlFile names, or null when it names none. */
    private static String find(SourceFile from, String path, boolean relative, List<String> sqlPaths) {
        return match(from, path, relative, sqlPaths);
    }

    /** The path of {@code paths} that {@code path}, written in {@code from}, names; null when none. */
    private static String match(SourceFile from, String path, boolean relative, java.util.Collection<String> paths) {
        String candidate = candidate(from, path, relative);
        for (String p : paths) {
            if (p.equals(candidate) || ("/" + from.location() + "/" + p).endsWith("/" + candidate)) {
                return p;
            }
        }
        return null;
    }

    private static String candidate(SourceFile from, String path, boolean relative) {
        String p = clean(path);
        return relative ? normalize(NameParser.parent(from.relativePath()) + p) : p;
    }

    private static String dirOf(SourceFile from, String path, boolean relative) {
        String dir = candidate(from, path, relative);
        return dir.endsWith("/") ? dir : dir + "/";
    }

    private static String clean(String p) {
        String s = p.replace('\\', '/').strip();
        if (s.startsWith("classpath:")) {
            s = s.substring("classpath:".length());
        }
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        return s;
    }

    private static String normalize(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
