package dev.retort.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the repository's sample project ({@code retort.properties}, {@code sample-entities/},
 * {@code migrations/}) as committed. A newcomer who ran the README's main command has a new, untracked
 * migration in {@code migrations/}; the copy leaves out migrations git does not track, so the tests pass
 * before and after that (outside a git checkout every file is copied).
 */
public final class SampleProject {
    private static final Path ROOT = dev.retort.testing.RepoRoot.path();

    private SampleProject() {
    }

    /** Copies the sample into {@code target}, which is created. */
    public static void copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        Files.copy(ROOT.resolve("retort.properties"), target.resolve("retort.properties"));
        copyTree(ROOT.resolve("sample-entities"), target.resolve("sample-entities"), null);
        copyTree(ROOT.resolve("migrations"), target.resolve("migrations"), trackedMigrations());
    }

    /** The migration files git tracks, or null when this is not a git checkout (then all are copied). */
    private static Set<Path> trackedMigrations() {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--", "migrations").directory(ROOT.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            Set<Path> tracked = new HashSet<>();
            for (String f : out.split("\0")) {
                if (!f.isEmpty()) {
                    tracked.add(ROOT.resolve(f).normalize());
                }
            }
            return tracked;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void copyTree(Path from, Path to, Set<Path> only) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            List<Path> all = s.toList();
            for (Path p : all) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (only == null || only.contains(p.toAbsolutePath().normalize())) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
