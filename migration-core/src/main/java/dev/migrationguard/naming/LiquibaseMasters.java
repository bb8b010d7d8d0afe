package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order XML and YAML master changelogs give the {@code .sql} files of a location: {@code include file=},
 * {@code includeAll path=} (the directory's files by path, as Liquibase sorts them) and a changeset's
 * {@code sqlFile path=}, in the order the masters list them; a master included by another is read where it is
 * included. Paths are matched against the location's files: relative to the master with
 * {@code relativeToChangelogFile}, else as classpath paths, which end the file's path under the location.
 *
 * <p>Read with patterns, not a full XML or YAML parser: the attributes Liquibase documents for these tags, written on
 * one tag (XML) or as keys under the item (YAML).
 */
final class LiquibaseMasters {

    private static final Pattern XML_TAG = Pattern.compile("<(include|includeAll|sqlFile|changeSet|rollback|/rollback"
            + "|/changeSet)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("([A-Za-z]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern YAML_KEY = Pattern.compile("\\s*(?:-\\s+)?([A-Za-z]+):\\s*(.*?)\\s*");

    private LiquibaseMasters() {
    }

    /**
     * What the masters say about the location's SQL files.
     *
     * @param order     location-relative paths of the SQL files, in the order the masters run them
     * @param changeSet for an SQL file a changeset names with {@code sqlFile}: that changeset's {@code author:id}
     * @param rollback  for such a file: the location-relative path of the file its {@code <rollback>} runs
     */
    record Plan(List<String> order, Map<String, String> changeSet, Map<String, String> rollback) {
        boolean isEmpty() {
            return order.isEmpty();
        }
    }

    /** True for a file that may be a master changelog: {@code .xml}, {@code .yaml}, {@code .yml}. */
    static boolean isMasterCandidate(SourceFile f) {
        String n = f.fileName().toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    static Plan plan(List<SourceFile> masters, List<SourceFile> sqlFiles, Function<SourceFile, String> textOf) {
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        for (SourceFile m : masters) {
            String t = textOf.apply(m);
            if (t != null && t.contains("databaseChangeLog")) {
                byPath.put(m.relativePath(), m);
            }
        }
        Map<String, List<Item>> items = new LinkedHashMap<>();
        Set<String> included = new HashSet<>();
        for (SourceFile m : byPath.values()) {
            List<Item> list = read(m, textOf.apply(m));
            items.put(m.relativePath(), list);
            for (Item i : list) {
                String target = resolve(m, i, byPath.keySet());
                if (target != null) {
                    included.add(target);
                }
            }
        }
        List<String> sqlPaths = new ArrayList<>();
        for (SourceFile f : sqlFiles) {
            sqlPaths.add(f.relativePath());
        }
        Plan plan = new Plan(new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        Set<String> seen = new HashSet<>();
        for (String root : items.keySet()) {
            if (!included.contains(root)) {
                walk(root, byPath, items, sqlPaths, plan, seen, new HashSet<>());
            }
        }
        return plan;
    }

    /** One entry of a master: an include, an includeAll, or a changeset's sqlFile (in its rollback or not). */
    private record Item(String kind, String path, boolean relative, String changeSet, boolean inRollback) {
    }

    private static void walk(String master, Map<String, SourceFile> byPath, Map<String, List<Item>> items,
                             List<String> sqlPaths, Plan plan, Set<String> seen, Set<String> stack) {
        if (!stack.add(master)) {
            return;
        }
        SourceFile m = byPath.get(master);
        String lastUp = null;
        for (Item i : items.get(master)) {
            if (i.kind().equals("includeAll")) {
                String dir = dirOf(m, i);
                List<String> under = new ArrayList<>();
                for (String p : sqlPaths) {
                    if (("/" + m.location() + "/" + p).contains("/" + dir)) {
                        under.add(p);
                    }
                }
                under.sort(null);
                for (String p : under) {
                    if (seen.add(p)) {
                        plan.order().add(p);
                    }
                }
                continue;
            }
            String nested = resolve(m, i, byPath.keySet());
            if (nested != null) {
                walk(nested, byPath, items, sqlPaths, plan, seen, stack);
                continue;
            }
            String sql = find(m, i, sqlPaths);
            if (sql == null) {
                continue;
            }
            if (i.kind().equals("sqlFile") && i.inRollback()) {
                if (lastUp != null) {
                    plan.rollback().putIfAbsent(lastUp, sql);
                }
                seen.add(sql);
                continue;
            }
            if (seen.add(sql)) {
                plan.order().add(sql);
                if (i.kind().equals("sqlFile") && i.changeSet() != null) {
                    plan.changeSet().put(sql, i.changeSet());
                    lastUp = sql;
                }
            }
        }
        stack.remove(master);
    }

    private static List<Item> read(SourceFile m, String text) {
        String name = m.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") ? readXml(text) : readYaml(text);
    }

    private static List<Item> readXml(String text) {
        List<Item> items = new ArrayList<>();
        String changeSet = null;
        boolean inRollback = false;
        Matcher t = XML_TAG.matcher(text.replaceAll("(?s)<!--.*?-->", ""));
        while (t.find()) {
            String tag = t.group(1);
            Map<String, String> a = new LinkedHashMap<>();
            Matcher am = XML_ATTRIBUTE.matcher(t.group(2));
            while (am.find()) {
                a.put(am.group(1), am.group(2).substring(1, am.group(2).length() - 1));
            }
            switch (tag) {
                case "changeSet" -> changeSet = a.get("author") + ":" + a.get("id");
                case "/changeSet" -> changeSet = null;
                case "rollback" -> inRollback = !t.group(2).strip().endsWith("/");
                case "/rollback" -> inRollback = false;
                default -> {
                    String path = tag.equals("include") ? a.get("file") : a.get("path");
                    if (path != null) {
                        items.add(new Item(tag, path, "true".equalsIgnoreCase(a.get("relativeToChangelogFile")),
                                changeSet, inRollback));
                    }
                }
            }
        }
        return items;
    }

    /** YAML: {@code - include:} / {@code - includeAll:} / {@code - sqlFile:} items with their keys below. */
    private static List<Item> readYaml(String text) {
        List<Item> items = new ArrayList<>();
        String kind = null;
        String path = null;
        boolean relative = false;
        String id = null;
        String author = null;
        int rollbackIndent = -1;
        int kindIndent = -1;
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (rollbackIndent >= 0 && indent <= rollbackIndent) {
                rollbackIndent = -1;
            }
            Matcher k = YAML_KEY.matcher(line);
            if (!k.matches()) {
                continue;
            }
            String key = k.group(1);
            String value = unquote(k.group(2));
            if (kind != null && indent <= kindIndent) {
                if (path != null) {
                    items.add(new Item(kind, path, relative, author == null ? null : author + ":" + id,
                            false));
                }
                kind = null;
            }
            switch (key) {
                case "changeSet" -> {
                    id = null;
                    author = null;
                    rollbackIndent = -1;
                }
                case "id" -> id = kind == null ? value : id;
                case "author" -> author = kind == null ? value : author;
                case "rollback" -> rollbackIndent = indent;
                case "include", "includeAll", "sqlFile" -> {
                    kind = key;
                    kindIndent = indent;
                    path = null;
                    relative = false;
                    if (rollbackIndent >= 0 && key.equals("sqlFile")) {
                        kind = "sqlFileRollback";
                    }
                }
                case "file", "path" -> path = kind != null ? value : path;
                case "relativeToChangelogFile" -> relative = kind != null && "true".equalsIgnoreCase(value);
                default -> {
                }
            }
        }
        if (kind != null && path != null) {
            items.add(new Item(kind, path, relative, author == null ? null : author + ":" + id, false));
        }
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            out.add(i.kind().equals("sqlFileRollback") ? new Item("sqlFile", i.path(), i.relative(), i.changeSet(),
                    true) : i);
        }
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** The master (location-relative path) an include names, or null when it names no master. */
    private static String resolve(SourceFile from, Item i, Set<String> masters) {
        if (!i.kind().equals("include")) {
            return null;
        }
        for (String candidate : candidates(from, i)) {
            for (String m : masters) {
                if (m.equals(candidate) || ("/" + from.location() + "/" + m).endsWith("/" + candidate)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String find(SourceFile from, Item i, List<String> sqlPaths) {
        for (String candidate : candidates(from, i)) {
            for (String p : sqlPaths) {
                if (p.equals(candidate) || ("/" + from.location() + "/" + p).endsWith("/" + candidate)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static List<String> candidates(SourceFile from, Item i) {
        String p = clean(i.path());
        if (i.relative()) {
            return List.of(normalize(NameParser.parent(from.relativePath()) + p));
        }
        return List.of(p);
    }

    private static String dirOf(SourceFile from, Item i) {
        String p = clean(i.path());
        String dir = i.relative() ? normalize(NameParser.parent(from.relativePath()) + p) : p;
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
