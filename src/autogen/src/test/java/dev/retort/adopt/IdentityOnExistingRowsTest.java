package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.ops.AlterColumnIdentity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An identity added to a column that already holds ids (assigned by the application, drawn from a sequence the
 * entities no longer use): the migration moves the identity past the largest id, so that the first insert after
 * it does not fail with a duplicate key. Each migration is rendered, compiled and run on PostgreSQL with rows.
 */
class IdentityOnExistingRowsTest {

    private static final Map<String, String> ITEM_IDENTITY = Map.of("Item.java", """
            package adopt;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "item")
            public class Item {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String name;
            }
            """);

    private static void addsIdentityAndInsertsAfterIt(Adoption a) throws Exception {
        Comparison cmp = a.compare(ITEM_IDENTITY);
        assertTrue(cmp.upgrade().stream().anyMatch(op -> op instanceof AlterColumnIdentity), cmp.upgrade().toString());
        SchemaModel before = a.live();
        Migration m = a.migration(cmp);
        a.upgrade(m);
        assertEquals(List.of(), a.compare(ITEM_IDENTITY).upgrade(), "converges");
        a.db.execute("insert into item (name) values ('drill')");
        assertEquals(List.of("hammer", "saw", "drill"), a.rows("select name from item order by id"));
        a.db.execute("delete from item where name = 'drill'");
        a.downgrade(m);
        assertEquals(before, a.live(), "the downgrade restores the column as it was");
    }

    @Test
    void anIdentityOnAssignedIdsStartsPastTheLargestId() throws Exception {
        try (Adoption a = Adoption.of("identity_assigned", """
                create table item (id bigint primary key, name varchar(100) not null);
                insert into item (id, name) values (1, 'hammer'), (7, 'saw');
                """)) {
            addsIdentityAndInsertsAfterIt(a);
        }
    }

    @Test
    void anIdentityReplacingASequenceDefaultStartsPastTheLargestId() throws Exception {
        try (Adoption a = Adoption.of("identity_nextval", """
                create sequence item_seq;
                create table item (id bigint default nextval('item_seq') primary key, name varchar(100) not null);
                insert into item (name) values ('hammer'), ('saw');
                """)) {
            addsIdentityAndInsertsAfterIt(a);
        }
    }

    @Test
    void anIdentityOnAnEmptyTableStartsAtItsStart() throws Exception {
        try (Adoption a = Adoption.of("identity_empty", """
                create table item (id bigint primary key, name varchar(100) not null);
                """)) {
            a.upgrade(a.migration(a.compare(ITEM_IDENTITY)));
            a.db.execute("insert into item (name) values ('hammer')");
            assertEquals(List.of("1"), a.rows("select id from item"));
        }
    }
}
