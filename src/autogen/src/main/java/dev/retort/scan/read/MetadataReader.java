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
     * @param contributors  the entity classes that map into each table ({@link TableContributors}), by
     *                      {@link TableContributors#key}
     * @param namesCollided whether a name met one taken before it in a schema ({@link NamespaceNames#collided})
     * @param takenNames    the relation and constraint names each table takes in its schema, by table key (the
     *                      empty key: the schemas' sequences)
     * @param standIns      the entities that could stand in for themselves in a later boot ({@link StandIns}), by
     *                      class name
     */
    public record Result(SchemaModel model, String defaultSchema, Map<String, java.util.Set<String>> contributors,
                         boolean namesCollided, Map<String, java.util.Set<String>> takenNames,
                         Map<String, dev.retort.scan.boot.StandIn> standIns) {
        public Result {
            contributors = Map.copyOf(contributors);
            takenNames = Map.copyOf(takenNames);
            standIns = Map.copyOf(standIns);
        }
    }

    public static Result read(Metadata metadata) {
        ReadContext context = ReadContext.of(metadata);
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        Map<String, NamespaceNames> namesBySchema = new HashMap<>();
        Map<String, java.util.Set<String>> takenBy = new java.util.TreeMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            // two Hibernate namespaces can be one PostgreSQL schema (explicit and default): they share names
            NamespaceNames names = namesBySchema.computeIfAbsent(
                    Objects.requireNonNullElse(context.schemaOf(namespace), ""), s -> new NamespaceNames(takenBy));
            names.owner("");
            sequences.addAll(SequenceReader.read(context, namespace, names));
            List<org.hibernate.mapping.Table> created = namespace.getTables().stream()
                    .filter(TableReader::isCreated).toList();
            List<Table> read = new ArrayList<>();
            for (org.hibernate.mapping.Table table : created) {
                names.owner(TableContributors.key(context.schemaOf(table), context.tableName(table)));
                read.add(TableReader.read(context, table, names));
            }
            for (int i = 0; i < created.size(); i++) {
                names.owner(TableContributors.key(context.schemaOf(created.get(i)),
                        context.tableName(created.get(i))));
                tables.add(read.get(i).withIndexes(IndexReader.read(context, created.get(i), names)));
            }
        }
        List<dev.retort.model.EnumType> enums = EnumTypeReader.read(context);
        SchemaModel model = new SchemaModel(tables, sequences, enums, List.of(), CastReader.read(context, enums));
        boolean collided = namesBySchema.values().stream().anyMatch(NamespaceNames::collided);
        return new Result(model, context.defaultSchema(), TableContributors.of(context), collided,
                takenBy, StandIns.of(metadata));
    }
}
