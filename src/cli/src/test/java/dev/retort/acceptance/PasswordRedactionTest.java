package dev.retort.acceptance;

import dev.retort.runtime.lock.MigrationLock;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A password changes nothing in what Retort prints except the password's own place in a URL, which shows
 * {@code ***}. The server runs with trust authentication, so a password given to it is accepted and
 * ignored: the same command with and without a password must print the same text. Passwords are picked
 * to break text search (one letter, equal to the user or the database name) and URL parsing
 * ({@code / @ : % ? #}).
 */
class PasswordRedactionTest {
    private static final List<String> HOSTILE = List.of("ab/cd+ef==", "p@ss@word", "a:b:c", "100%sure", "wh?t", "h#sh",
            "a", "s", "e", "postgres");

    @Test
    void connectionFailureAndMalformedUrlShowThePasswordFieldOnly() {
        try (CliProject p = new CliProject("pwredact")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(), "", ""));
            List<String> pws = new ArrayList<>(HOSTILE);
            pws.add("bob");
            pws.add("shop");
            for (String pw : pws) {
                // connection refused: the URL without the password, as with no password at all
                same(p, new String[]{"upgrade", "--url", "postgresql://bob@127.0.0.1:1/shop"},
                        new String[]{"upgrade", "--url", "postgresql://bob:" + pw + "@127.0.0.1:1/shop"}, pw);
                same(p, new String[]{"upgrade", "--url", "postgresql://bob@127.0.0.1:1/shop"},
                        new String[]{"upgrade", "--url", "postgresql://bob:" + enc(pw) + "@127.0.0.1:1/shop"}, pw);
                same(p, new String[]{"current", "--url", "jdbc:postgresql://127.0.0.1:1/shop?user=bob"},
                        new String[]{"current", "--url", "jdbc:postgresql://127.0.0.1:1/shop?user=bob&password=" + enc(pw)}, pw);
                same(p, new String[]{"current", "--url", "jdbc:postgresql://127.0.0.1:1/shop?user=bob"},
                        new String[]{"current", "--url", "jdbc:postgresql://127.0.0.1:1/shop?user=bob", "--password", pw}, pw);
                // malformed: the URL is shown with *** in the password's place and nowhere else
                same(p, new String[]{"upgrade", "--url", "postgresql://bob:***@127.0.0.1:notaport/shop"},
                        new String[]{"upgrade", "--url", "postgresql://bob:" + pw + "@127.0.0.1:notaport/shop"}, pw);
                same(p, new String[]{"upgrade", "--url", "jdbc:postgresql://127.0.0.1:notaport/shop?user=bob&password=***"},
                        new String[]{"upgrade", "--url", "jdbc:postgresql://127.0.0.1:notaport/shop?user=bob&password=" + enc(pw)}, pw);
                CliResult shown = p.run("upgrade", "--url", "postgresql://bob:" + pw + "@127.0.0.1:notaport/shop");
                assertTrue(shown.err().contains("'postgresql://bob:***@127.0.0.1:notaport/shop'"), shown.toString());
            }
            CliResult r = p.run("upgrade", "--url", "postgresql://bob:bob@127.0.0.1:1/shop");
            assertTrue(r.err().contains("cannot connect to jdbc:postgresql://127.0.0.1:1/shop (user bob)"), r.toString());
        }
    }

    @Test
    void passwordEqualToUserOrDatabaseNameLeavesMessagesWhole() throws Exception {
        try (CliProject p = new CliProject("pwredact")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            String db = p.db.name();
            String plain = "postgresql://postgres@127.0.0.1:5432/" + db;
            List<String> pws = new ArrayList<>(HOSTILE);
            pws.add(db);
            try (Connection holder = p.db.connect()) {
                try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    ps.setLong(1, MigrationLock.key("public", "retort_version"));
                    ps.execute();
                }
                for (String pw : List.of("postgres", db, "e", "a/b@c")) {
                    // lock timeout on a real server, the password in the URL, the flag and the environment
                    same(p, new String[]{"upgrade", "--lock-timeout", "1s", "--url", plain},
                            new String[]{"upgrade", "--lock-timeout", "1s", "--url", "postgresql://postgres:" + pw + "@127.0.0.1:5432/" + db}, pw);
                    same(p, new String[]{"upgrade", "--lock-timeout", "1s", "--url", plain},
                            new String[]{"upgrade", "--lock-timeout", "1s", "--url", plain, "--password", pw}, pw);
                }
            }
            for (String pw : pws) {
                // a migration that runs and succeeds, then history and current
                p.env.put("RETORT_URL", plain);
                p.env.remove("RETORT_PASSWORD");
                CliResult before = p.run("history", "--verbose");
                p.env.put("RETORT_PASSWORD", pw);
                CliResult after = p.run("history", "--verbose");
                assertEquals(before.toString(), after.toString(), "RETORT_PASSWORD=" + pw);
                // offline SQL: its header and body do not change with a password
                p.env.remove("RETORT_PASSWORD");
                CliResult sql = p.run("upgrade", "--sql", "head");
                p.env.put("RETORT_PASSWORD", pw);
                CliResult sqlPw = p.run("upgrade", "--sql", "head");
                assertEquals(sql.toString(), sqlPw.toString(), "RETORT_PASSWORD=" + pw);
            }
            p.env.remove("RETORT_PASSWORD");
            p.env.put("RETORT_URL", "postgresql://postgres:" + db + "@127.0.0.1:5432/" + db);
            p.ok("upgrade");
            CliResult current = p.ok("current", "--verbose");
            assertFalse(current.all().contains("***"), current.toString());
        }
    }

    @Test
    void checkReportIsTheSameWithAPassword() {
        try (CliProject p = new CliProject("pwredact")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer");
            String db = p.db.name();
            String plain = "postgresql://postgres@127.0.0.1:5432/" + db;
            for (String pw : List.of("postgres", db, "e", "c", "a/b@c")) {
                p.env.put("RETORT_URL", plain);
                CliResult before = p.run("check");
                assertNotEquals(0, before.exitCode(), before.toString());
                p.env.put("RETORT_URL", "postgresql://postgres:" + pw + "@127.0.0.1:5432/" + db);
                CliResult after = p.run("check");
                assertEquals(before.toString(), after.toString(), "password " + pw);
            }
        }
    }

    private static void same(CliProject p, String[] without, String[] with, String pw) {
        CliResult a = p.run(without);
        CliResult b = p.run(with);
        assertNotEquals(0, b.exitCode(), b.toString());
        assertEquals(a.toString(), b.toString(), "password '" + pw + "' changed the output of " + String.join(" ", with));
        if (pw.length() > 3 && !a.all().contains(pw)) {
            assertFalse(b.all().contains(pw), b.toString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
