package dev.retort.api;

import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;

import java.util.List;

/**
 * A foreign key under construction: {@code foreignKey("fk_orders_customer", "customer_id")
 * .references("customers", "id").onDelete(CASCADE)}.
 */
public record ForeignKeyDef(String name, List<String> columns, String referencedTable,
                            List<String> referencedColumns, ReferentialAction onDelete,
                            ReferentialAction onUpdate) implements TableElement {

    public ForeignKeyDef {
        columns = List.copyOf(columns);
        referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    public ForeignKeyDef references(String table, String... columns) {
        return new ForeignKeyDef(name, this.columns, table, List.of(columns), onDelete, onUpdate);
    }

    public ForeignKeyDef onDelete(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKeyDef onUpdate(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, action);
    }

    /** The finished foreign key; fails, naming it, when {@link #references} was not called. */
    public ForeignKey toForeignKey() {
        if (referencedTable == null) {
            throw new IllegalArgumentException("foreign key " + name + " lacks .references(table, columns...)");
        }
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
