package dev.retort.scan.read;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The indexes Hibernate creates for a table ({@code StandardIndexExporter}: {@code create [unique] index n on t
 * (a desc, b)}), keys in order with their direction; index options of the form {@code where ...} become the
 * partial-index predicate.
 */
final class IndexReader {
    private IndexReader() {
    }

    static List<Index> read(ReadContext context, Table table, NamespaceNames names) {
        List<Index> out = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            Map<Selectable, String> order = index.getSelectableOrderMap();
            List<IndexKey> keys = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                boolean descending = order.getOrDefault(selectable, "").trim().toLowerCase(Locale.ROOT)
                        .startsWith("desc");
                keys.add(selectable instanceof Column column
                        ? new IndexKey(ColumnReader.columnName(column), null, descending)
                        : new IndexKey(null, selectable.getText(context.dialect()), descending));
            }
            String name = Identifiers.fold(index.getName());
            names.takeRelation(name);
            out.add(new Index(name, keys, index.isUnique(), where(index.getOptions()), List.of(), null));
        }
        return out;
    }

    private static String where(String options) {
        if (options == null) {
            return null;
        }
        String trimmed = options.strip();
        return trimmed.toLowerCase(Locale.ROOT).startsWith("where ") ? trimmed.substring(6).strip() : null;
    }
}
