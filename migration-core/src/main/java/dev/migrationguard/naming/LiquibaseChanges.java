package dev.migrationguard.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL Liquibase runs on PostgreSQL for a change of an XML, YAML or JSON changelog, where that SQL is certain:
 * the statements its generators write for {@code createTable}, {@code addColumn}, {@code createIndex},
 * {@code modifyDataType} ({@code ... TYPE t USING (c::t)}), {@code addForeignKeyConstraint} ({@code NOT VALID} with
 * {@code validate="false"}), and the other changes listed in docs/guides/liquibase.md; the text of {@code sql},
 * {@code createProcedure} and {@code createView} where it stands. Types are translated as Liquibase translates them
 * for PostgreSQL ({@code datetime} is {@code TIMESTAMP WITHOUT TIME ZONE}, {@code clob} is {@code TEXT},
 * {@code autoIncrement} is an identity column). A change whose SQL is not certain ({@code customChange},
 * {@code loadData}, {@code executeCommand}, ...) comes back with the reason it is not linted.
 */
final class LiquibaseChanges {

    /** Part of a generated statement and the line of the changelog it stands on. */
    record Piece(int line, String text) {
    }

    /**
     * What one change runs.
     *
     * @param statements generated statements, in order, each without its {@code ;}, in pieces that stand on the
     *                   lines of the elements they come from (a {@code createTable}'s or {@code addColumn}'s
     *                   columns on their own lines)
     * @param prefix     for a change whose body is SQL written in the changelog: generated text before the body
     *                   ({@code CREATE VIEW v AS}), else null
     * @param body       that body where it stands; empty when the change has none
     * @param delimiter  the body's {@code endDelimiter}, or null
     * @param notLinted  why the change is not linted, or null
     */
    record Mapped(List<List<Piece>> statements, String prefix, List<LiquibaseNode.Text> body, String delimiter,
                  String notLinted) {
        /** Statements that each stand on {@code line}. */
        static Mapped of(int line, List<String> statements) {
            List<List<Piece>> out = new ArrayList<>();
            for (String s : statements) {
                out.add(List.of(new Piece(line, s)));
            }
            return new Mapped(out, null, List.of(), null, null);
        }

        static Mapped not(String reason) {
            return new Mapped(List.of(), null, List.of(), null, reason);
        }
    }

