package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.DropTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serial columns and the sequences they own, as Flyway scripts and DBAs make them, adopted under the id
 * generators JPA offers. Each migration is rendered, compiled and run on PostgreSQL with rows in the table.
 */
class SerialAdoptionTest {

    private static String item(String generator) {
        return """
                package adopt;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "item")
                public class Item {
                    @Id
                    %s
                    Integer id;
                    @Column(nullable = false, length = 100) String name;
                }
                """.formatted(generator);
    }

    private static final String SERIAL_ITEM = """
            create table item (id serial primary key, name varchar(100) not null);
            insert into item (name) values ('hammer'), ('saw');
            """;

    @Test
    void aSerialTableUnderASequenceGeneratorOfItsOwnSequenceIsInSync() throws Exception {
        try (Adoption a = Adoption.of("serial_seqgen", SERIAL_ITEM)) {
            Comparison cmp = a.compare(Map.of("Item.java", item("""
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                    @SequenceGenerator(name = "item_gen", sequenceName = "item_id_seq", allocationSize = 1)""")));
            assertEquals(List.of(), cmp.upgrade());
            SchemaModel live = a.live();
            assertEquals(new Sequence("item_id_seq", 1, 1),
                    live.table("item").orElseThrow().column("id").orElseThrow().ownedSequence());
            assertEquals(List.of(), live.sequences(), "the owned sequence belongs to its column");
        }
    }

    @Test
    void anAllocationSizeOtherThanTheIncrementAltersTheOwnedSequenceOnly() throws Exception {
        try (Adoption a = Adoption.of("serial_alloc", SERIAL_ITEM)) {
            Map<String, String> entities = Map.of("Item.java", item("""
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                    @SequenceGenerator(name = "item_gen", sequenceName = "item_id_seq")"""));
            Comparison cmp = a.compare(entities);
            assertEquals(List.of(new AlterSequence("item_id_seq", new Sequence("item_id_seq", 1, 1),
                    new Sequence("item_id_seq", 1, 50))), cmp.upgrade());
            SchemaModel before = a.live();
            Migration m = a.migration(cmp);
            a.upgrade(m);
            assertEquals(List.of(), a.compare(entities).upgrade(), "converges");
            assertEquals(List.of("hammer", "saw"), a.rows("select name from item order by id"));
            // Hibernate's pooled optimizer and a plain INSERT both still number rows without collisions
            a.db.execute("insert into item (name) values ('drill')");
            assertEquals(List.of("52", "102"), a.rows("select id from item where name = 'drill' union all select nextval('item_id_seq')"));
            a.downgrade(m);
            assertEquals(before, a.live(), "the downgrade restores the increment");
            a.db.execute("insert into item (name) values ('file')");
            assertEquals(List.of("hammer", "saw", "drill", "file"), a.rows("select name from item order by id"));
        }
    }

    @Test
    void aBigserialUnderIdentityIsInSync() throws Exception {
        try (Adoption a = Adoption.of("bigserial_identity", """
                create table event (id bigserial primary key, kind varchar(30) not null);
                insert into event (kind) values ('start');
                """)) {
            Comparison cmp = a.compare(Map.of("Event.java", """
                    package adopt;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "event")
                    public class Event {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false, length = 30) String kind;
                    }
                    """));
            assertEquals(List.of(), cmp.upgrade());
        }
    }

    @Test
    void aSerialUnderIdentityIsInSync() throws Exception {
        try (Adoption a = Adoption.of("serial_identity", SERIAL_ITEM)) {
            assertEquals(List.of(), a.compare(Map.of("Item.java",
                    item("@GeneratedValue(strategy = GenerationType.IDENTITY)"))).upgrade());
        }
    }

    @Test
    void aSerialWhoseSequenceWasRenamedKeepsItsSequence() throws Exception {
        try (Adoption a = Adoption.of("serial_renamed", SERIAL_ITEM + "alter sequence item_id_seq rename to item_seq;")) {
            assertEquals(List.of(), a.compare(Map.of("Item.java", item("""
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                    @SequenceGenerator(name = "item_gen", sequenceName = "item_seq", allocationSize = 1)"""))).upgrade());
            assertEquals("item_seq", a.live().table("item").orElseThrow().column("id").orElseThrow().ownedSequence().name());
        }
    }

    /** A Flyway script's shape: the sequence made first, the id drawing from it by default, seed rows without ids. */
    private static final String SHARED_SEQUENCE_ITEM = """
            create sequence item_seq start with 1 increment by 5;
            create table item (id integer default nextval('item_seq') not null primary key, name varchar(100) not null);
            insert into item (name) values ('hammer'), ('saw');
            """;

