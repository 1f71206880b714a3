package dev.retort.scan.read;

import dev.retort.scan.ScanException;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table and column names that PostgreSQL reserves, which Hibernate writes into its SQL unquoted unless told to quote
 * them: {@code select ... from user u} and {@code create table orders (order integer)} are syntax errors. Retort's
 * own DDL quotes every such name, so a migration would create the table, and the application's queries would
 * still fail; the entities are refused instead, naming the entity and attribute. Names Hibernate quotes (written
 * {@code "\"user\""} or with backticks, or quoted by {@code hibernate.auto_quote_keyword} or
 * {@code hibernate.globally_quoted_identifiers}) are fine. Constraint, index and sequence names never appear bare
 * in the application's SQL and are not checked.
 */
public final class ReservedNames {
    /**
     * PostgreSQL's reserved key words and those that cannot be a table or column name
     * ({@code SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')} on PostgreSQL 15, plus
     * {@code system_user}, reserved since 16).
     */
    static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull",
            "join", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not",
            "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary",
            "references", "returning", "right", "select", "session_user", "similar", "some", "symmetric",
            "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique", "user",
            "using", "variadic", "verbose", "when", "where", "window", "with");

    private ReservedNames() {
    }

    /** Refuses the entities when a table or column they map to is an unquoted reserved word. */
    public static void check(Metadata metadata) {
        Map<Table, String> tableOwners = new LinkedHashMap<>();
        Map<Column, String> columnOwners = new LinkedHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            String name = simpleName(entity.getEntityName());
            tableOwners.putIfAbsent(entity.getTable(), "entity " + name);
            entity.getJoins().forEach(j -> tableOwners.putIfAbsent(j.getTable(), "entity " + name + " (secondary table)"));
            if (entity.getIdentifierProperty() != null) {
                owners(entity.getIdentifierProperty(), name, columnOwners);
            } else if (entity.getIdentifier() != null) {
                entity.getIdentifier().getSelectables().forEach(s -> own(s, name + " (its id)", columnOwners));
            }
            for (Property p : entity.getPropertyClosure()) {
                owners(p, name, columnOwners);
            }
            if (entity.getDiscriminator() != null) {
                entity.getDiscriminator().getSelectables().forEach(s -> own(s, name + " (its discriminator)", columnOwners));
            }
        }
        for (Collection c : metadata.getCollectionBindings()) {
            String role = simpleName(c.getOwnerEntityName()) + "." + c.getRole().substring(c.getRole().lastIndexOf('.') + 1);
            tableOwners.putIfAbsent(c.getCollectionTable(), "collection " + role);
            c.getKey().getSelectables().forEach(s -> own(s, role + " (its key)", columnOwners));
            if (c.getElement() != null) {
                c.getElement().getSelectables().forEach(s -> own(s, role, columnOwners));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Table table : metadata.collectTableMappings()) {
            if (!table.isPhysicalTable()) {
                continue;
            }
            String tableName = table.getNameIdentifier().getText();
            if (reserved(tableName, table.getNameIdentifier().isQuoted())) {
                problems.add("table " + tableName + " of " + tableOwners.getOrDefault(table, "the mappings")
                        + ": rename it (@Table(name = ...)) or quote it (@Table(name = \"\\\""
                        + Identifiers.lowerAscii(tableName) + "\\\"\"))");
            }
            for (Column column : table.getColumns()) {
                if (reserved(column.getName(), column.isQuoted())) {
                    String owner = columnOwners.get(column);
                    problems.add("column " + tableName + "." + column.getName()
                            + (owner == null ? "" : " of " + owner) + ": rename it (@Column(name = ...)) or quote it "
                            + "(@Column(name = \"\\\"" + Identifiers.lowerAscii(column.getName()) + "\\\"\"))");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScanException("the entities map to names that PostgreSQL reserves, which Hibernate writes into "
                    + "its SQL unquoted, so its statements fail with a syntax error (as Hibernate's own "
                    + "hbm2ddl create does):\n  " + String.join("\n  ", problems)
                    + "\n  Rename them, quote them as shown, or let Hibernate quote the key words it knows with "
                    + "hibernate.auto_quote_keyword=true (in the application, and as "
                    + "entities.hibernate.auto_quote_keyword=true in retort.properties)");
        }
    }

    private static boolean reserved(String name, boolean quoted) {
        return !quoted && name != null && RESERVED.contains(Identifiers.lowerAscii(name));
    }

    private static void owners(Property property, String entity, Map<Column, String> out) {
        property.getValue().getSelectables().forEach(s -> own(s, entity + "." + property.getName(), out));
    }

    private static void own(Selectable s, String owner, Map<Column, String> out) {
        if (s instanceof Column c) {
            out.putIfAbsent(c, owner);
        }
    }

    private static String simpleName(String entityName) {
        return entityName == null ? "?" : entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
