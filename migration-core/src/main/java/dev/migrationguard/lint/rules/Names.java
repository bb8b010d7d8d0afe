package dev.migrationguard.lint.rules;

import dev.migrationguard.lint.ScriptContext;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.Statement;

/** Small helpers the risk rules share: quoting names for messages and telling existing tables from new ones. */
final class Names {

    private Names() {
    }

    /** {@code "schema.name"}, or {@code (unnamed)} when the name is not known. */
    static String quoted(ObjectRef ref) {
        return ref == null || ref.name() == null ? "(unnamed)" : "\"" + ref.qualifiedName() + "\"";
    }

    /** {@code "name"}, or {@code (unnamed)}. */
    static String quoted(String name) {
        return name == null ? "(unnamed)" : "\"" + name + "\"";
    }

    /** {@code schema.name} for lock phrases, or {@code the table} when unknown. */
    static String plain(ObjectRef ref) {
        return ref == null || ref.name() == null ? "the table" : ref.qualifiedName();
    }

    /** The statement's table when it exists before the statement (not created earlier in the script), else null. */
    static ObjectRef existingTable(Statement s, ScriptContext ctx) {
        ObjectRef table = s.table().orElse(null);
        if (table == null || table.name() == null || ctx.createdEarlierInScript(table, s.index())) {
            return null;
        }
        return table;
    }

    /** The first object of {@code type}, or null. */
    static ObjectRef first(Statement s, ObjectType type) {
        return s.classification().first(type).orElse(null);
    }

    /** True when some token of the statement is the keyword {@code word}. */
    static boolean hasWord(Statement s, String word) {
        return s.tokens().stream().anyMatch(t -> t.is(word));
    }

    /**
     * {@code "a"}, {@code "a" and "b"}, {@code "a", "b" and "c"}; beyond {@code cap} names, the first {@code cap}
     * and {@code and N more}.
     */
    static String list(java.util.List<String> names, int cap) {
        if (names.size() > cap) {
            return String.join(", ", names.subList(0, cap)) + " and " + (names.size() - cap) + " more";
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** {@code a SHARE lock} / {@code an ACCESS EXCLUSIVE lock}: the word with its article. */
    static String article(String word) {
        return ("AEIOUaeiou".indexOf(word.isEmpty() ? 'x' : word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
