package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.UnsupportedDatabaseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresDialectTest {
    @Test
    void serviceLoaderFindsItForPostgresqlUrls() {
        Dialect d = Dialects.forUrl("jdbc:postgresql://localhost:5432/app?user=x");
        assertInstanceOf(PostgresDialect.class, d);
        assertEquals("postgresql", d.name());
        assertTrue(d.transactionalDdl());
        assertEquals("\"user\"", d.quote("user"));
        assertEquals("orders", d.quote("orders"));
    }

    @Test
    void otherUrlsAreNotAccepted() {
        var e = assertThrows(UnsupportedDatabaseException.class, () -> Dialects.forUrl("jdbc:mysql://localhost/app"));
        assertTrue(e.getMessage().contains("postgresql"), e.getMessage());
    }
}
