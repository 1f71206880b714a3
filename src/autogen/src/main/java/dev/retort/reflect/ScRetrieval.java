package dev.retort.reflect;

/** How {@link SchemaCrawlerReader} has SchemaCrawler load tables, columns, keys and indexes. */
public enum ScRetrieval {
    /**
     * SchemaCrawler's {@code metadata} strategy: the JDBC driver's {@code DatabaseMetaData} calls, one
     * round trip per table for columns, primary keys, foreign keys and indexes.
     */
    METADATA,
    /**
     * SchemaCrawler's {@code data_dictionary_all} strategy with Retort's own bulk SQL for the TABLES,
     * TABLE_COLUMNS, PRIMARY_KEYS, FOREIGN_KEYS and INDEXES views (the PostgreSQL plug-in ships none),
     * shaped like the JDBC driver's result sets: one query per kind for all tables.
     */
    DATA_DICTIONARY
}
