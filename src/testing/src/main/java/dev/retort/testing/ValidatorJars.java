package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * hibernate-validator and what it needs (jakarta.validation, classmate, jboss-logging, an Expression Language
 * implementation), as jars an application has on its class path. The build copies them to
 * {@code target/validator-classpath}; they are not on the tests' own class path, so Retort sees them only
 * where a test puts them on the entities' class path.
 */
public final class ValidatorJars {
    public static final Path FOLDER = Path.of("target", "validator-classpath").toAbsolutePath();

    private ValidatorJars() {
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
            if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("hibernate-validator-"))) {
                throw new IllegalStateException("no hibernate-validator jar in " + FOLDER
                        + "; run the build's process-test-resources phase (./mvnw test does)");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER + "; run ./mvnw process-test-resources", e);
        }
    }
}
