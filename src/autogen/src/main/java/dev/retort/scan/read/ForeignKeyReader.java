package dev.retort.scan.read;

import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import dev.retort.scan.ScanException;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The foreign keys Hibernate creates for a table ({@code StandardForeignKeyExporter}): those enabled and
 * physical, under the name Hibernate gives them (explicit, or its {@code FK...} hash folded to lower case), with
 * the {@code @OnDelete} action. Hibernate writes no {@code on update} clause.
 */
final class ForeignKeyReader {
    private ForeignKeyReader() {
    }

    static List<ForeignKey> read(ReadContext context, Table table) {
        List<ForeignKey> out = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
                continue;
            }
            String name = Identifiers.fold(fk.getName());
            if (fk.getKeyDefinition() != null) {
                throw new ScanException("foreign key " + name + " of table " + context.displayName(table)
                        + " is given as SQL (foreignKeyDefinition = \"" + fk.getKeyDefinition()
                        + "\"), which Retort cannot read; map it with columns and @OnDelete instead");
            }
            List<Column> referenced = fk.isReferenceToPrimaryKey()
                    ? fk.getReferencedTable().getPrimaryKey().getColumns()
                    : fk.getReferencedColumns();
            out.add(new ForeignKey(name, KeyReader.columnNames(fk.getColumns()),
                    context.tableName(fk.getReferencedTable()), KeyReader.columnNames(referenced),
                    onDelete(fk.getOnDeleteAction()), ReferentialAction.NO_ACTION,
                    context.schemaOf(fk.getReferencedTable())));
        }
        return out;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }
}
