package dev.retort.dialect.postgres;

import dev.retort.model.CheckConstraint;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgConstraintOpsTest {
    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_constraint_ops");
        db.execute("""
                CREATE TABLE "Region" (code integer NOT NULL, id integer NOT NULL, name text,
                                       CONSTRAINT "PK_Region" PRIMARY KEY (code, id));
                CREATE TABLE "order" (id integer NOT NULL, region_code integer, region_id integer, total integer,
                                      CONSTRAINT uq_order_total UNIQUE (total), CONSTRAINT ck_total CHECK (total > 0));
                INSERT INTO "Region" VALUES (1, 1, 'north');
                INSERT INTO "order" VALUES (10, 1, 1, 5);
                """);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addAndDropPrimaryKey() {
        assertRoundTrip(db, new AddPrimaryKey("order", new PrimaryKey("pk_order", List.of("id"))),
                d -> assertEquals(List.of("ck_total CHECK ((total > 0))", "pk_order PRIMARY KEY (id)",
                        "uq_order_total UNIQUE (total)"), Catalog.constraintDefs(d, "order")));
        assertRoundTrip(db, new DropPrimaryKey("Region", "PK_Region", new PrimaryKey("PK_Region", List.of("code", "id"))),
                d -> assertEquals(List.of(), Catalog.constraintDefs(d, "Region")));
    }

    @Test
    void addAndDropUniqueConstraint() {
        assertRoundTrip(db, new AddUniqueConstraint("order", new UniqueConstraint("Uq_Order_Region",
                        List.of("region_code", "region_id"))),
                d -> assertTrue(Catalog.constraintDefs(d, "order").contains(
                        "Uq_Order_Region UNIQUE (region_code, region_id)"), Catalog.constraintDefs(d, "order").toString()));
        assertRoundTrip(db, new DropUniqueConstraint("order", "uq_order_total",
                        new UniqueConstraint("uq_order_total", List.of("total"))),
                d -> assertEquals(List.of("ck_total CHECK ((total > 0))"), Catalog.constraintDefs(d, "order")));
    }

    @Test
    void compositeForeignKeyWithOnDeleteCascade() {
        ForeignKey fk = new ForeignKey("fk_order_region", List.of("region_code", "region_id"), "Region",
                List.of("code", "id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
        assertRoundTrip(db, new AddForeignKey("order", fk), d -> {
            assertTrue(Catalog.constraintDefs(d, "order").contains("fk_order_region FOREIGN KEY (region_code, region_id)"
                    + " REFERENCES \"Region\"(code, id) ON DELETE CASCADE"), Catalog.constraintDefs(d, "order").toString());
            assertEquals("c a", Catalog.single(d, "SELECT confdeltype::text || ' ' || confupdtype::text FROM pg_constraint"
                    + " WHERE conname = 'fk_order_region'"));
            d.execute("DELETE FROM \"Region\"");
            assertEquals("0", Catalog.single(d, "SELECT count(*) FROM \"order\""));
        });
    }

    @Test
    void dropForeignKeyIsUndoneByItsRecordedDefinition() {
        db.execute("ALTER TABLE \"order\" ADD CONSTRAINT fk FOREIGN KEY (region_code, region_id)"
                + " REFERENCES \"Region\" (code, id) ON UPDATE SET NULL ON DELETE RESTRICT");
        ForeignKey fk = new ForeignKey("fk", List.of("region_code", "region_id"), "Region", List.of("code", "id"),
                ReferentialAction.RESTRICT, ReferentialAction.SET_NULL);
        assertRoundTrip(db, new DropForeignKey("order", "fk", fk),
                d -> assertEquals(2, Catalog.constraintDefs(d, "order").size()));
    }

    @Test
    void addAndDropCheckConstraint() {
        assertRoundTrip(db, new AddCheckConstraint("order", new CheckConstraint("Ck_Id", "id < 1000")), d -> {
            assertTrue(Catalog.constraintDefs(d, "order").contains("Ck_Id CHECK ((id < 1000))"));
            assertThrows(IllegalStateException.class, () -> d.execute("INSERT INTO \"order\" (id) VALUES (5000)"));
        });
        assertRoundTrip(db, new DropCheckConstraint("order", "ck_total", new CheckConstraint("ck_total", "(total > 0)")),
                d -> assertEquals(List.of("uq_order_total UNIQUE (total)"), Catalog.constraintDefs(d, "order")));
    }
}
