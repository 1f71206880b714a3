package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A one-to-one column swap: the entities drop {@code fax} and add {@code twitter}, both JPA's default nullable
 * {@code varchar(255)}. Without a hint and without a terminal, autogenerate writes drop + add with a review
 * comment naming the hint; with {@code --rename customer.fax=twitter}, or a yes on a real terminal, a rename
 * that keeps the data. Upgrade and downgrade run on PostgreSQL with the rows checked.
 */
class RenameCommandTest {

    private static void customer(CliProject p, String contact) {
        Entities.customer(p, "    String " + contact + ";\n");
    }

    /** A project at head with customer.fax holding a number, and the entities now mapping twitter instead. */
    private static CliProject faxThenTwitter(String purpose) {
        CliProject p = new CliProject(purpose);
        Entities.configure(p);
        customer(p, "fax");
        p.ok("revision", "--autogenerate", "-m", "Create customer");
        p.ok("upgrade");
        p.db.execute("insert into customer (name, fax) values ('Ada', '+44 20 7946 0000')");
        customer(p, "twitter");
        return p;
    }

    private static String newest(CliProject p) throws Exception {
        List<Path> files = AutogenerateCommandTest.migrationFiles(p);
        return Files.readString(files.get(files.size() - 1)).replaceAll("\\n\\s*// ", " "); // review comments unwrapped
    }

    @Test
    void withoutAHintOrATerminalTheSwapIsADropAndAnAddWithAReview() throws Exception {
        try (CliProject p = faxThenTwitter("rename_none")) {
            CliResult r = p.ok("revision", "--autogenerate", "-m", "Twitter instead of fax");
            assertTrue(r.out().contains("! WARNING possible rename: customer.fax is dropped and customer.twitter"
                    + " (varchar(255)) added"), r.toString());
            String source = newest(p);
            assertTrue(source.contains("WARNING possible rename: customer.fax is dropped and customer.twitter"), source);
            assertTrue(source.contains("--rename customer.fax=twitter"), source);
            assertTrue(source.contains("op.dropColumn(\"customer\", \"fax\");"), source);
            assertFalse(source.contains("renameColumn"), source);
            p.ok("upgrade");
            assertEquals(List.of("null"), p.db.column("select coalesce(twitter, 'null') from customer"),
                    "the fax number did not move into twitter");
            p.ok("downgrade", "-1");
            assertEquals(List.of("id", "name", "fax"), Catalog.columns(p.db, "customer"));
        }
    }

    @Test
    void theRenameHintKeepsTheDataThroughUpgradeAndDowngrade() throws Exception {
        try (CliProject p = faxThenTwitter("rename_hint")) {
            CliResult r = p.ok("revision", "--autogenerate", "-m", "Fax became twitter", "--rename", "customer.fax=twitter");
            assertTrue(r.out().contains("detected rename column customer.fax to twitter"), r.toString());
            assertTrue(newest(p).contains("op.renameColumn(\"customer\", \"fax\", \"twitter\");"), newest(p));
            p.ok("upgrade");
            assertEquals(List.of("+44 20 7946 0000"), p.db.column("select twitter from customer"));
            assertEquals("No changes detected", p.ok("revision", "--autogenerate", "-m", "Nothing").out().strip());
            p.ok("downgrade", "-1");
            assertEquals(List.of("+44 20 7946 0000"), p.db.column("select fax from customer"));
        }
    }

    @Test
    void aHintThatMatchesNothingIsAUsageErrorAndWritesNothing() throws Exception {
        try (CliProject p = faxThenTwitter("rename_bad")) {
            CliResult r = p.run("revision", "--autogenerate", "-m", "Oops", "--rename", "customer.telex=twitter");
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().contains("--rename customer.telex=twitter: the database has no column customer.telex"), r.err());
            assertEquals(1, AutogenerateCommandTest.migrationFiles(p).size());
            assertEquals(2, p.run("revision", "-m", "Empty", "--rename", "customer.fax=twitter").exitCode());
        }
    }

    /** The question on a real pseudo-terminal ({@code script} gives the process one), answered by typing. */
    @Test
    void onATerminalTheQuestionIsAskedAndTheAnswerDecides() throws Exception {
        try (CliProject p = faxThenTwitter("rename_tty")) {
            String no = onTerminal(p, "n\n", "Not a rename");
            assertTrue(no.contains("Did you rename customer.fax to customer.twitter (varchar(255))? [y/N]"), no);
            assertTrue(newest(p).contains("op.dropColumn(\"customer\", \"fax\");"), newest(p));
            Files.delete(AutogenerateCommandTest.migrationFiles(p).get(1));

            String yes = onTerminal(p, "y\n", "Fax became twitter");
            assertTrue(yes.contains("Did you rename customer.fax to customer.twitter (varchar(255))? [y/N]"), yes);
            assertTrue(newest(p).contains("op.renameColumn(\"customer\", \"fax\", \"twitter\");"), newest(p));
            p.ok("upgrade");
            assertEquals(List.of("+44 20 7946 0000"), p.db.column("select twitter from customer"));
        }
    }

    /** Runs {@code retort revision --autogenerate -m message} in a new JVM on a pseudo-terminal fed {@code input}. */
    private static String onTerminal(CliProject p, String input, String message) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quote(java), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", quote(System.getProperty("java.class.path")), "dev.retort.cli.Main",
                "revision", "--autogenerate", "-m", quote(message));
        Path log = p.dir.resolve("tty.log");
        ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
                .directory(p.dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("RETORT_URL", p.db.jdbcUrl());
        Process process = pb.start();
        process.getOutputStream().write(input.getBytes());
        process.getOutputStream().flush();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "retort on the terminal hangs");
        String out = Files.readString(log);
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
