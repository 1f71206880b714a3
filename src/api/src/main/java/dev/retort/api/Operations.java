package dev.retort.api;

/**
 * What a migration can do. Every call records one operation; Retort turns it into SQL for the
 * database's dialect and runs it, or prints it in offline ({@code --sql}) mode. Build arguments with
 * the static factories of {@link Schema}.
 */
public interface Operations {

    // ---- schemas

    /**
     * These operations on objects of another schema than the project's own (the {@code schema} setting):
     * {@code op.inSchema("reporting").createTable("report", ...)} creates {@code "reporting"."report"}. Table,
     * sequence, index and enum type names given to the returned operations are those of {@code schema}; a
     * foreign key's referenced table stays in the project's schema unless it says otherwise
     * ({@link ForeignKeyDef#referencesInSchema}); {@code execute} and {@code jdbc} run as written. Calls on this
     * object itself stay in the project's schema.
     */
    default Operations inSchema(String schema) {
        throw new UnsupportedOperationException("these operations cannot work in schema " + schema);
    }

    /** Creates a schema; its reverse drops it. */
    default void createSchema(String name) {
        throw new UnsupportedOperationException("these operations cannot create schema " + name);
    }

    /** Drops an empty schema (no {@code CASCADE}: a schema that still holds objects fails to drop). */
    default void dropSchema(String name) {
        throw new UnsupportedOperationException("these operations cannot drop schema " + name);
    }

    // ---- tables

    void createTable(String name, TableElement... elements);

    void dropTable(String name);

    void renameTable(String name, String newName);

    void setTableComment(String table, String from, String to);

    void setTableComment(String table, String comment);

    // ---- columns

    void addColumn(String table, ColumnDef column);

    void dropColumn(String table, String column);

    void renameColumn(String table, String column, String newName);

    void alterColumnType(String table, String column, SqlType from, SqlType to);

    /** Changes the type with an explicit conversion, e.g. {@code using = "amount::numeric(12,2)"}. */
    void alterColumnType(String table, String column, SqlType from, SqlType to, String using);

    /**
     * Changes the type (with an explicit conversion, or null) and states the column's collation before and
     * after: {@code collation("C")} keeps it through the type change, {@code collation(null, "C")} changes it
     * from the type's default. Without it PostgreSQL gives the column the new type's default collation.
     */
    void alterColumnType(String table, String column, SqlType from, SqlType to, String using, Collation collation);

    /**
     * Changes the collation of a column of type {@code type} from {@code from} to {@code to}, by name; null is
     * the type's default: {@code alterColumnCollation("users", "name", varchar(100), null, "C")}.
     */
    void alterColumnCollation(String table, String column, SqlType type, String from, String to);

    /** Changes the type when the old one is not stated; such a call cannot be reversed. */
    void alterColumnType(String table, String column, SqlType to);

    void setNotNull(String table, String column);

    void dropNotNull(String table, String column);

    /** Changes the server default from {@code from} to {@code to}; null means no default. */
    void alterColumnDefault(String table, String column, String from, String to);

    /** Sets the server default when the old one is not stated; such a call cannot be reversed. */
    void setDefault(String table, String column, String expression);

    /**
     * Changes the identity; null on either side means no identity:
     * {@code alterColumnIdentity("orders", "id", identity(), identityAlways().startWith(1000))}.
     */
    void alterColumnIdentity(String table, String column, Identity from, Identity to);

    void setColumnComment(String table, String column, String from, String to);

    void setColumnComment(String table, String column, String comment);

    // ---- constraints and indexes

    void addPrimaryKey(String table, String name, String... columns);

    void dropPrimaryKey(String table, String name);

    /** Adds a primary key with attributes: {@code addPrimaryKey("t", primaryKey("t_pkey", "id").deferrable())}. */
    void addPrimaryKey(String table, TableConstraintDef.PrimaryKeyDef primaryKey);

    void addUniqueConstraint(String table, String name, String... columns);

    /**
     * Adds a unique constraint with attributes:
     * {@code addUniqueConstraint("t", unique("uq_t_code", "code").deferrable().initiallyDeferred())}.
     */
    void addUniqueConstraint(String table, TableConstraintDef.UniqueDef unique);

    void dropUniqueConstraint(String table, String name);

    void addForeignKey(String table, ForeignKeyDef foreignKey);

    void dropForeignKey(String table, String name);

    void addCheckConstraint(String table, String name, String expression);

    void dropCheckConstraint(String table, String name);

    void createIndex(String table, IndexDef index);

    /** {@code CREATE INDEX CONCURRENTLY}: the migration must be {@code @Revision(transactional = false)}. */
    void createIndexConcurrently(String table, IndexDef index);

    void dropIndex(String table, String name);

    void dropIndexConcurrently(String table, String name);

    /**
     * Renames a primary key, unique constraint, foreign key or check constraint of {@code table}. On
     * PostgreSQL the index behind a primary key or unique constraint takes the new name too.
     */
    void renameConstraint(String table, String name, String newName);

    /** Renames an index of {@code table} that no constraint owns; nothing is rebuilt. */
    void renameIndex(String table, String name, String newName);

    // ---- sequences

    void createSequence(Sequence sequence);

    void alterSequence(Sequence from, Sequence to);

    void dropSequence(String name);

    // ---- enum types (PostgreSQL)

    void createEnumType(String name, String... values);

    void dropEnumType(String name);

    void addEnumValue(String type, String value);

    void addEnumValueBefore(String type, String value, String before);

    void addEnumValueAfter(String type, String value, String after);

    /** Removes a value; PostgreSQL has no such statement, so the type is rebuilt. */
    void dropEnumValue(String type, String value);

    // ---- casts (PostgreSQL)

    /**
     * {@code CREATE CAST (source AS target) WITH INOUT AS IMPLICIT}. Hibernate creates one each way between
     * {@code varchar} and every named enum type ({@code SqlTypes.NAMED_ENUM}), so that a {@code varchar}
     * parameter binds to an enum column. Needs ownership of one of the two types.
     */
    void createImplicitCast(String source, String target);

    /** Creates {@code cast} with its method and context, e.g. {@code castWithInout("varchar", "status", Cast.Context.ASSIGNMENT)}. */
    void createCast(Cast cast);

    /** {@code DROP CAST (source AS target)}. */
    void dropCast(String source, String target);

    // ---- raw SQL and data

    /** Runs SQL as written, online and offline. */
    void execute(String sql);

    /**
     * Runs Java code on the migration's own connection, inside its transaction: data migrations such as
     * seeding rows. In offline mode it cannot run; Retort prints a comment in its place.
     */
    void jdbc(String description, JdbcWork work);

    /** True when the operations are printed as SQL ({@code --sql}) rather than executed. */
    boolean offline();
}
