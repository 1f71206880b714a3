package dev.retort.reflect;

import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

import java.sql.Connection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One SchemaCrawler crawl of one schema with exactly the retrievals the model needs: tables, columns,
 * primary and foreign keys, indexes (with the plug-in's index definitions), table constraints with
 * their definitions, and sequences. Routines, triggers, privileges, database and server information,
 * views and enum look-ups (one query per enum type) are left out.
 */
final class ScCrawl {
    private ScCrawl() {
    }

    static Catalog crawl(Connection connection, String schema, ScRetrieval retrieval) {
        // The source hands out a proxy that does not close the caller's connection; the source itself is
        // deliberately not closed, since closing it would close that connection.
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
        return SchemaCrawlerUtility.getCatalog(source, retrievalOptions(connection, source, retrieval),
                crawlOptions(schema), new Config());
    }

    /**
     * The PostgreSQL plug-in's options, with Retort's SEQUENCES view (start value, owning table) and, for
     * {@link ScRetrieval#DATA_DICTIONARY}, Retort's bulk views and the {@code data_dictionary_all} strategy
     * for tables, columns, primary keys, foreign keys and indexes.
     */
    private static SchemaRetrievalOptions retrievalOptions(Connection connection, DatabaseConnectionSource source,
                                                           ScRetrieval retrieval) {
        SchemaRetrievalOptions plugin = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(plugin.getInformationSchemaViews())
                .withSql(InformationSchemaKey.SEQUENCES, CatalogSql.text("schemacrawler-sequences"));
        // builder(options) does not carry over the table types the driver supports, and without them
        // SchemaCrawler's metadata retrieval silently drops PARTITIONED TABLEs: read them again
        SchemaRetrievalOptionsBuilder options = SchemaRetrievalOptionsBuilder.builder(plugin)
                .fromConnnection(connection);
        if (retrieval == ScRetrieval.DATA_DICTIONARY) {
            views.withSql(InformationSchemaKey.TABLES, CatalogSql.text("schemacrawler-tables"))
                    .withSql(InformationSchemaKey.TABLE_COLUMNS, CatalogSql.text("schemacrawler-table-columns"))
                    .withSql(InformationSchemaKey.PRIMARY_KEYS, CatalogSql.text("schemacrawler-primary-keys"))
                    .withSql(InformationSchemaKey.FOREIGN_KEYS, CatalogSql.text("schemacrawler-foreign-keys"))
                    .withSql(InformationSchemaKey.INDEXES, CatalogSql.text("schemacrawler-indexes"));
            for (SchemaInfoMetadataRetrievalStrategy kind : List.of(
                    SchemaInfoMetadataRetrievalStrategy.tablesRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy)) {
                options.with(kind, MetadataRetrievalStrategy.data_dictionary_all);
            }
        }
        return options.withInformationSchemaViews(views.toOptions()).toOptions();
    }

    private static SchemaCrawlerOptions crawlOptions(String schema) {
        SchemaInfoLevel infoLevel = SchemaInfoLevelBuilder.builder()
                .withInfoLevel(InfoLevel.minimum)
                .setRetrieveDatabaseInfo(false)
                .setRetrieveRoutines(false)
                .setRetrieveTables(true)
                .setRetrieveTableColumns(true)
                .setRetrievePrimaryKeys(true)
                .setRetrieveForeignKeys(true)
                .setRetrieveIndexes(true)
                .setRetrieveTableConstraints(true)
                .setRetrieveTableConstraintDefinitions(true)
                .setRetrieveTableConstraintInformation(true)
                .setRetrieveSequenceInformation(true)
                .toOptions();
        Pattern schemaName = Pattern.compile("\"?" + Pattern.quote(schema) + "\"?");
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder()
                        .includeSchemas(new RegularExpressionInclusionRule(schemaName))
                        .tableTypes("TABLE", "PARTITIONED TABLE")
                        .includeAllSequences()
                        .toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder()
                        .withSchemaInfoLevel(infoLevel)
                        .withMaxThreads(1)
                        .toOptions());
    }
}