    @Test
    void aDefaultDrawingFromTheEntitysOwnGeneratorSequenceIsKept() throws Exception {
        try (Adoption a = Adoption.of("nextval_seqgen", SHARED_SEQUENCE_ITEM)) {
            Map<String, String> entities = Map.of("Item.java", item("""
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                    @SequenceGenerator(name = "item_gen", sequenceName = "item_seq", allocationSize = 5)"""));
            assertEquals(List.of(), a.compare(entities).upgrade(),
                    "Hibernate draws from item_seq; the default drawing from it too keeps the seed scripts working");
        }
    }

    @Test
    void aDefaultDrawingFromTheGeneratorSequenceIsKeptWhileTheSequenceIsAltered() throws Exception {
        try (Adoption a = Adoption.of("nextval_seqgen_alter", SHARED_SEQUENCE_ITEM)) {
            Map<String, String> entities = Map.of("Item.java", item("""
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                    @SequenceGenerator(name = "item_gen", sequenceName = "item_seq", allocationSize = 10)"""));
            Comparison cmp = a.compare(entities);
            assertEquals(List.of(new AlterSequence("item_seq", new Sequence("item_seq", 1, 5),
                    new Sequence("item_seq", 1, 10))), cmp.upgrade());
            Migration m = a.migration(cmp);
            a.upgrade(m);
            assertEquals(List.of(), a.compare(entities).upgrade(), "converges");
            a.db.execute("insert into item (name) values ('drill')");
            assertEquals(List.of("hammer", "saw", "drill"), a.rows("select name from item order by id"));
            a.downgrade(m);
        }
    }

    @Test
    void aDefaultDrawingFromTheGeneratorSequenceSurvivesTheIdWidenedToBigint() throws Exception {
        try (Adoption a = Adoption.of("nextval_seqgen_widen", SHARED_SEQUENCE_ITEM)) {
            Map<String, String> entities = Map.of("Item.java", """
                    package adopt;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "item")
                    public class Item {
                        @Id
                        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                        @SequenceGenerator(name = "item_gen", sequenceName = "item_seq", allocationSize = 5)
                        Long id;
                        @Column(nullable = false, length = 100) String name;
                    }
                    """);
            Comparison cmp = a.compare(entities);
            assertEquals(1, cmp.upgrade().size(), cmp.upgrade().toString());
            assertInstanceOf(dev.retort.ops.AlterColumnType.class, cmp.upgrade().get(0));
            SchemaModel before = a.live();
            Migration m = a.migration(cmp);
            a.upgrade(m);
            assertEquals(List.of(), a.compare(entities).upgrade(), "converges");
            a.db.execute("insert into item (name) values ('drill')");
            assertEquals(List.of("hammer", "saw", "drill"), a.rows("select name from item order by id"));
            a.downgrade(m);
            assertEquals(before, a.live(), "the downgrade narrows the id back, default and all");
        }
    }

    @Test
    void aDefaultDrawingFromASequenceNoEntityUsesIsStillDropped() throws Exception {
        try (Adoption a = Adoption.of("nextval_other", SHARED_SEQUENCE_ITEM)) {
            Comparison cmp = a.compare(Map.of("Item.java", item("""
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_gen")
                    @SequenceGenerator(name = "item_gen", sequenceName = "item_id_gen", allocationSize = 5)""")));
            assertTrue(cmp.upgrade().stream().anyMatch(op -> op instanceof dev.retort.ops.AlterColumnDefault),
                    cmp.upgrade().toString());
        }
    }

    @Test
    void assignedIdsLeaveTheSerialAsItIs() throws Exception {
        try (Adoption a = Adoption.of("serial_assigned", SERIAL_ITEM)) {
            assertEquals(List.of(), a.compare(Map.of("Item.java", item(""))).upgrade());
        }
    }

    @Test
    void aDroppedSerialTableComesBackWithItsSequence() throws Exception {
        try (Adoption a = Adoption.of("serial_dropped", SERIAL_ITEM + """
                create table shelf (id serial primary key, label varchar(20));
                alter sequence shelf_id_seq increment by 5;
                """)) {
            SchemaModel before = a.live();
            Comparison cmp = a.compare(Map.of("Item.java", item("@GeneratedValue(strategy = GenerationType.IDENTITY)")));
            assertEquals(1, cmp.upgrade().size());
            assertInstanceOf(DropTable.class, cmp.upgrade().get(0));
            Migration m = a.migration(cmp);
            assertTrue(a.source.contains(".ownsSequence(sequence(\"shelf_id_seq\").incrementBy(5))"),
                    a.source);
            a.upgrade(m);
            assertEquals(List.of("0"), a.rows("select count(*) from pg_class where relname = 'shelf_id_seq'"));
            a.downgrade(m);
            assertEquals(before, a.live(), "the downgrade recreates the serial column and its sequence");
            a.db.execute("insert into shelf (label) values ('top'), ('bottom')");
            assertEquals(List.of("1", "6"), a.rows("select id from shelf order by id"));
        }
    }
}
