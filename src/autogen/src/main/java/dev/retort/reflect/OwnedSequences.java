package dev.retort.reflect;

import dev.retort.model.Column;
import dev.retort.model.Sequence;
import dev.retort.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places each sequence a column owns ({@code OWNED BY}: {@code pg_depend} type {@code 'a'}, as {@code serial}
 * makes) on that column ({@link Column#ownedSequence()}), where PostgreSQL keeps it: it is dropped with the
 * column and its table. Sequences that stand alone stay in the schema's list. Both readers use it, so they
 * agree.
 */
final class OwnedSequences {
    private OwnedSequences() {
    }

    /**
     * A sequence as the catalog lists it.
     *
     * @param ownerTable  the table of the owning column, or null
     * @param ownerColumn the owning column, or null
     * @param ownerKind   {@code 'a'} (OWNED BY / serial), {@code 'i'} (identity), or {@code 0} for none
     */
    record Listed(Sequence sequence, String ownerTable, String ownerColumn, char ownerKind) {
    }

    /** The tables with owned sequences placed on their columns, and the sequences that stand alone. */
    record Placed(List<Table> tables, List<Sequence> sequences) {
    }

    /**
     * @param tables the tables read (filtered); a sequence owned by a table not among them is left out with it,
     *               and an identity column's sequence belongs to its identity
     */
    static Placed place(List<Table> tables, List<Listed> listed) {
        Map<String, Table> byName = new HashMap<>();
        for (Table t : tables) {
            byName.put(t.name(), t);
        }
        Map<String, Map<String, Sequence>> owned = new HashMap<>();
        List<Sequence> standalone = new ArrayList<>();
        for (Listed l : listed) {
            if (l.ownerKind() == 'i') {
                continue;
            }
            if (l.ownerTable() == null) {
                standalone.add(l.sequence());
                continue;
            }
            Table owner = byName.get(l.ownerTable());
            if (owner == null || l.ownerColumn() == null || owner.column(l.ownerColumn()).isEmpty()) {
                continue; // its table is left out (filtered, or the version table)
            }
            owned.computeIfAbsent(l.ownerTable(), k -> new HashMap<>()).put(l.ownerColumn(), l.sequence());
        }
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            Map<String, Sequence> mine = owned.get(t.name());
            if (mine == null) {
                out.add(t);
                continue;
            }
            List<Column> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                Sequence s = mine.get(c.name());
                columns.add(s == null ? c : c.withOwnedSequence(s));
            }
            out.add(t.withColumns(columns));
        }
        return new Placed(out, standalone);
    }
}
