package dev.retort.scan.read;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.Table;

import dev.retort.scan.ScanException;

/**
 * What every reader needs: the metamodel, its dialect, and the SQL generation context of Hibernate's create
 * script, which puts unqualified names in the default schema ({@code hibernate.default_schema}). Model names are
 * bare; each table and sequence carries the schema it lands in: its own ({@code @Table(schema)},
 * {@code @JoinTable(schema)}, {@code @SequenceGenerator(schema)}, ...), else the default schema, else null (the
 * connection's current schema, which is the project's). A catalog is refused, naming what maps it.
 */
record ReadContext(Metadata metadata, Dialect dialect, SqlStringGenerationContext sql, String defaultSchema) {

    static ReadContext of(Metadata metadata) {
        Database database = metadata.getDatabase();
        SqlStringGenerationContext sql = SqlStringGenerationContextImpl.fromConfigurationMap(
                database.getJdbcEnvironment(), database,
                database.getServiceRegistry().requireService(ConfigurationService.class).getSettings());
        String catalog = Identifiers.fold(sql.getDefaultCatalog());
        if (catalog != null) {
            throw new ScanException("hibernate.default_catalog is set (" + catalog + "): PostgreSQL has no catalogs"
                    + " beside the connected database, and Retort does not support them; remove the setting"
                    + " (use hibernate.default_schema for a schema)");
        }
        return new ReadContext(metadata, database.getDialect(), sql, Identifiers.fold(sql.getDefaultSchema()));
    }

    /** The table's name as PostgreSQL stores it, without its schema. */
    String tableName(Table table) {
        return Identifiers.fold(table.getNameIdentifier());
    }

    /** The schema the table lands in; null for the connection's current schema. */
    String schemaOf(Table table) {
        if (table.getCatalog() != null) {
            throw new ScanException(TableOwners.describe(metadata, table) + " names catalog " + table.getCatalog()
                    + ": PostgreSQL has no catalogs beside the connected database, and Retort does not support"
                    + " them; remove catalog (use schema for a schema)");
        }
        return schemaOf(table.getSchemaIdentifier());
    }

    /** {@code schema.table} or the bare name, for messages. */
    String displayName(Table table) {
        String schema = schemaOf(table);
        return schema == null ? tableName(table) : schema + "." + tableName(table);
    }

    /** The schema objects of {@code namespace} land in; null for the connection's current schema. */
    String schemaOf(Namespace namespace) {
        return schemaOf(namespace.getPhysicalName().schema());
    }

    private String schemaOf(Identifier schema) {
        String folded = schema == null ? defaultSchema : Identifiers.fold(schema);
        if (folded != null && (folded.startsWith("pg_") || folded.equals("information_schema"))) {
            throw new ScanException("schema " + folded + " is a PostgreSQL system schema; map the entities to a"
                    + " schema of the application's own");
        }
        return folded;
    }
}
