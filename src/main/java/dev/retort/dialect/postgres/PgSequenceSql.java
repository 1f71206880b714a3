package dev.retort.dialect.postgres;

import dev.retort.model.Sequence;

import static dev.retort.dialect.postgres.PgSql.id;

/** Sequence statements. */
final class PgSequenceSql {
    private PgSequenceSql() {
    }

    static String create(Sequence sequence) {
        return "CREATE SEQUENCE " + id(sequence.name()) + " START WITH " + sequence.start() + " INCREMENT BY "
                + sequence.increment();
    }

    /**
     * The sequence a column will own, created before the column: {@code AS integer} or {@code AS smallint} for
     * such a column, as {@code serial} and {@code smallserial} make it.
     */
    static String createOwned(Sequence sequence, dev.retort.model.SqlType columnType) {
        String as = switch (columnType.arrayDimensions() == 0 ? columnType.name() : "") {
            case "integer", "int4", "int" -> " AS integer";
            case "smallint", "int2" -> " AS smallint";
            default -> "";
        };
        return "CREATE SEQUENCE " + id(sequence.name()) + as + " START WITH " + sequence.start() + " INCREMENT BY "
                + sequence.increment();
    }

    /** {@code ALTER SEQUENCE s OWNED BY t.c}: PostgreSQL then drops it with the column. */
    static String ownedBy(String sequence, String table, String column) {
        return "ALTER SEQUENCE " + id(sequence) + " OWNED BY " + id(table) + "." + id(column);
    }

    static String drop(String name) {
        return "DROP SEQUENCE " + id(name);
    }

    /** {@code ALTER SEQUENCE s INCREMENT BY n START WITH m}: the recorded start only, no RESTART. */
    static String alter(String name, Sequence to) {
        return "ALTER SEQUENCE " + id(name) + " INCREMENT BY " + to.increment() + " START WITH " + to.start();
    }
}
