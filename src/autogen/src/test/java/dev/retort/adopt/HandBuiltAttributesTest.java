package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.ops.AlterColumnType;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database built by hand with attributes Hibernate's DDL never states: deferrable keys and uniques, a MATCH FULL
 * foreign key, UNIQUE NULLS NOT DISTINCT, a collated column, operator classes. Entities that declare the same
 * objects without those attributes find no drift; a migration that drops the objects has a downgrade that
 * creates them again with every attribute, and the rows stay.
 */
class HandBuiltAttributesTest {

    private static final String SCHEMA = """
            create extension if not exists pg_trgm;
            create table hall (
                id bigint not null,
                building integer not null,
                floor integer not null,
                name varchar(100) collate "C",
                constraint hall_pkey primary key (id),
                constraint uq_hall_building_floor unique (building, floor));
            create index ix_hall_name_prefix on hall (name text_pattern_ops);
            create table seat (
                id bigint not null,
                row_no integer not null,
                seat_no integer not null,
                code varchar(20) collate "C",
                building integer,
                floor integer,
                constraint seat_pkey primary key (id) deferrable,
                constraint uq_seat_row_seat unique (row_no, seat_no) deferrable initially deferred,
                constraint uq_seat_code unique nulls not distinct (code),
                constraint fk_seat_hall foreign key (building, floor) references hall (building, floor)
                    match full on delete cascade deferrable initially deferred);
            insert into hall values (1, 1, 1, 'Main'), (2, 1, 2, 'attic');
            insert into seat values (1, 1, 1, 'A1', 1, 1), (2, 1, 2, null, 1, 1), (3, 2, 1, 'B1', null, null);
            """;

    private static final String HALL = """
            package adopt;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "hall",
                    uniqueConstraints = @UniqueConstraint(name = "uq_hall_building_floor", columnNames = {"building", "floor"})%s)
            public class Hall {
                @Id Long id;
                @Column(nullable = false) Integer building;
                @Column(nullable = false) Integer floor;
                %s
            }
            """;

    private static final String NAME = "@Column(length = 100) String name;";
    private static final String NAME_INDEX = "indexes = @Index(name = \"ix_hall_name_prefix\", columnList = \"name\")";

    private static final String SEAT = """
            package adopt;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "seat", uniqueConstraints = {
                    @UniqueConstraint(name = "uq_seat_row_seat", columnNames = {"row_no", "seat_no"}),
                    @UniqueConstraint(name = "uq_seat_code", columnNames = "code")})
            public class Seat {
                @Id Long id;
                @Column(name = "row_no", nullable = false) Integer rowNo;
                @Column(name = "seat_no", nullable = false) Integer seatNo;
                @Column(length = 20) String code;
                @ManyToOne
                @JoinColumns(value = {
                        @JoinColumn(name = "building", referencedColumnName = "building"),
                        @JoinColumn(name = "floor", referencedColumnName = "floor")},
                        foreignKey = @ForeignKey(name = "fk_seat_hall"))
                @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
                Hall hall;
            }
            """;

    /** Seat without its unique constraints and foreign key; the columns stay. */
    private static final String PLAIN_SEAT = """
            package adopt;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "seat")
            public class Seat {
                @Id Long id;
                @Column(name = "row_no", nullable = false) Integer rowNo;
                @Column(name = "seat_no", nullable = false) Integer seatNo;
                @Column(length = 20) String code;
                Integer building;
                Integer floor;
            }
            """;

    private static Map<String, String> entities(String hallName, String seat) {
        String hall = HALL.formatted(hallName.isEmpty() ? "" : ",\n        " + NAME_INDEX, hallName);
        return seat == null ? Map.of("Hall.java", hall) : Map.of("Hall.java", hall, "Seat.java", seat);
    }

    private static List<String> constraints(Adoption a, String table) {
        return a.rows("select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = '" + table + "'::regclass order by conname");
    }

    private static List<String> indexes(Adoption a, String table) {
        return a.rows("select pg_get_indexdef(indexrelid) from pg_index where indrelid = '" + table + "'::regclass"
                + " order by indexrelid::regclass::text");
    }

