package dev.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's top level (README.md, docs/, migrations/, sample-entities/, templates/, the launcher), for tests
 * of any module: the {@code retort.root} system property that the build sets, else the nearest folder above the
 * working directory that holds the Maven wrapper.
 */
public final class RepoRoot {
    private RepoRoot() {
    }

    public static Path path() {
        String set = System.getProperty("retort.root");
        if (set != null && !set.isBlank()) {
            return Path.of(set).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("src"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath()
                + ": set -Dretort.root");
    }

    public static Path resolve(String first, String... more) {
        return path().resolve(Path.of(first, more));
    }
}
