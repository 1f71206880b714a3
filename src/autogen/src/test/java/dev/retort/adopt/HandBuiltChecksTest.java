package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.DropCheckConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks written by hand, changed by the entities, then downgraded: the database gets back exactly the
 * definitions it had ({@code pg_get_constraintdef}), IN lists included, and the rows stay.
 */
class HandBuiltChecksTest {

    private static final String SCHEMA = """
            create table product (
                id bigint primary key,
                price numeric(10,2) not null,
                status varchar(255) not null,
                constraint ck_product_price check (price > 0),
                constraint product_status_check check (status in ('NEW', 'SOLD')));
            insert into product values (1, 9.50, 'NEW'), (2, 20.00, 'SOLD');
            """;

    private static Map<String, String> entities(String priceCheck, String statuses) {
        return Map.of("Status.java", "package adopt;\n\npublic enum Status { " + statuses + " }\n",
                "Product.java", """
                package adopt;

                import jakarta.persistence.*;
                import org.hibernate.annotations.Check;

                @Entity
                @Table(name = "product")
                @Check(name = "ck_product_price", constraints = "%s")
                public class Product {
                    @Id Long id;
                    @Column(nullable = false, precision = 10, scale = 2) java.math.BigDecimal price;
                    @Enumerated(EnumType.STRING) @Column(nullable = false) Status status;
                }
                """.formatted(priceCheck));
    }

    private static List<String> checks(Adoption a) {
        return a.rows("select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = 'product'::regclass and contype = 'c' order by conname");
    }

    @Test
    void labelsInAnotherOrderAreNoChange() throws Exception {
        try (Adoption a = Adoption.of("checks_order", SCHEMA)) {
            assertEquals(List.of(), a.compare(entities("price > 0", "SOLD, NEW")).upgrade());
        }
    }

    @Test
    void aChangedCheckIsRestoredExactlyByTheDowngrade() throws Exception {
        try (Adoption a = Adoption.of("checks_restore", SCHEMA)) {
            List<String> before = checks(a);
            assertEquals(List.of("ck_product_price CHECK ((price > (0)::numeric))",
                    "product_status_check CHECK (((status)::text = ANY ((ARRAY['NEW'::character varying,"
                            + " 'SOLD'::character varying])::text[])))"), before);
            Map<String, String> entities = entities("price >= 0", "NEW, SOLD, RETURNED");
            Comparison cmp = a.compare(entities);
            assertEquals(4, cmp.upgrade().size(), cmp.upgrade().toString());
            assertTrue(cmp.upgrade().stream().allMatch(o -> o instanceof DropCheckConstraint || o instanceof AddCheckConstraint));
            Migration m = a.migration(cmp);
            assertTrue(a.source.contains("\"((status)::text = ANY ((ARRAY['NEW'::character varying, 'SOLD'::character varying])::text[]))\""),
                    "the downgrade states the definition as the database printed it\n" + a.source);
            a.upgrade(m);
            assertEquals(List.of(), a.compare(entities).upgrade(), "converges");
            a.db.execute("insert into product values (3, 0, 'RETURNED')");
            a.db.execute("delete from product where id = 3");
            a.downgrade(m);
            assertEquals(before, checks(a), "the downgrade restores the definitions exactly");
            assertEquals(List.of("1 NEW", "2 SOLD"), a.rows("select id || ' ' || status from product order by id"));
        }
    }
}
