package dev.migrationguard.sql;

import java.util.Objects;

/**
 * A named object a statement touches. Names are as PostgreSQL resolves them: unquoted names folded to lower case,
 * quoted names verbatim.
 *
 * @param type   what kind of object
 * @param schema the schema when the statement qualified the name, else null
 * @param name   the object's own name
 */
public record ObjectRef(ObjectType type, String schema, String name) {

    // equals and hashCode written out: a record's generated ones are linked on first use, which costs a fresh JVM
    // (the pre-commit hook, the command line) milliseconds per record type
    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectRef o && type == o.type && Objects.equals(schema, o.schema) && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, schema, name);
    }

    public static ObjectRef table(String schema, String name) {
        return new ObjectRef(ObjectType.TABLE, schema, name);
    }

    /** {@code schema.name} or {@code name}. */
    public String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
