package dev.retort.normalize;

import dev.retort.model.Column;
import dev.retort.model.Deferrable;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule for attributes the entities do not state: the live value is kept, a stated value is compared. */
class UnstatedAttributesTest {

    private static Table table(List<Column> columns, PrimaryKey pk, List<UniqueConstraint> uniques,
                               List<ForeignKey> fks, List<Index> indexes) {
        return new Table("seat", columns, pk, uniques, List.of(), fks, indexes, null);
    }

    private static final List<Column> COLUMNS = List.of(Column.of("id", SqlType.of("bigint")).withNullable(false),
            Column.of("code", SqlType.withLength("varchar", 20)), Column.of("row_no", SqlType.of("integer")),
            Column.of("hall_id", SqlType.of("bigint")));

    private static Table kept(Table desired, Table live) {
        return UnstatedAttributes.keepLive(new SchemaModel(List.of(desired), List.of(), List.of()),
                new SchemaModel(List.of(live), List.of(), List.of())).tables().get(0);
    }

    @Test
    void theLiveValuesOfUnstatedAttributesAreKept() {
        Table desired = table(COLUMNS, new PrimaryKey("seat_pkey", List.of("id")),
                List.of(new UniqueConstraint("uq_seat_code", List.of("code"))),
                List.of(new ForeignKey("fk_seat_hall", List.of("hall_id"), "hall", List.of("id"), null, null)),
                List.of(Index.on("ix_seat_code", false, "code")));
        Table live = table(List.of(COLUMNS.get(0), COLUMNS.get(1).withCollation("C"), COLUMNS.get(2), COLUMNS.get(3)),
                new PrimaryKey("seat_pkey", List.of("id"), Deferrable.INITIALLY_IMMEDIATE),
                List.of(new UniqueConstraint("uq_seat_code", List.of("code"), Deferrable.INITIALLY_DEFERRED, true)),
                List.of(new ForeignKey("fk_seat_hall", List.of("hall_id"), "hall", List.of("id"), null, null,
                        Deferrable.INITIALLY_DEFERRED, true)),
                List.of(Index.on("ix_seat_code", false, "code").withKeys(
                        List.of(IndexKey.column("code").withOpclass("text_pattern_ops").withCollation("POSIX")),
                        List.of())));
        assertEquals(live, kept(desired, live));
    }

    @Test
    void aStatedCollationIsKeptAsStated() {
        Table desired = table(List.of(COLUMNS.get(1).withCollation("POSIX")), null, List.of(), List.of(), List.of());
        Table live = table(List.of(COLUMNS.get(1).withCollation("C")), null, List.of(), List.of(), List.of());
        assertEquals("POSIX", kept(desired, live).column("code").orElseThrow().collation());
    }

    @Test
    void aChangedObjectOfTheSameNameKeepsItsAttributes() {
        Table desired = table(COLUMNS, null, List.of(new UniqueConstraint("uq_seat", List.of("code", "row_no"))),
                List.of(new ForeignKey("fk_seat_hall", List.of("hall_id"), "hall", List.of("id"),
                        ReferentialAction.CASCADE, null)), List.of());
        Table live = table(COLUMNS, null,
                List.of(new UniqueConstraint("uq_seat", List.of("code"), Deferrable.INITIALLY_DEFERRED, false)),
                List.of(new ForeignKey("fk_seat_hall", List.of("hall_id"), "hall", List.of("id"), null, null, null,
                        true)), List.of());
        Table kept = kept(desired, live);
        assertEquals(new UniqueConstraint("uq_seat", List.of("code", "row_no"), Deferrable.INITIALLY_DEFERRED, false),
                kept.uniques().get(0));
        assertEquals(true, kept.foreignKeys().get(0).matchFull());
        assertEquals(ReferentialAction.CASCADE, kept.foreignKeys().get(0).onDelete());
    }

    @Test
    void anObjectOfAnotherNameKeepsTheAttributesOfTheOnlyLiveObjectItMatches() {
        Table desired = table(COLUMNS, null, List.of(new UniqueConstraint("uk_code", List.of("code"))), List.of(),
                List.of());
        Table one = table(COLUMNS, null,
                List.of(new UniqueConstraint("seat_code_key", List.of("code"), Deferrable.INITIALLY_IMMEDIATE, false)),
                List.of(), List.of());
        assertEquals(Deferrable.INITIALLY_IMMEDIATE, kept(desired, one).uniques().get(0).deferrable());
        Table two = one.withUniques(List.of(one.uniques().get(0),
                new UniqueConstraint("seat_code_key2", List.of("code"), Deferrable.INITIALLY_DEFERRED, false)));
        assertEquals(Deferrable.NOT_DEFERRABLE, kept(desired, two).uniques().get(0).deferrable(),
                "two candidates: which one the entities mean cannot be told");
    }

    @Test
    void anIndexKeyKeepsAnOperatorClassOnlyOnTheSameColumn() {
        Table desired = table(COLUMNS, null, List.of(), List.of(), List.of(Index.on("ix_seat", false, "row_no")));
        Table live = table(COLUMNS, null, List.of(), List.of(), List.of(Index.on("ix_seat", false, "code")
                .withKeys(List.of(IndexKey.column("code").withOpclass("text_pattern_ops")), List.of())));
        assertEquals(List.of(IndexKey.column("row_no")), kept(desired, live).indexes().get(0).keys());
    }

    @Test
    void aTableOnlyOnTheDesiredSideIsAsStated() {
        Table desired = table(COLUMNS, new PrimaryKey("seat_pkey", List.of("id")), List.of(), List.of(), List.of());
        SchemaModel out = UnstatedAttributes.keepLive(new SchemaModel(List.of(desired), List.of(), List.of()),
                SchemaModel.empty());
        assertEquals(desired, out.tables().get(0));
    }
}
