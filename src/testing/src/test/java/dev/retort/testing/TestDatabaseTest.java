package dev.retort.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDatabaseTest {
    @Test
    void eachTestGetsItsOwnDatabaseThatIsDroppedOnClose() {
        String name;
        try (TestDatabase db = TestDatabases.create("fixture")) {
            name = db.name();
            db.execute("create table t (id int)");
            assertEquals(List.of("t"), db.column("select table_name from information_schema.tables where table_schema = 'public'"));
        }
        try (TestDatabase other = TestDatabases.create("fixture_check")) {
            assertTrue(other.column("select datname from pg_database").stream().noneMatch(name::equals),
                    "database " + name + " should have been dropped");
        }
    }
}
