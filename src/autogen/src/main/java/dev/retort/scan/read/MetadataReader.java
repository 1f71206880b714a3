package dev.retort.scan.read;

import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;

/**
 * Reads Hibernate's boot metamodel ({@code Database} → {@code Namespace} → tables and sequences, plus enum types)
 * into the desired {@link SchemaModel}: exactly the objects Hibernate's create script makes, named as
 * PostgreSQL will name them. Objects are visited in the script's order because PostgreSQL's choice of a name
 * for an unnamed constraint depends on the names taken before it.
 */
public final class MetadataReader {
    private MetadataReader() {
    }

    /**
     * @param defaultSchema the schema of Hibernate's default namespace, or null when it has none
     */
    public record Result(SchemaModel model, String defaultSchema) {
    }

    public static Result read(Metadata metadata) {
        ReadContext context = ReadContext.of(metadata);
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        Map<String, NamespaceNames> namesBySchema = new HashMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            // two Hibernate namespaces can be one PostgreSQL schema (explicit and default): they share names
            NamespaceNames names = namesBySchema.computeIfAbsent(
                    Objects.requireNonNullElse(context.schemaOf(namespace), ""), s -> new NamespaceNames());
            sequences.addAll(SequenceReader.read(context, namespace, names));
            List<org.hibernate.mapping.Table> created = namespace.getTables().stream()
                    .filter(TableReader::isCreated).toList();
            List<Table> read = new ArrayList<>();
            for (org.hibernate.mapping.Table table : created) {
                read.add(TableReader.read(context, table, names));
            }
            for (int i = 0; i < created.size(); i++) {
                tables.add(read.get(i).withIndexes(IndexReader.read(context, created.get(i), names)));
            }
        }
        List<dev.retort.model.EnumType> enums = EnumTypeReader.read(context);
        SchemaModel model = new SchemaModel(tables, sequences, enums, List.of(), CastReader.read(context, enums));
        return new Result(model, context.defaultSchema());
    }
}
