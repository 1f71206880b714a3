package dev.retort.ops;

import dev.retort.model.*;

/** Drops a table. {@code existing} is its full definition, or null when unknown (then the drop cannot be reversed). */
public record DropTable(String table, Table existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        // checks come back as the database printed them (CheckConstraint#asPrinted)
        return Reversal.need(existing, this, "the dropped table's definition is not known")
                .let(t -> new CreateTable(t.withChecks(t.checks().stream().map(c -> c.asPrinted()).toList())));
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
