package dev.retort.reflect;

import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViews;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

import java.sql.Connection;
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

    static Catalog crawl(Connection connection, String schema) {
        // The source hands out a proxy that does not close the caller's connection; the source itself is
        // deliberately not closed, since closing it would close that connection.
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
        SchemaRetrievalOptions retrieval = retrievalOptions(source);
        return SchemaCrawlerUtility.getCatalog(source, retrieval, crawlOptions(schema), new Config());
    }

    /** The PostgreSQL plug-in's options, with Retort's SEQUENCES view (start value, owning table). */
    private static SchemaRetrievalOptions retrievalOptions(DatabaseConnectionSource source) {
        SchemaRetrievalOptions plugin = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        InformationSchemaViews views = InformationSchemaViewsBuilder.builder(plugin.getInformationSchemaViews())
                .withSql(InformationSchemaKey.SEQUENCES, CatalogSql.text("schemacrawler-sequences"))
                .toOptions();
        return SchemaRetrievalOptionsBuilder.builder(plugin).withInformationSchemaViews(views).toOptions();
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
