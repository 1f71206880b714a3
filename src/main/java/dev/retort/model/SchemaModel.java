package dev.retort.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The schema as one side of a comparison sees it: the desired schema scanned from entities, or the
 * actual schema reflected from a database. Both sides are normalized by the dialect before they are
 * compared, so equal schemas are {@link #equals(Object) equal} after {@link #sorted()}.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {

    public SchemaModel {
        tables = Names.copy(tables);
        sequences = Names.copy(sequences);
        enums = Names.copy(enums);
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
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
                s.sequences, s.enums);
    }

    /** Tables, sequences and enums in name order, each table {@link Table#sorted() sorted}. */
    public SchemaModel sorted() {
        return new SchemaModel(
                tables.stream().map(Table::sorted).sorted(Comparator.comparing(Table::name)).toList(),
                sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList(),
                enums.stream().sorted(Comparator.comparing(EnumType::name)).toList());
    }
}
