package dev.retort.scan.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PgNamingTest {

    @Test
    void shortNamesAreJoined() {
        assertEquals("orders_pkey", PgNaming.makeObjectName("orders", null, "pkey"));
        assertEquals("orders_total_check", PgNaming.makeObjectName("orders", "total", "check"));
    }

    @Test
    void theLongerNameIsShortenedFirst() {
        String table = "t".repeat(70);
        assertEquals("t".repeat(58) + "_pkey", PgNaming.makeObjectName(table, null, "pkey"));
        assertEquals("t".repeat(57) + "_c_key", PgNaming.makeObjectName("t".repeat(60), "c", "key"));
        assertEquals("t".repeat(28) + "_" + "c".repeat(28) + "_check",
                PgNaming.makeObjectName(table, "c".repeat(40), "check"));
    }

    @Test
    void multiByteCharactersAreNotSplit() {
        String name = "ä".repeat(40); // 80 bytes
        String cut = PgNaming.truncate(name);
        assertEquals("ä".repeat(31), cut);
    }

    @Test
    void indexNameAdditionJoinsColumns() {
        assertEquals("a_b_c", PgNaming.indexNameAddition(List.of("a", "b", "c")));
    }

    @Test
    void namesAreNumberedWhenTaken() {
        NamespaceNames names = new NamespaceNames();
        assertEquals("t_check", names.chooseCheck("t", null));
        assertEquals("t_check1", names.chooseCheck("t", null));
        assertEquals("t_a_check", names.chooseCheck("t", "a"));
        names.takeRelation("t_pkey");
        assertEquals("t_pkey1", names.chooseIndexConstraint("t", null, "pkey"));
    }
}