    private static String collation(Adoption a, String table, String column) {
        return a.rows("select coalesce(c.collname, '') from pg_attribute t left join pg_collation c on c.oid = t.attcollation"
                + " where t.attrelid = '" + table + "'::regclass and t.attname = '" + column + "'").get(0);
    }

    private static final List<String> SEAT_CONSTRAINTS = List.of(
            "fk_seat_hall FOREIGN KEY (building, floor) REFERENCES hall(building, floor) MATCH FULL ON DELETE CASCADE"
                    + " DEFERRABLE INITIALLY DEFERRED",
            "seat_pkey PRIMARY KEY (id) DEFERRABLE",
            "uq_seat_code UNIQUE NULLS NOT DISTINCT (code)",
            "uq_seat_row_seat UNIQUE (row_no, seat_no) DEFERRABLE INITIALLY DEFERRED");

    @Test
    void entitiesThatDoNotStateTheAttributesFindNoDrift() throws Exception {
        try (Adoption a = Adoption.of("attrs_no_drift", SCHEMA)) {
            assertEquals(SEAT_CONSTRAINTS, constraints(a, "seat"));
            Comparison cmp = a.compare(entities(NAME, SEAT));
            assertEquals(List.of(), cmp.upgrade(), "deferrable, MATCH FULL, NULLS NOT DISTINCT, collations and"
                    + " operator classes the entities do not state are kept");
        }
    }

    @Test
    void droppedConstraintsComeBackWithTheirAttributes() throws Exception {
        try (Adoption a = Adoption.of("attrs_constraints", SCHEMA)) {
            SchemaModel before = a.live();
            Map<String, String> plain = entities(NAME, PLAIN_SEAT);
            Comparison cmp = a.compare(plain);
            assertEquals(Set.of(DropUniqueConstraint.class, DropForeignKey.class),
                    cmp.upgrade().stream().map(Object::getClass).collect(Collectors.toSet()), cmp.upgrade().toString());
            assertEquals(3, cmp.upgrade().size(), cmp.upgrade().toString());
            Migration m = a.migration(cmp);
            String flat = a.source.replaceAll("\\n\\s*", "");
            assertTrue(flat.contains("unique(\"uq_seat_row_seat\", \"row_no\", \"seat_no\").initiallyDeferred()"),
                    a.source);
            assertTrue(flat.contains("unique(\"uq_seat_code\", \"code\").nullsNotDistinct()"), a.source);
            assertTrue(flat.contains(".onDelete(CASCADE).matchFull().initiallyDeferred()"), a.source);
            a.upgrade(m);
            assertEquals(List.of("seat_pkey PRIMARY KEY (id) DEFERRABLE"), constraints(a, "seat"));
            assertEquals(List.of(), a.compare(plain).upgrade(), "converges");
            // without the unique constraint two seats may share a code
            a.db.execute("insert into seat values (4, 3, 1, 'A1', null, null)");
            a.db.execute("delete from seat where id = 4");

            a.downgrade(m);
            assertEquals(SEAT_CONSTRAINTS, constraints(a, "seat"));
            assertEquals(before, a.live());
            assertEquals(List.of("3"), a.rows("select count(*) from seat"));
            assertEquals(List.of(), a.compare(entities(NAME, SEAT)).upgrade(), "the entities of before find no drift");
        }
    }

    @Test
    void aDroppedTableComesBackWithItsAttributes() throws Exception {
        try (Adoption a = Adoption.of("attrs_table", SCHEMA)) {
            SchemaModel before = a.live();
            Comparison cmp = a.compare(entities(NAME, null));
            assertEquals(List.of(DropForeignKey.class, DropTable.class),
                    cmp.upgrade().stream().map(Object::getClass).toList());
            Migration m = a.migration(cmp);
            a.upgrade(m);
            a.downgrade(m);
            assertEquals(SEAT_CONSTRAINTS, constraints(a, "seat"));
            assertEquals("C", collation(a, "seat", "code"));
            assertEquals(before, a.live());
        }
    }

