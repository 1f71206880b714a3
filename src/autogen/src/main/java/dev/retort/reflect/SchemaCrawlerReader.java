package dev.retort.reflect;

import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The same model as {@link PgCatalogReader}, read through SchemaCrawler's catalog (a second, independent
 * opinion, and the reader to extend to other databases). What comes from where:
 * <ul>
 *   <li>SchemaCrawler's catalog objects: table names and comments; column names, order, type name, size
 *       and decimal digits, nullability, default, "generated" flag and generation expression, comments;
 *       primary keys; foreign keys with column pairs in key order and their rules; index names,
 *       uniqueness, columns, sort order and partial-index predicate ({@code FILTER_CONDITION}). How
 *       SchemaCrawler fills these depends on the {@link ScRetrieval}: the JDBC driver's
 *       {@code DatabaseMetaData}, one round trip per table ({@link ScRetrieval#METADATA}), or
 *       SchemaCrawler's bulk {@code data_dictionary_all} strategy fed with Retort's SQL for the TABLES,
 *       TABLE_COLUMNS, PRIMARY_KEYS, FOREIGN_KEYS and INDEXES views ({@link ScRetrieval#DATA_DICTIONARY},
 *       the default; {@code schemacrawler-*.sql}).</li>
 *   <li>SchemaCrawler's PostgreSQL plug-in views (bulk queries): unique constraints and their columns
 *       ({@code information_schema}), check constraint text ({@code pg_get_constraintdef}, through the
 *       {@code EXT_TABLE_CONSTRAINTS} view).</li>
 *   <li>Retort's own {@code SEQUENCES} view, given to SchemaCrawler in place of the plug-in's (whose start
 *       value is always NULL): sequences with start, increment and owning table.</li>
 *   <li>Supplementary bulk queries, because SchemaCrawler has no such facts: identity kind, start and
 *       increment ({@code identities.sql}); INCLUDE columns, access method, and expression keys in the
 *       same pretty form as the fast path, each key's collation and operator class, NULLS NOT DISTINCT
 *       ({@code index-extras.sql}); deferrability, MATCH FULL and a unique constraint's NULLS NOT DISTINCT
 *       ({@code constraint-extras.sql}); column collations ({@code column-collations.sql}); enum types with labels in sort order
 *       ({@code enums.sql}; the plug-in's enum helper runs one query per column type, sees only enums
 *       used by a column and does not order the labels); the partitions to leave out, as the fast path
 *       does ({@code partitions.sql}).</li>
 * </ul>
 * What was found about SchemaCrawler's bulk mode: {@code MetadataRetrievalStrategy.data_dictionary_all}
 * exists, but the PostgreSQL plug-in 16.27.1 ships SQL only for supplementary views (check constraints,
 * constraint definitions, index definitions, sequences, triggers, routines, views), none for TABLES,
 * TABLE_COLUMNS, PRIMARY_KEYS, FOREIGN_KEYS or INDEXES; with the plug-in alone that strategy fails ("No
 * system column data types SQL provided", "No table columns SQL provided") or silently loads no primary
 * keys, foreign keys or indexes. Hence Retort's own views. Figures for both strategies at 1000 tables: docs/benchmarks.md ("Reflection at 1000 tables").
 */
public final class SchemaCrawlerReader implements SchemaReader {
    private final ScRetrieval retrieval;

    /** A reader with SchemaCrawler's bulk {@link ScRetrieval#DATA_DICTIONARY} retrieval. */
    public SchemaCrawlerReader() {
        this(ScRetrieval.DATA_DICTIONARY);
    }

    public SchemaCrawlerReader(ScRetrieval retrieval) {
        this.retrieval = java.util.Objects.requireNonNull(retrieval, "retrieval");
    }

    public ScRetrieval retrieval() {
        return retrieval;
    }

    @Override
    public SchemaModel read(Connection connection, ReflectOptions options) {
        return ReflectedSchemas.read(connection, options, this::readSchema);
    }

    private SchemaModel readSchema(Connection connection, ReflectOptions options) {
        String schema = options.schema();
        TableFilter filter = options.tableFilter();
        Set<String> partitions = PgPartitionQuery.read(connection, schema);
        Catalog catalog = ScCrawl.crawl(connection, schema, retrieval);
        ScTableConverter converter = new ScTableConverter(schema,
                PgIdentitySupplement.read(connection, schema), PgIndexSupplement.read(connection, schema),
                PgConstraintSupplement.read(connection, schema), PgCollationSupplement.read(connection, schema));
        Schema crawled = catalog.lookupSchema(schema).orElse(null);
        List<dev.retort.model.Table> tables = new ArrayList<>();
        List<OwnedSequences.Listed> sequences = new ArrayList<>();
        if (crawled != null) {
            for (Table table : catalog.getTables(crawled)) {
                if (filter.accepts(table.getName()) && !partitions.contains(table.getName())) {
                    tables.add(converter.convert(table).toTable());
                }
            }
            for (schemacrawler.schema.Sequence sequence : catalog.getSequences(crawled)) {
                Object kind = sequence.getAttribute("OWNER_KIND");
                Object owner = sequence.getAttribute("OWNER_TABLE");
                Object column = sequence.getAttribute("OWNER_COLUMN");
                sequences.add(new OwnedSequences.Listed(new Sequence(sequence.getName(),
                        sequence.getStartValue().longValueExact(), sequence.getIncrement()),
                        owner == null ? null : owner.toString(), column == null ? null : column.toString(),
                        kind == null || kind.toString().isEmpty() ? 0 : kind.toString().charAt(0)));
            }
        }
        OwnedSequences.Placed placed = OwnedSequences.place(tables, sequences);
        return new SchemaModel(placed.tables(), placed.sequences(), PgEnumQuery.read(connection, schema),
                List.of(), PgCastQuery.read(connection, schema)).sorted();
    }
}
