package dev.retort.reflect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFilterTest {

    @Test
    void acceptsEverythingWithoutPatterns() {
        assertTrue(TableFilter.all().accepts("anything"));
        assertTrue(TableFilter.of(null, null).accepts("x"));
    }

    @Test
    void excludePatternsAreGlobs() {
        TableFilter filter = TableFilter.of(List.of(), List.of("spring_session*", "shedlock", "tmp_?"));
        assertFalse(filter.accepts("spring_session"));
        assertFalse(filter.accepts("spring_session_attributes"));
        assertFalse(filter.accepts("shedlock"));
        assertFalse(filter.accepts("tmp_1"));
        assertTrue(filter.accepts("tmp_12"), "? is exactly one character");
        assertTrue(filter.accepts("shedlocks"), "a pattern matches the whole name");
        assertTrue(filter.accepts("my_spring_session"));
        assertTrue(filter.accepts("customer"));
    }

    @Test
    void includePatternsRestrictAndExcludesStillApply() {
        TableFilter filter = TableFilter.of(List.of("app_*", "Order*"), List.of("app_tmp*"));
        assertTrue(filter.accepts("app_user"));
        assertTrue(filter.accepts("OrderLine"));
        assertFalse(filter.accepts("orderline"), "names are case-sensitive, as PostgreSQL stores them");
        assertFalse(filter.accepts("app_tmp_1"));
        assertFalse(filter.accepts("customer"));
    }

    @Test
    void regexCharactersMatchThemselves() {
        TableFilter filter = TableFilter.of(List.of(), List.of("a.b", "x+(y)*"));
        assertFalse(filter.accepts("a.b"));
        assertTrue(filter.accepts("axb"));
        assertFalse(filter.accepts("x+(y)"));
        assertFalse(filter.accepts("x+(y)_old"));
        assertTrue(filter.accepts("xx(y)"));
    }

    @Test
    void exactNamesAreNotPatterns() {
        TableFilter filter = TableFilter.all().excludingName("version*");
        assertFalse(filter.accepts("version*"));
        assertTrue(filter.accepts("versions"));
    }

    @Test
    void reflectOptionsLeaveOutTheVersionTable() {
        ReflectOptions options = ReflectOptions.defaults().excluding("shedlock");
        assertFalse(options.tableFilter().accepts("retort_version"));
        assertFalse(options.tableFilter().accepts("shedlock"));
        assertTrue(options.tableFilter().accepts("retort_versions"));
        assertFalse(options.withVersionTable("alembic_version").tableFilter().accepts("alembic_version"));
        assertTrue(options.withVersionTable("alembic_version").tableFilter().accepts("retort_version"));
    }

    /** A database adopted from another tool keeps that tool's history: autogenerate never drops it. */
    @Test
    void otherMigrationToolsVersionTablesAreLeftOut() {
        for (String table : List.of("flyway_schema_history", "databasechangelog", "databasechangeloglock",
                "alembic_version")) {
            assertFalse(ReflectOptions.defaults().tableFilter().accepts(table), table);
        }
        assertTrue(ReflectOptions.defaults().tableFilter().accepts("flyway_schema_history_archive"));
    }

    @Test
    void rejectsEmptyPatternsAndNames() {
        assertThrows(IllegalArgumentException.class, () -> TableFilter.of(List.of(""), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ReflectOptions.defaults().withSchema(" "));
        assertThrows(IllegalArgumentException.class, () -> ReflectOptions.defaults().excluding(""));
    }
}