    /** Changes that run nothing on the database's schema: nothing to lint, nothing to report. */
    private static final Set<String> NOTHING = Set.of("tagDatabase", "empty", "output", "stop");

    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
            "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral",
            "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order",
            "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with");
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern TYPE = Pattern.compile("(?i)\\s*(?:java\\.sql\\.types\\.)?([a-z_][a-z0-9_ ]*?)\\s*"
            + "(\\([^)]*\\))?\\s*(\\[\\])?\\s*");

    private final Map<String, String> properties;

    LiquibaseChanges(Map<String, String> properties) {
        this.properties = properties;
    }

    /** True for a change that runs nothing on the schema ({@code tagDatabase}, {@code output}, ...). */
    static boolean runsNothing(LiquibaseNode change) {
        return NOTHING.contains(change.name());
    }

    /** What {@code change} runs on PostgreSQL. */
    Mapped up(LiquibaseNode change) {
        if (!LiquibaseDocument.runsOnPostgres(change.attribute("dbms"))) {
            return Mapped.of(change.line(), List.of());
        }
        String n = change.name();
        return switch (n) {
            case "sql" -> new Mapped(List.of(), null, change.body("sql"), a(change, "endDelimiter"), null);
            case "createProcedure" -> change.bodyString("procedureBody") == null && a(change, "path") != null
                    ? Mapped.not("createProcedure runs the file " + a(change, "path") + ", which is not read")
                    : new Mapped(List.of(), null, change.body("procedureBody"), a(change, "endDelimiter"), null);
            case "createView" -> createView(change);
            case "createTable" -> createTable(change);
            case "addColumn" -> addColumn(change);
            case "dropColumn" -> dropColumn(change);
            case "createIndex" -> createIndex(change);
            case "dropIndex" -> Mapped.of(change.line(), List.of("DROP INDEX " + qualified(change, "schemaName", "indexName")));
            case "dropTable" -> Mapped.of(change.line(), List.of("DROP TABLE " + table(change)
                    + (change.flag("cascadeConstraints") ? " CASCADE" : "")));
            case "renameTable" -> Mapped.of(change.line(), List.of("ALTER TABLE " + qualified(change, "schemaName", "oldTableName")
                    + " RENAME TO " + name(a(change, "newTableName"))));
            case "renameColumn" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " RENAME COLUMN "
                    + name(a(change, "oldColumnName")) + " TO " + name(a(change, "newColumnName"))));
            case "renameView" -> Mapped.of(change.line(), List.of("ALTER TABLE " + qualified(change, "schemaName", "oldViewName")
                    + " RENAME TO " + name(a(change, "newViewName"))));
            case "renameSequence" -> Mapped.of(change.line(), List.of("ALTER SEQUENCE "
                    + qualified(change, "schemaName", "oldSequenceName") + " RENAME TO "
                    + name(a(change, "newSequenceName"))));
            case "dropView" -> Mapped.of(change.line(), List.of("DROP VIEW " + qualified(change, "schemaName", "viewName")));
            case "modifyDataType" -> {
                String type = type(a(change, "newDataType"));
                String column = name(a(change, "columnName"));
                yield Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " ALTER COLUMN " + column + " TYPE " + type
                        + " USING (" + column + "::" + type + ")"));
            }
            case "addNotNullConstraint" -> addNotNull(change);
            case "dropNotNullConstraint" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " ALTER COLUMN "
                    + name(a(change, "columnName")) + " DROP NOT NULL"));
            case "addDefaultValue" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " ALTER COLUMN "
                    + name(a(change, "columnName")) + " SET DEFAULT " + defaultValue(change)));
            case "dropDefaultValue" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " ALTER COLUMN "
                    + name(a(change, "columnName")) + " DROP DEFAULT"));
            case "addForeignKeyConstraint" -> addForeignKey(change);
            case "dropForeignKeyConstraint" -> Mapped.of(change.line(), List.of("ALTER TABLE "
                    + qualified(change, "baseTableSchemaName", "baseTableName") + " DROP CONSTRAINT "
                    + name(a(change, "constraintName"))));
            case "addPrimaryKey" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " ADD "
                    + constraintName(change) + "PRIMARY KEY (" + names(a(change, "columnNames")) + ")"));
            case "dropPrimaryKey" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " DROP CONSTRAINT "
                    + name(a(change, "constraintName") != null ? a(change, "constraintName")
                    : a(change, "tableName") + "_pkey")));
            case "addUniqueConstraint" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " ADD "
                    + constraintName(change) + "UNIQUE (" + names(a(change, "columnNames")) + ")"
                    + deferrable(change)));
            case "dropUniqueConstraint" -> Mapped.of(change.line(), List.of("ALTER TABLE " + table(change) + " DROP CONSTRAINT "
                    + name(a(change, "constraintName"))));
            case "createSequence" -> Mapped.of(change.line(), List.of("CREATE SEQUENCE " + (change.flag("ifNotExists")
                    ? "IF NOT EXISTS " : "") + qualified(change, "schemaName", "sequenceName")
                    + sequenceOptions(change)));
            case "alterSequence" -> Mapped.of(change.line(), List.of("ALTER SEQUENCE "
                    + qualified(change, "schemaName", "sequenceName") + sequenceOptions(change)));
            case "dropSequence" -> Mapped.of(change.line(), List.of("DROP SEQUENCE "
                    + qualified(change, "schemaName", "sequenceName")));
            case "insert" -> insert(change);
            case "update" -> update(change);
            case "delete" -> Mapped.of(change.line(), List.of("DELETE FROM " + table(change) + where(change)));
            case "setTableRemarks" -> Mapped.of(change.line(), List.of("COMMENT ON TABLE " + table(change) + " IS "
                    + literal(a(change, "remarks"))));
            case "setColumnRemarks" -> Mapped.of(change.line(), List.of("COMMENT ON COLUMN " + table(change) + "."
                    + name(a(change, "columnName")) + " IS " + literal(a(change, "remarks"))));
            case "tagDatabase", "empty", "output", "stop" -> Mapped.of(change.line(), List.of());
            case "sqlFile" -> Mapped.not("sqlFile names a file that is not under the location ("
                    + a(change, "path") + ")");
            case "customChange" -> Mapped.not("customChange runs Java code (" + a(change, "class") + ")");
            case "loadData", "loadUpdateData" -> Mapped.not(n + " inserts the rows of " + a(change, "file")
                    + ", which is not read");
            case "executeCommand" -> Mapped.not("executeCommand runs a program, not SQL");
            default -> Mapped.not(n + " is not mapped to the SQL Liquibase runs for it");
        };
    }

    /**
     * The changes Liquibase runs to roll {@code change} back when the changeset has no {@code rollback}
     * (its automatic rollback), or null when it has none.
     */
    List<String> inverse(LiquibaseNode change) {
        String n = change.name();
        if (!LiquibaseDocument.runsOnPostgres(change.attribute("dbms")) || NOTHING.contains(n)) {
            return List.of();
        }
        return switch (n) {
            case "createTable" -> List.of("DROP TABLE " + table(change));
            case "addColumn" -> {
                List<String> out = new ArrayList<>();
                for (LiquibaseNode c : change.children("column")) {
                    out.add("ALTER TABLE " + table(change) + " DROP COLUMN " + name(a(c, "name")));
                }
                yield out;
            }
            case "createIndex" -> List.of("DROP INDEX " + qualified(change, "schemaName", "indexName"));
            case "createView" -> List.of("DROP VIEW " + qualified(change, "schemaName", "viewName"));
            case "createSequence" -> List.of("DROP SEQUENCE " + qualified(change, "schemaName", "sequenceName"));
            case "renameTable" -> List.of("ALTER TABLE " + qualified(change, "schemaName", "newTableName")
                    + " RENAME TO " + name(a(change, "oldTableName")));
            case "renameColumn" -> List.of("ALTER TABLE " + table(change) + " RENAME COLUMN "
                    + name(a(change, "newColumnName")) + " TO " + name(a(change, "oldColumnName")));
            case "renameView" -> List.of("ALTER TABLE " + qualified(change, "schemaName", "newViewName")
                    + " RENAME TO " + name(a(change, "oldViewName")));
            case "renameSequence" -> List.of("ALTER SEQUENCE " + qualified(change, "schemaName", "newSequenceName")
                    + " RENAME TO " + name(a(change, "oldSequenceName")));
            case "addNotNullConstraint" -> List.of("ALTER TABLE " + table(change) + " ALTER COLUMN "
                    + name(a(change, "columnName")) + " DROP NOT NULL");
            case "dropNotNullConstraint" -> List.of("ALTER TABLE " + table(change) + " ALTER COLUMN "
                    + name(a(change, "columnName")) + " SET NOT NULL");
            case "addDefaultValue" -> List.of("ALTER TABLE " + table(change) + " ALTER COLUMN "
                    + name(a(change, "columnName")) + " DROP DEFAULT");
            case "addForeignKeyConstraint" -> List.of("ALTER TABLE "
                    + qualified(change, "baseTableSchemaName", "baseTableName") + " DROP CONSTRAINT "
                    + name(a(change, "constraintName")));
            case "addPrimaryKey" -> List.of("ALTER TABLE " + table(change) + " DROP CONSTRAINT "
                    + name(a(change, "constraintName") != null ? a(change, "constraintName")
                    : a(change, "tableName") + "_pkey"));
            case "addUniqueConstraint" -> a(change, "constraintName") == null ? null
                    : List.of("ALTER TABLE " + table(change) + " DROP CONSTRAINT "
                    + name(a(change, "constraintName")));
            default -> null;
        };
    }

    private Mapped createView(LiquibaseNode change) {
        List<LiquibaseNode.Text> body = change.body("selectQuery");
        if (change.bodyString("selectQuery") == null && a(change, "path") != null) {
            return Mapped.not("createView reads its query from " + a(change, "path") + ", which is not read");
        }
        if (change.flag("fullDefinition")) {
            return new Mapped(List.of(), null, body, null, null);
        }
        String prefix = "CREATE " + (change.flag("replaceIfExists") ? "OR REPLACE " : "") + "VIEW "
                + qualified(change, "schemaName", "viewName") + " AS";
        return new Mapped(List.of(), prefix, body, null, null);
    }

    private Mapped createTable(LiquibaseNode change) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(change.line(), "CREATE TABLE " + (change.flag("ifNotExists") ? "IF NOT EXISTS " : "")
                + table(change) + " ("));
        List<String> primaryKey = new ArrayList<>();
        String primaryKeyName = null;
        String comma = "";
        int lastLine = change.line();
        for (LiquibaseNode c : change.children("column")) {
            LiquibaseNode k = c.child("constraints");
            if (k != null && k.flag("primaryKey")) {
                primaryKey.add(name(a(c, "name")));
                primaryKeyName = primaryKeyName != null ? primaryKeyName : a(k, "primaryKeyName");
            }
            pieces.add(new Piece(c.line(), comma + column(c, false, true)));
            comma = ", ";
            lastLine = c.line();
        }
        if (!primaryKey.isEmpty()) {
            pieces.add(new Piece(lastLine, comma + (primaryKeyName != null ? "CONSTRAINT " + name(primaryKeyName)
                    + " " : "") + "PRIMARY KEY (" + String.join(", ", primaryKey) + ")"));
        }
        pieces.add(new Piece(lastLine, ")"));
        return new Mapped(List.of(pieces), null, List.of(), null, null);
    }

    private Mapped addColumn(LiquibaseNode change) {
        List<List<Piece>> out = new ArrayList<>();
        List<List<Piece>> later = new ArrayList<>();
        List<Piece> adds = new ArrayList<>();
        for (LiquibaseNode c : change.children("column")) {
            String value = value(c);
            LiquibaseNode k = c.child("constraints");
            // a NOT NULL column with a value for the existing rows is added nullable, filled, then made NOT NULL
            boolean notNullAfter = value != null && k != null && "false".equalsIgnoreCase(
                    String.valueOf(a(k, "nullable")).strip());
            // several columns are one ALTER TABLE with an ADD per column, each on its column's line
            String add = adds.isEmpty() ? "ALTER TABLE " + table(change) + " ADD " : ", ADD ";
            adds.add(new Piece(c.line(), add + column(c, true, !notNullAfter)));
            if (value != null) {
                later.add(List.of(new Piece(c.line(), "UPDATE " + table(change) + " SET " + name(a(c, "name"))
                        + " = " + value)));
            }
            if (notNullAfter) {
                later.add(List.of(new Piece(c.line(), "ALTER TABLE " + table(change) + " ALTER COLUMN "
                        + name(a(c, "name")) + " SET NOT NULL")));
            }
            String fk = k == null ? null : references(k);
            if (fk != null) {
                later.add(List.of(new Piece(c.line(), "ALTER TABLE " + table(change) + " ADD "
                        + (a(k, "foreignKeyName") != null ? "CONSTRAINT " + name(a(k, "foreignKeyName")) + " " : "")
                        + "FOREIGN KEY (" + name(a(c, "name")) + ") REFERENCES " + fk
                        + (k.flag("deleteCascade") ? " ON DELETE CASCADE" : ""))));
            }
        }
        if (!adds.isEmpty()) {
            out.add(adds);
        }
        out.addAll(later);
        return new Mapped(out, null, List.of(), null, null);
    }

    private Mapped dropColumn(LiquibaseNode change) {
        List<String> out = new ArrayList<>();
        if (a(change, "columnName") != null) {
            out.add("ALTER TABLE " + table(change) + " DROP COLUMN " + name(a(change, "columnName")));
        }
        for (LiquibaseNode c : change.children("column")) {
            out.add("ALTER TABLE " + table(change) + " DROP COLUMN " + name(a(c, "name")));
        }
        return Mapped.of(change.line(), out);
    }

    private Mapped createIndex(LiquibaseNode change) {
        List<String> columns = new ArrayList<>();
        for (LiquibaseNode c : change.children("column")) {
            String col = c.flag("computed") ? a(c, "name") : name(a(c, "name"));
            columns.add(col + (c.flag("descending") ? " DESC" : ""));
        }
        String index = "CREATE " + (change.flag("unique") ? "UNIQUE " : "") + "INDEX "
                + (a(change, "indexName") != null ? name(a(change, "indexName")) + " " : "") + "ON " + table(change)
                + (a(change, "using") != null ? " USING " + a(change, "using") : "") + " (" + String.join(", ", columns)
                + ")";
        if (change.flag("clustered") && a(change, "indexName") != null) {
            return Mapped.of(change.line(), List.of(index, "CLUSTER " + table(change) + " USING " + name(a(change, "indexName"))));
        }
        return Mapped.of(change.line(), List.of(index));
    }

    private Mapped addNotNull(LiquibaseNode change) {
        List<String> out = new ArrayList<>();
        String column = name(a(change, "columnName"));
        String fill = a(change, "defaultNullValue");
        if (fill != null) {
            out.add("UPDATE " + table(change) + " SET " + column + " = " + literal(fill) + " WHERE " + column
                    + " IS NULL");
        }
        out.add("ALTER TABLE " + table(change) + " ALTER COLUMN " + column + " SET NOT NULL");
        return Mapped.of(change.line(), out);
    }

    private Mapped addForeignKey(LiquibaseNode change) {
        StringBuilder b = new StringBuilder("ALTER TABLE ")
                .append(qualified(change, "baseTableSchemaName", "baseTableName")).append(" ADD ")
                .append(constraintName(change)).append("FOREIGN KEY (").append(names(a(change, "baseColumnNames")))
                .append(") REFERENCES ").append(qualified(change, "referencedTableSchemaName", "referencedTableName"))
                .append(" (").append(names(a(change, "referencedColumnNames"))).append(")");
        String onUpdate = a(change, "onUpdate");
        String onDelete = a(change, "onDelete");
        if (onUpdate != null) {
            b.append(" ON UPDATE ").append(onUpdate.strip());
        }
        if (onDelete != null) {
            b.append(" ON DELETE ").append(onDelete.strip());
        } else if (change.flag("deleteCascade")) {
            b.append(" ON DELETE CASCADE");
        }
        b.append(deferrable(change));
        String validate = a(change, "validate");
        if (validate != null && validate.strip().equalsIgnoreCase("false")) {
            b.append(" NOT VALID");
        }
        return Mapped.of(change.line(), List.of(b.toString()));
    }

    private Mapped insert(LiquibaseNode change) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (LiquibaseNode c : change.children("column")) {
            columns.add(name(a(c, "name")));
            String v = value(c);
            values.add(v == null ? "NULL" : v);
        }
        return Mapped.of(change.line(), List.of("INSERT INTO " + table(change) + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", values) + ")"));
    }

    private Mapped update(LiquibaseNode change) {
        List<String> sets = new ArrayList<>();
        for (LiquibaseNode c : change.children("column")) {
            String v = value(c);
            sets.add(name(a(c, "name")) + " = " + (v == null ? "NULL" : v));
        }
        return Mapped.of(change.line(), List.of("UPDATE " + table(change) + " SET " + String.join(", ", sets) + where(change)));
    }

    private String where(LiquibaseNode change) {
        String w = change.bodyString("where");
        if (change.child("where") == null && change.attribute("where") == null) {
            return "";
        }
        w = w == null ? null : substitute(w);
        return w == null ? "" : " WHERE " + w;
    }

    /** A column definition of createTable or addColumn; {@code notNull} false leaves its NOT NULL out. */
    private String column(LiquibaseNode c, boolean inline, boolean notNull) {
        StringBuilder b = new StringBuilder(name(a(c, "name"))).append(' ').append(type(a(c, "type")));
        if (c.flag("autoIncrement")) {
            String generation = a(c, "generationType");
            b.append(" GENERATED ").append(generation != null && generation.strip().equalsIgnoreCase("always")
                    ? "ALWAYS" : "BY DEFAULT").append(" AS IDENTITY");
            String start = a(c, "startWith");
            String by = a(c, "incrementBy");
            if (start != null || by != null) {
                b.append(" (").append(start != null ? "START WITH " + start : "")
                        .append(start != null && by != null ? " " : "")
                        .append(by != null ? "INCREMENT BY " + by : "").append(")");
            }
        }
        String dflt = defaultValue(c);
        if (dflt != null) {
            b.append(" DEFAULT ").append(dflt);
        }
        LiquibaseNode k = c.child("constraints");
        if (k != null) {
            String nullable = a(k, "nullable");
            if (notNull && nullable != null && nullable.strip().equalsIgnoreCase("false")) {
                b.append(" NOT NULL");
            }
            if (inline && k.flag("primaryKey")) {
                b.append(" PRIMARY KEY");
            }
            if (k.flag("unique")) {
                String u = a(k, "uniqueConstraintName");
                b.append(u != null ? " CONSTRAINT " + name(u) : "").append(" UNIQUE");
            }
            String check = a(k, "checkConstraint");
            if (check != null) {
                b.append(" CHECK (").append(check).append(")");
            }
            String fk = references(k);
            if (!inline && fk != null) {
                String fkName = a(k, "foreignKeyName");
                b.append(fkName != null ? " CONSTRAINT " + name(fkName) : "").append(" REFERENCES ").append(fk)
                        .append(k.flag("deleteCascade") ? " ON DELETE CASCADE" : "");
            }
        }
        return b.toString();
    }

    /** {@code t (c)} from {@code references="t(c)"} or {@code referencedTableName} / {@code referencedColumnNames}. */
    private String references(LiquibaseNode k) {
        String r = a(k, "references");
        if (r != null) {
            return r.strip();
        }
        String table = a(k, "referencedTableName");
        if (table == null) {
            return null;
        }
        String schema = a(k, "referencedTableSchemaName");
        String columns = a(k, "referencedColumnNames");
        return (schema != null ? name(schema) + "." : "") + name(table) + (columns != null ? " (" + names(columns)
                + ")" : "");
    }

    private String defaultValue(LiquibaseNode c) {
        return valueOf(c, "defaultValue");
    }

    /** The value a column sets ({@code insert}, {@code update}, {@code addColumn value=}), or null. */
    private String value(LiquibaseNode c) {
        String v = valueOf(c, "value");
        if (v != null) {
            return v;
        }
        String text = c.bodyString("value");
        return text == null ? null : literal(text);
    }

    /**
     * A value written in Liquibase's typed attributes {@code <prefix>Computed}, {@code <prefix>Numeric},
     * {@code <prefix>Boolean}, {@code <prefix>SequenceNext}, {@code <prefix>}, {@code <prefix>Date}, as SQL; null
     * when none is set.
     */
    private String valueOf(LiquibaseNode c, String prefix) {
        String v;
        if ((v = a(c, prefix + "Computed")) != null || (v = a(c, prefix + "Numeric")) != null) {
            return v.strip();
        }
        if ((v = a(c, prefix + "Boolean")) != null) {
            return v.strip().toUpperCase(Locale.ROOT);
        }
        if ((v = a(c, prefix + "SequenceNext")) != null) {
            return "nextval(" + literal(v.strip()) + ")";
        }
        if ((v = a(c, prefix)) != null || (v = a(c, prefix + "Date")) != null) {
            return literal(v);
        }
        return null;
    }

    private static String deferrable(LiquibaseNode change) {
        return (change.flag("deferrable") ? " DEFERRABLE" : "") + (change.flag("initiallyDeferred")
                ? " INITIALLY DEFERRED" : "");
    }

    private String constraintName(LiquibaseNode change) {
        String n = a(change, "constraintName");
        return n == null ? "" : "CONSTRAINT " + name(n) + " ";
    }

    private String sequenceOptions(LiquibaseNode change) {
        StringBuilder b = new StringBuilder();
        String v;
        if ((v = a(change, "dataType")) != null) {
            b.append(" AS ").append(type(v));
        }
        if ((v = a(change, "incrementBy")) != null) {
            b.append(" INCREMENT BY ").append(v.strip());
        }
        if ((v = a(change, "minValue")) != null) {
            b.append(" MINVALUE ").append(v.strip());
        }
        if ((v = a(change, "maxValue")) != null) {
            b.append(" MAXVALUE ").append(v.strip());
        }
        if ((v = a(change, "startValue")) != null) {
            b.append(" START WITH ").append(v.strip());
        }
        if ((v = a(change, "cacheSize")) != null) {
            b.append(" CACHE ").append(v.strip());
        }
        if ((v = a(change, "cycle")) != null) {
            b.append(v.strip().equalsIgnoreCase("true") ? " CYCLE" : " NO CYCLE");
        }
        return b.toString();
    }

    /**
     * The PostgreSQL type Liquibase writes for a changelog type: its portable names translated, anything else (a
     * PostgreSQL type such as {@code jsonb}) as written.
     */
    String type(String written) {
        if (written == null) {
            return "text";
        }
        String t = substitute(written).strip();
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String base = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String args = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        String array = m.group(3) == null ? "" : "[]";
        String mapped = switch (base) {
            case "int", "integer", "int4", "mediumint" -> "INTEGER";
            case "bigint", "int8", "long" -> "BIGINT";
            case "smallint", "int2", "tinyint" -> "SMALLINT";
            case "boolean", "bool" -> "BOOLEAN";
            case "bit" -> args.isEmpty() || args.equals("(1)") ? "BOOLEAN" : "BIT" + args;
            case "datetime", "timestamp", "timestamp without time zone" -> "TIMESTAMP" + args + " WITHOUT TIME ZONE";
            case "time", "time without time zone" -> "TIME" + args + " WITHOUT TIME ZONE";
            case "clob", "nclob", "longtext", "mediumtext", "tinytext", "ntext", "longvarchar", "longnvarchar",
                 "text" -> "TEXT";
            case "blob", "longblob", "mediumblob", "tinyblob", "binary", "varbinary", "image", "longvarbinary",
                 "bytea" -> "BYTEA";
            case "double", "double precision" -> "DOUBLE PRECISION";
            case "currency", "money" -> base.equals("money") ? "MONEY" : "DECIMAL";
            case "uuid", "uniqueidentifier" -> "UUID";
            case "nvarchar", "varchar2", "nvarchar2", "varchar", "character varying" -> "VARCHAR" + args;
            case "nchar", "char", "character" -> "CHAR" + args;
            case "number", "numeric" -> "NUMERIC" + args;
            case "decimal" -> "DECIMAL" + args;
            case "float" -> "FLOAT" + args;
            default -> null;
        };
        // the integer, text and binary types take no size on PostgreSQL: int(11) is INTEGER
        return mapped == null ? t : mapped + array;
    }

    /** An attribute with the changelog's properties substituted, or null. */
    private String a(LiquibaseNode node, String key) {
        String v = node.attribute(key);
        return v == null ? null : substitute(v);
    }

    /** {@code ${name}} replaced by the changelog's value for PostgreSQL; unknown names are left as written. */
    String substitute(String s) {
        if (s.indexOf("${") < 0 || properties.isEmpty()) {
            return s;
        }
        Matcher m = PROPERTY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = properties.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private String table(LiquibaseNode change) {
        return qualified(change, "schemaName", "tableName");
    }

    private String qualified(LiquibaseNode change, String schemaKey, String nameKey) {
        String schema = a(change, schemaKey);
        String n = a(change, nameKey);
        return (schema != null && !schema.isBlank() ? name(schema) + "." : "") + name(n);
    }

    /** A comma-separated list of names, each written as Liquibase writes it. */
    private static String names(String list) {
        if (list == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            out.add(name(part));
        }
        return String.join(", ", out);
    }

    /** A name as Liquibase writes it for PostgreSQL: quoted when it is a reserved word or not a plain name. */
    static String name(String n) {
        if (n == null) {
            return "missing_name";
        }
        String s = n.strip();
        if (s.startsWith("\"") || SIMPLE_NAME.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String v) {
        return "'" + v.replace("'", "''") + "'";
    }
}
