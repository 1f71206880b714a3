package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.ops.MigrationOp;

import java.util.List;

/** PostgreSQL: transactional DDL, statements from {@link PgDdl}. */
public final class PostgresDialect implements Dialect {
    private static final PgDdl DDL = new PgDdl();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public boolean enumValueUsableBeforeCommit() {
        return false; // ALTER TYPE ... ADD VALUE: "New enum values must be committed before they can be used"
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public List<String> toSql(MigrationOp op) {
        return List.copyOf(op.accept(DDL));
    }

    @Override
    public String quote(String identifier) {
        return PgIdentifiers.quoteIfNeeded(identifier);
    }
}
