package dev.migrationguard.sql;

/**
 * A named object a statement touches. Names are as PostgreSQL resolves them: unquoted names folded to lower case,
 * quoted names verbatim.
 *
 * @param type   what kind of object
 * @param schema the schema when the statement qualified the name, else null
 * @param name   the object's own name
 */
public record ObjectRef(ObjectType type, String schema, String name) {

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
