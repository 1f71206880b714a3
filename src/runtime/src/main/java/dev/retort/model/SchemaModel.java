package dev.retort.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The schema as one side of a comparison sees it: the desired schema scanned from entities, or the
 * actual schema reflected from a database. Both sides are normalized by the dialect before they are
 * compared, so equal schemas are {@link #equals(Object) equal} after {@link #sorted()}.
 *
 * <p>Objects of the project's own schema (the {@code schema} setting) have a null schema; objects of other
 * schemas name theirs, and are looked up by (schema, name).
 *
 * @param schemas the schemas other than the project's that exist (a reflected model: those of the schemas asked
 *                for that the database has, empty or not); a scanned model leaves it empty, since the schemas it
 *                uses are those of its objects ({@link #usedSchemas()})
 * @param casts   the casts between {@code varchar} and the enum types of the project's schema ({@link Cast})
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enums, List<String> schemas,
                          List<Cast> casts) {

    public SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {
        this(tables, sequences, enums, List.of());
    }

    /** A model without casts ({@link Cast}). */
    public SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enums, List<String> schemas) {
        this(tables, sequences, enums, schemas, List.of());
    }

    public SchemaModel {
        tables = TableList.of(tables);
        sequences = Names.copy(sequences);
        enums = Names.copy(enums);
        schemas = Names.copy(schemas); // no nulls: List.copyOf refuses them
        casts = Names.copy(casts);
    }

    /** The same schema with {@code newTables} (sequences, enum types, schemas and casts kept). */
    public SchemaModel withTables(List<Table> newTables) {
        return new SchemaModel(newTables, sequences, enums, schemas, casts);
    }

    /** The same schema with {@code newCasts}. */
    public SchemaModel withCasts(List<Cast> newCasts) {
        return new SchemaModel(tables, sequences, enums, schemas, newCasts);
    }

    /** The casts between {@code varchar} and enum type {@code type} of the project's schema, either way. */
    public List<Cast> castsOf(String type) {
        return casts.stream().filter(c -> c.between(type)).toList();
    }

    /** The same objects, with {@code newSchemas} as the schemas known to exist. */
    public SchemaModel withSchemas(java.util.Collection<String> newSchemas) {
        return new SchemaModel(tables, sequences, enums, List.copyOf(new java.util.TreeSet<>(newSchemas)), casts);
    }

    /** The schemas other than the project's that tables, sequences, enum types or foreign keys name, in name order. */
    public java.util.SortedSet<String> usedSchemas() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Table t : tables) {
            if (t.schema() != null) {
                out.add(t.schema());
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.referencedSchema() != null) {
                    out.add(fk.referencedSchema());
                }
            }
        }
        sequences.stream().map(Sequence::schema).filter(java.util.Objects::nonNull).forEach(out::add);
        enums.stream().map(EnumType::schema).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    /**
     * The same model with every schema name (of tables, sequences, enum types, referenced tables, and
     * {@link #schemas()}) replaced by {@code f}'s answer; {@code f} is given null for the project's schema and may
     * answer null for it.
     */
    public SchemaModel mapSchemas(java.util.function.UnaryOperator<String> f) {
        return new SchemaModel(
                tables.stream().map(t -> t.withSchema(f.apply(t.schema())).withForeignKeys(t.foreignKeys().stream()
                        .map(fk -> fk.withReferencedSchema(f.apply(fk.referencedSchema()))).toList())).toList(),
                sequences.stream().map(q -> q.withSchema(f.apply(q.schema()))).toList(),
                enums.stream().map(e -> e.withSchema(f.apply(e.schema()))).toList(),
                schemas.stream().map(f).filter(java.util.Objects::nonNull).distinct().toList(), casts);
    }

    /**
     * The same model with {@code projectSchema} as the project's schema: its objects lose their schema name (null),
     * as objects whose schema was never stated have none.
     */
    public SchemaModel relativeTo(String projectSchema) {
        return mapSchemas(s -> java.util.Objects.equals(s, projectSchema) ? null : s);
    }

    /** Only the objects of {@code schema} (null: the project's own); {@link #schemas()} is kept. */
    public SchemaModel inSchema(String schema) {
        return new SchemaModel(
                tables.stream().filter(t -> java.util.Objects.equals(t.schema(), schema)).toList(),
                sequences.stream().filter(q -> java.util.Objects.equals(q.schema(), schema)).toList(),
                enums.stream().filter(e -> java.util.Objects.equals(e.schema(), schema)).toList(), schemas,
                schema == null ? casts : List.of());
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of(), List.of());
    }

    /** The table of this name in the project's schema, or the first of this name when the model holds one schema. */
    public Optional<Table> table(String name) {
        return ((TableList) tables).first(name);
    }

    /** The table {@code name} of {@code schema} (null: the project's own). */
    public Optional<Table> table(String schema, String name) {
        return ((TableList) tables).first(schema, name);
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The form two schemas are compared in when column order does not matter (a column added later
     * sits at the end of its table, while Hibernate's DDL puts it elsewhere): {@link #sorted()} with every
     * table's columns in name order too.
     */
    public SchemaModel comparable() {
        SchemaModel s = sorted();
        return new SchemaModel(
                s.tables.stream().map(t -> t.withColumns(
                        t.columns().stream().sorted(Comparator.comparing(Column::name)).toList())).toList(),
                s.sequences, s.enums, s.schemas, s.casts);
    }

    /**
     * Tables, sequences and enums in (schema, name) order, the project's schema first, each table
     * {@link Table#sorted() sorted}; casts by source, then target.
     */
    public SchemaModel sorted() {
        Comparator<String> schemaOrder = Comparator.nullsFirst(Comparator.naturalOrder());
        return new SchemaModel(
                tables.stream().map(Table::sorted).sorted(Comparator.comparing(Table::schema, schemaOrder)
                        .thenComparing(Table::name)).toList(),
                sequences.stream().sorted(Comparator.comparing(Sequence::schema, schemaOrder)
                        .thenComparing(Sequence::name)).toList(),
                enums.stream().sorted(Comparator.comparing(EnumType::schema, schemaOrder)
                        .thenComparing(EnumType::name)).toList(),
                schemas.stream().sorted().toList(),
                casts.stream().sorted(Comparator.comparing(Cast::source).thenComparing(Cast::target)).toList());
    }
}