    @Test
    void aDroppedColumnAndItsIndexesComeBackWithCollationAndOperatorClasses() throws Exception {
        String more = """
                create index ix_hall_name_trgm on hall using gin (lower(name) gin_trgm_ops);
                create unique index ux_hall_name_id on hall (name, id) nulls not distinct;
                """;
        // the column comes back empty: an index NULLS NOT DISTINCT on it alone would fail on the second row
        try (Adoption a = Adoption.of("attrs_column", SCHEMA + more)) {
            SchemaModel before = a.live();
            List<String> hallIndexes = indexes(a, "hall");
            assertTrue(hallIndexes.contains("CREATE INDEX ix_hall_name_prefix ON public.hall USING btree"
                    + " (name text_pattern_ops)"), hallIndexes.toString());
            Comparison cmp = a.compare(entities("", SEAT));
            assertEquals(Set.of(DropIndex.class, DropColumn.class),
                    cmp.upgrade().stream().map(Object::getClass).collect(Collectors.toSet()), cmp.upgrade().toString());
            Migration m = a.migration(cmp);
            a.upgrade(m);
            assertEquals(List.of("2"), a.rows("select count(*) from hall"));
            a.downgrade(m);
            assertEquals("C", collation(a, "hall", "name"));
            assertEquals(hallIndexes, indexes(a, "hall"));
            assertEquals(before, a.live());
        }
    }

    @Test
    void aCollationTheEntitiesStateIsCompared() throws Exception {
        try (Adoption a = Adoption.of("attrs_collation", SCHEMA)) {
            Map<String, String> posix = entities("@Column(columnDefinition = \"varchar(100) collate \\\"POSIX\\\"\") String name;", SEAT);
            Comparison cmp = a.compare(posix);
            assertEquals(List.of(new AlterColumnType("hall", "name", cmp.actual().table("hall").orElseThrow()
                    .column("name").orElseThrow().type(), cmp.actual().table("hall").orElseThrow().column("name")
                    .orElseThrow().type(), null, "C", "POSIX")), cmp.upgrade());
            Migration m = a.migration(cmp);
            assertTrue(a.source.contains("op.alterColumnCollation(\"hall\", \"name\", varchar(100), \"C\", \"POSIX\");"),
                    a.source);
            assertTrue(a.source.replaceAll("\\n\\s*// ", " ").contains("WARNING blocks writes: changes the collation"
                    + " of hall.name from \"C\" to \"POSIX\""), a.source);
            a.upgrade(m);
            assertEquals("POSIX", collation(a, "hall", "name"));
            assertEquals(List.of(), a.compare(posix).upgrade(), "converges");
            assertEquals(List.of("Main", "attic"), a.rows("select name from hall order by name"));
            a.downgrade(m);
            assertEquals("C", collation(a, "hall", "name"));
            assertEquals(List.of("Main", "attic"), a.rows("select name from hall order by name"));
        }
    }

    /**
     * An index autogenerate creates again (here one left invalid) keeps the operator class of the live one, though
     * the entities' index, whose spelling the migration takes, has none.
     */
    @Test
    void anIndexBuiltAgainKeepsItsOperatorClass() throws Exception {
        try (Adoption a = Adoption.of("attrs_rebuilt", SCHEMA)) {
            a.db.execute("update pg_index set indisvalid = false where indexrelid = 'ix_hall_name_prefix'::regclass");
            Comparison cmp = a.compare(entities(NAME, SEAT));
            assertEquals(List.of(DropIndex.class, dev.retort.ops.CreateIndex.class),
                    cmp.upgrade().stream().map(Object::getClass).toList(), cmp.upgrade().toString());
            Migration m = a.migration(cmp);
            assertTrue(a.source.contains("index(\"ix_hall_name_prefix\", col(\"name\").opclass(\"text_pattern_ops\"))"),
                    a.source);
            a.upgrade(m);
            assertTrue(indexes(a, "hall").contains("CREATE INDEX ix_hall_name_prefix ON public.hall USING btree"
                    + " (name text_pattern_ops)"), indexes(a, "hall").toString());
            assertEquals(List.of(), a.compare(entities(NAME, SEAT)).upgrade(), "converges");
        }
    }
}
