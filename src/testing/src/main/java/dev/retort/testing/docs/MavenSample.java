package dev.retort.testing.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Maven sample, {@code src/sample-maven}: a standalone Maven project (not a module of the reactor) with
 * retort:check bound to verify and retort-junit's migration tests. A copy holds the files git tracks there, as
 * they are in the working tree, so that what a reader's own run left behind ({@code target/}, {@code .retort/}, a
 * new migration) stays out; outside a git checkout, everything but {@code target/} and {@code .retort/}.
 */
public final class MavenSample {
    public static final String PATH = "src/sample-maven";

    private MavenSample() {
    }

    /** Copies the sample of the repository at {@code root} into {@code target}, which is created. */
    public static void copyTo(Path root, Path target) throws IOException {
        Path sample = root.resolve(PATH);
        if (!Files.isRegularFile(sample.resolve("pom.xml"))) {
            throw new IllegalStateException("no Maven sample at " + sample);
        }
        Files.createDirectories(target);
        for (Path file : files(root, sample)) {
            Path to = target.resolve(sample.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to);
        }
    }

    private static List<Path> files(Path root, Path sample) throws IOException {
        List<Path> tracked = tracked(root);
        if (tracked != null) {
            return tracked;
        }
        try (Stream<Path> s = Files.walk(sample)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String first = sample.relativize(p).getName(0).toString();
                return !first.equals("target") && !first.equals(".retort");
            }).sorted().toList();
        }
    }

    /** The sample's files git tracks (and that exist), or null when this is not a git checkout. */
    private static List<Path> tracked(Path root) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--", PATH).directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            List<Path> files = new ArrayList<>();
            for (String f : out.split("\0")) {
                Path p = root.resolve(f).normalize();
                if (!f.isEmpty() && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
            return files;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
