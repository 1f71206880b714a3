package dev.retort.dialect.postgres;

import dev.retort.model.Sequence;

import static dev.retort.dialect.postgres.PgSql.id;

/** Sequence statements; sequence and table names come in SQL already ({@link PgSql#relation}). */
final class PgSequenceSql {
    private PgSequenceSql() {
    }

    static String create(String relation, Sequence sequence) {
        return "CREATE SEQUENCE " + relation + " START WITH " + sequence.start() + " INCREMENT BY "
                + sequence.increment();
    }

    /**
     * The sequence a column will own, created before the column: {@code AS integer} or {@code AS smallint} for
     * such a column, as {@code serial} and {@code smallserial} make it.
     */
    static String createOwned(String relation, Sequence sequence, dev.retort.model.SqlType columnType) {
        String as = switch (columnType.arrayDimensions() == 0 ? columnType.name() : "") {
            case "integer", "int4", "int" -> " AS integer";
            case "smallint", "int2" -> " AS smallint";
            default -> "";
        };
        return "CREATE SEQUENCE " + relation + as + " START WITH " + sequence.start() + " INCREMENT BY "
                + sequence.increment();
    }

    /** {@code ALTER SEQUENCE s OWNED BY t.c}: PostgreSQL then drops it with the column. */
    static String ownedBy(String sequence, String table, String column) {
        return "ALTER SEQUENCE " + sequence + " OWNED BY " + table + "." + id(column);
    }

    static String drop(String relation) {
        return "DROP SEQUENCE " + relation;
    }

    /** {@code ALTER SEQUENCE s INCREMENT BY n START WITH m}: the recorded start only, no RESTART. */
    static String alter(String relation, Sequence to) {
        return "ALTER SEQUENCE " + relation + " INCREMENT BY " + to.increment() + " START WITH " + to.start();
    }
}
