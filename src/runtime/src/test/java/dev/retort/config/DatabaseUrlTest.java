package dev.retort.config;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {

    @Test
    void postgresqlUriBecomesJdbcUrlWithCredentialsApart() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://app:p%40ss@db.local:5433/shop?sslmode=disable", null, null);
        assertEquals("jdbc:postgresql://db.local:5433/shop?sslmode=disable", u.jdbcUrl());
        assertEquals("app", u.user());
        assertEquals("p@ss", u.password());
    }

    @Test
    void postgresSchemeAndDefaultPort() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://app@localhost/shop", null, null);
        assertEquals("jdbc:postgresql://localhost/shop", u.jdbcUrl());
        assertEquals("app", u.user());
        assertNull(u.password());
    }

    @Test
    void jdbcUrlLosesItsPasswordParameter() {
        DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql://h:5432/db?user=u&password=secret&ssl=true", null, null);
        assertEquals("jdbc:postgresql://h:5432/db?ssl=true", u.jdbcUrl());
        assertEquals("u", u.user());
        assertEquals("secret", u.password());
        assertFalse(u.toString().contains("secret"));
        assertFalse(u.display().contains("secret"));
    }

    @Test
    void explicitCredentialsWin() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://a:b@h/db", "flag-user", "flag-pw");
        assertEquals("flag-user", u.user());
        assertEquals("flag-pw", u.password());
    }

    @Test
    void malformedUrlsAreConfigErrorsNamingTheRedactedUrl() {
        for (String bad : new String[]{"postgresql://u:topsecret@host:port/db", "postgresql://u:topsecret@/db",
                "postgresql://u:topsecret@h:5432", "mysql//u:topsecret@h", "jdbc:postgresql://h:99999999/db?password=topsecret", " "}) {
            RetortException e = assertThrows(RetortException.class, () -> DatabaseUrl.parse(bad, null, null), bad);
            assertEquals(ErrorKind.CONFIG, e.kind(), bad);
            assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
            assertTrue(e.getMessage().contains("malformed database URL"), e.getMessage());
        }
    }

    @Test
    void redaction() {
        assertEquals("postgresql://u:***@h/db", Secrets.redactUrl("postgresql://u:pw@h/db"));
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&x=1",
                Secrets.redactUrl("jdbc:postgresql://h/db?user=u&password=pw&x=1"));
        assertEquals("postgresql://u:***@h/db", Secrets.redactUrl("postgresql://u:a/b@c@h/db"));
        assertEquals("postgresql://u:***@h/db", Secrets.redactUrl("postgresql://u:wh?t#x@h/db"));
        assertEquals("jdbc:postgresql://h:5432/db?user=admin@srv&password=***",
                Secrets.redactUrl("jdbc:postgresql://h:5432/db?user=admin@srv&password=p"));
        assertEquals("mysql//u:***@h", Secrets.redactUrl("mysql//u:topsecret@h"));
        // by position only: the same letters elsewhere stay
        assertEquals("cannot parse 'postgresql://parse:***@h/parse' (user parse)",
                Secrets.redactText("cannot parse 'postgresql://parse:parse@h/parse' (user parse)"));
        assertEquals("a password=*** b", Secrets.redactText("a password=a b"));
    }

    @Test
    void passwordsWithUrlCharactersParse() {
        for (String pw : new String[]{"ab/cd+ef==", "p@ss@word", "a:b:c", "100%sure", "wh?t", "h", "x%2Fy"}) {
            DatabaseUrl u = DatabaseUrl.parse("postgresql://bob:" + pw + "@db.local:5433/shop", null, null);
            assertEquals("jdbc:postgresql://db.local:5433/shop", u.jdbcUrl(), pw);
            assertEquals("bob", u.user(), pw);
            assertEquals(pw.equals("x%2Fy") ? "x/y" : pw, u.password(), pw);
        }
    }
}
