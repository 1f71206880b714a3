package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Whatever goes wrong, a password given by flag, environment, file or URL never reaches the output. */
class PasswordNeverShownTest {
    private static final String PW = "Sup3r-Secret-Pw";

    @Test
    void notInAnyOutput() throws Exception {
        try (CliProject p = new CliProject("password")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(), "", ""));
            String[][] runs = {
                    {"upgrade", "--url", "postgresql://bob:" + PW + "@127.0.0.1:1/db"},
                    {"upgrade", "--url", "postgresql://bob@127.0.0.1:1/db", "--password", PW},
                    {"current", "--url", "jdbc:postgresql://127.0.0.1:1/db?user=bob&password=" + PW},
                    {"upgrade", "--url", "postgresql://bob:" + PW + "@127.0.0.1:notaport/db"},
                    {"upgrade", "--url", "jdbc:postgresql://127.0.0.1:1/db?password=" + PW + "&user=bob"},
                    {"upgrade", "--url", "postgresql://bob:" + PW + "/x@127.0.0.1:1/db"},
                    {"upgrade", "--url", "postgresql://bob:" + PW + "/x@127.0.0.1:notaport/db"},
                    {"upgrade", "--url", "postgresql://bob:" + PW + "%zz@127.0.0.1:1/db"},
                    {"upgrade", "--url", "postgresql://bob:" + PW + "@127.0.0.1:1/db", "--bogus", "--password", PW},
                    {"upgrade", "--password=" + PW, "extra-argument"},
                    {"upgrade", "--password", PW, "--password", PW},
                    {"history", "--url", "postgresql://bob:" + PW + "@127.0.0.1:1/db", "-r", "nonsense::"},
            };
            for (String[] args : runs) {
                CliResult r = p.run(args);
                assertNotEquals(0, r.exitCode(), r.toString());
                assertFalse(r.all().contains(PW), String.join(" ", args) + " printed the password:\n" + r);
            }
            // wrong password on a real server: the server's message must not echo it either
            p.env.put("RETORT_URL", p.db.jdbcUrl().replace("user=postgres", "user=no_such_role"));
            p.env.put("RETORT_PASSWORD", PW);
            p.env.put("RETORT_DEBUG", "1");
            CliResult r = p.run("upgrade");
            assertNotEquals(0, r.exitCode(), r.toString());
            assertFalse(r.all().contains(PW), r.toString());
        }
    }
}
