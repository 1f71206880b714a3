package dev.retort.maven;

import dev.retort.testing.RepoRoot;
import dev.retort.testing.docs.DocFile;
import dev.retort.testing.docs.FileCommands;
import dev.retort.testing.docs.MavenSample;
import dev.retort.testing.docs.ShellLine;
import dev.retort.testing.docs.ShownOutput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Maven pages cannot rot: the commands of every document marked {@code <!-- docs-test: maven -->}
 * ({@link DocFile#maven()}: the Maven sample's README, docs/maven-plugin.md, docs/junit.md) run here, with the
 * conventions of the command line's {@code DocsCommandsTest} (console blocks, {@code # exit N}, shown output with
 * {@code …} wildcards), which checks that such a file holds nothing else.
 *
 * <p>Per file, in a fresh copy of the Maven sample ({@link MavenSample}), the blocks run in order:
 * <ul>
 * <li>{@code mvn ARGS}: the Maven that runs this build ({@code maven.home}), with {@code -B -ntp}, the local
 * repository the invoker installed the plugin and retort-junit into ({@code -Dmaven.repo.local}), and {@code -o}
 * when this build is offline, so that the sample resolves what this build built; standard output and error form one
 * stream. The sample configures no database: it runs on the embedded PostgreSQL, as on a reader's machine. The
 * environment is this test's without {@code RETORT_*}, {@code DATABASE_URL} and {@code MAVEN_ARGS}, and with
 * {@code JAVA_HOME} this JVM's;</li>
 * <li>{@code cat}, {@code sed -i}, {@code rm} and the {@code file} directive: {@link FileCommands}.</li>
 * </ul>
 * Failsafe runs this after the invoker's install goal. {@code -Ddocs.transcripts=target/docs-transcripts} writes what
 * each command really printed, one file per document.
 */
class MavenDocsIT {
    private static final Path ROOT = RepoRoot.path();
    private static final long TIMEOUT_MINUTES = 10;

    @TestFactory
    Stream<DynamicTest> mavenCommandsRunAndPrintAsShown() {
        List<DocFile> docs = DocFile.inRepository(ROOT).stream().map(DocFile::read).filter(DocFile::maven).toList();
        assertTrue(docs.stream().anyMatch(d -> d.file().endsWith(Path.of(MavenSample.PATH, "README.md"))),
                "the Maven sample's README is not marked <!-- docs-test: maven -->");
        for (DocFile d : docs) {
            assertTrue(d.problems().isEmpty(), String.join("\n", d.problems()));
            assertFalse(d.steps().isEmpty(), d.file() + " is marked 'maven' and has no command");
        }
        return docs.stream().map(d -> DynamicTest.dynamicTest(ROOT.relativize(d.file()).toString(), () -> runFile(d)));
    }

    /** The sample's POM names the Retort version this build makes, so that it runs what was just built. */
    @Test
    void theSampleUsesThisVersionOfRetort() throws IOException {
        String pom = Files.readString(ROOT.resolve(MavenSample.PATH).resolve("pom.xml"));
        Matcher m = Pattern.compile("<retort\\.version>([^<]+)</retort\\.version>").matcher(pom);
        assertTrue(m.find(), "src/sample-maven/pom.xml has no <retort.version> property");
        assertEquals(required("retort.version"), m.group(1), "src/sample-maven/pom.xml: <retort.version>");
    }

    private static void runFile(DocFile doc) throws Exception {
        Path project = Files.createTempDirectory("retort-maven-docs-");
        MavenSample.copyTo(ROOT, project);
        StringBuilder transcript = new StringBuilder();
        try {
            for (DocFile.Element e : doc.elements()) {
                if (e instanceof DocFile.Directive d) {
                    if (d.name().equals("file")) {
                        FileCommands.write(d, project);
                    } else if (!d.name().equals(DocFile.MAVEN)) {
                        fail(doc.file().getFileName() + ":" + d.line() + ": directive '" + d.name()
                                + "' is not run by MavenDocsIT");
                    }
                } else {
                    step(doc, (DocFile.Step) e, project, transcript);
                }
            }
            FileCommands.deleteTree(project);
        } finally {
            String dir = System.getProperty("docs.transcripts");
            if (dir != null && !dir.isBlank()) {
                Path out = ROOT.resolve(dir);
                Files.createDirectories(out);
                Files.writeString(out.resolve(doc.file().getFileName() + "-" + doc.file().getParent().getFileName()
                        + ".txt"), transcript.toString());
            }
        }
    }

    private static void step(DocFile doc, DocFile.Step step, Path project, StringBuilder transcript) throws Exception {
        ShellLine sh = step.shell();
        String output;
        int code;
        if (sh.program().equals("mvn")) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            code = mvn(sh.args(), project, buffer);
            output = buffer.toString(StandardCharsets.UTF_8);
        } else if (FileCommands.runs(sh.program())) {
            ByteArrayOutputStream terminal = new ByteArrayOutputStream();
            try (PrintStream t = new PrintStream(terminal, true, StandardCharsets.UTF_8)) {
                code = FileCommands.run(sh, project, t);
            }
            output = terminal.toString(StandardCharsets.UTF_8);
        } else {
            throw new IllegalStateException(doc.file() + ":" + step.line() + ": MavenDocsIT does not run " + sh.program());
        }
        transcript.append("$ ").append(sh.text()).append('\n').append(output)
                .append(output.isEmpty() || output.endsWith("\n") ? "" : "\n")
                .append("[exit ").append(code).append("]\n\n");
        String where = ROOT.relativize(doc.file()) + ":" + step.line() + ": $ " + sh.text()
                + "\n(project folder, kept after a failure: " + project + ")";
        assertEquals(sh.expectedExit(), code, where + "\nexit code differs; output:\n" + output);
        String mismatch = ShownOutput.firstMissing(step.shown(), output);
        if (mismatch != null) {
            fail(where + "\nshown line not in the output (in this order): " + mismatch + "\nreal output:\n" + output);
        }
    }

    /** Runs this build's Maven with {@code args} in {@code project}; its exit code. */
    private static int mvn(List<String> args, Path project, ByteArrayOutputStream output) throws Exception {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path mvn = Path.of(required("maven.home"), "bin", windows ? "mvn.cmd" : "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp",
                "-Dmaven.repo.local=" + required("docs.maven.repository")));
        if ("offline=true".equals(System.getProperty("docs.maven.offline"))) {
            command.add("-o");
        }
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        for (String name : new ArrayList<>(env.keySet())) {
            if (name.startsWith("RETORT_") || name.equals("DATABASE_URL") || name.equals("MAVEN_ARGS")) {
                env.remove(name);
            }
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        Thread reader = new Thread(() -> {
            try {
                p.getInputStream().transferTo(output);
            } catch (IOException ignored) {
                // the process ended; what was read is the output
            }
        });
        reader.start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            reader.join(10_000);
            fail("mvn " + String.join(" ", args) + " did not end within " + TIMEOUT_MINUTES + " minutes; output:\n"
                    + output.toString(StandardCharsets.UTF_8));
        }
        reader.join();
        return p.exitValue();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            fail("system property " + property + " is not set: run this test through the maven-plugin module's "
                    + "failsafe execution (mvn verify)");
        }
        return value;
    }
}
