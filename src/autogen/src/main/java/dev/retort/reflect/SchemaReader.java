package dev.retort.reflect;

import dev.retort.model.SchemaModel;

import java.sql.Connection;

/**
 * Reads the actual schema of a live database into a {@link SchemaModel}, as the database reports it
 * (type spellings are canonical {@link dev.retort.model.SqlType}s; expressions are left as the database
 * prints them for the dialect's normalizer). Readers never close the connection they are given and
 * never change the database.
 */
public interface SchemaReader {

    /**
     * @throws ReflectException when the catalog cannot be read
     */
    SchemaModel read(Connection connection, ReflectOptions options);

    /** The default reader: a few bulk queries against {@code pg_catalog}. */
    static SchemaReader postgres() {
        return new PgCatalogReader();
    }
}
