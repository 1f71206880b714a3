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

    static String drop(String name) {
        return "DROP SEQUENCE " + id(name);
    }

    /** {@code ALTER SEQUENCE s INCREMENT BY n START WITH m}: the recorded start only, no RESTART. */
    static String alter(String name, Sequence to) {
        return "ALTER SEQUENCE " + id(name) + " INCREMENT BY " + to.increment() + " START WITH " + to.start();
    }
}
