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

import java.util.Objects;

/**
 * What every reader needs: the metamodel, its dialect, and the SQL generation context of Hibernate's create
 * script, which puts unqualified names in the default schema ({@code hibernate.default_schema}). Objects of the
 * default schema get bare model names, objects of other schemas {@code schema.name}.
 */
record ReadContext(Metadata metadata, Dialect dialect, SqlStringGenerationContext sql, String defaultSchema) {

    static ReadContext of(Metadata metadata) {
        Database database = metadata.getDatabase();
        SqlStringGenerationContext sql = SqlStringGenerationContextImpl.fromConfigurationMap(
                database.getJdbcEnvironment(), database,
                database.getServiceRegistry().requireService(ConfigurationService.class).getSettings());
        return new ReadContext(metadata, database.getDialect(), sql, Identifiers.fold(sql.getDefaultSchema()));
    }

    /** The table's model name: bare in the default schema, {@code schema.table} elsewhere. */
    String tableName(Table table) {
        return qualify(table.getSchemaIdentifier(), Identifiers.fold(table.getNameIdentifier()));
    }

    /** The model name of an object named {@code name} in {@code namespace}. */
    String qualify(Namespace namespace, String name) {
        return qualify(namespace.getPhysicalName().schema(), name);
    }

    /** The schema objects of {@code namespace} land in; null for the connection's current schema. */
    String schemaOf(Namespace namespace) {
        Identifier schema = namespace.getPhysicalName().schema();
        return schema == null ? defaultSchema : Identifiers.fold(schema);
    }

    private String qualify(Identifier schemaIdentifier, String name) {
        String schema = schemaIdentifier == null ? defaultSchema : Identifiers.fold(schemaIdentifier);
        return Objects.equals(schema, defaultSchema) ? name : schema + "." + name;
    }
}
