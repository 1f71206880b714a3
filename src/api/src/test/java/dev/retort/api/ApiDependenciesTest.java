package dev.retort.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dev.retort.api} is what migrations compile against and an artifact of its own with no dependency: its
 * classes may refer to the JDK's {@code java.*} and to each other, nothing else. The class files are read, so a
 * fully qualified name in code, a lambda's type or a record component counts as much as an import.
 */
class ApiDependenciesTest {
    /** A string literal that reads like a descriptor: the reader must not take it for a reference. */
    private static final String LOOKS_LIKE_A_DESCRIPTOR = "(Ldev/retort/api/Offender;)V";

    @Test
    void apiClassesReferOnlyToJavaAndToTheApi() throws Exception {
        Map<String, byte[]> classes = apiClasses();
        assertTrue(classes.keySet().containsAll(Set.of("dev/retort/api/Operations.class", "dev/retort/api/Schema.class",
                        "dev/retort/api/TableConstraintDef$PrimaryKeyDef.class", "dev/retort/api/Cast$Context.class")),
                "the API's classes are found, nested ones too: " + classes.keySet());
        Map<String, Set<String>> offenders = new TreeMap<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            Set<String> outside = new TreeSet<>();
            for (String type : ClassReferences.of(c.getValue())) {
                if (!type.startsWith("java/") && !type.startsWith("dev/retort/api/")) {
                    outside.add(type.replace('/', '.'));
                }
            }
            if (!outside.isEmpty()) {
                offenders.put(c.getKey(), outside);
            }
        }
        assertEquals(Map.of(), offenders, "API classes that refer to types outside java.* and dev.retort.api; "
                + "give the API a value type of its own and map it in dev.retort.runtime.exec.ApiModel");
    }

    @Test
    void theReaderFindsReferencesInSignaturesAndClassEntriesButNotInStrings() throws Exception {
        // a JUnit class, on the test class path of every module
        Set<String> refs = ClassReferences.of(bytes(org.junit.jupiter.api.Assertions.class));
        assertTrue(refs.contains("org/opentest4j/MultipleFailuresError"), refs.toString());
        assertTrue(refs.contains("org/apiguardian/api/API"), "an annotation's type: " + refs);
        assertTrue(refs.contains("java/util/function/Supplier"), "a type only in method signatures: " + refs);
        Set<String> own = ClassReferences.of(bytes(ApiDependenciesTest.class));
        assertTrue(own.contains("org/junit/jupiter/api/Test"), "a method annotation's type: " + own);
        assertTrue(!own.contains("dev/retort/api/Offender"), "string literals such as " + LOOKS_LIKE_A_DESCRIPTOR
                + " are not references: " + own);
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The class files of package dev.retort.api, by path, from the folder or jar that holds {@link Migration}. */
    private static Map<String, byte[]> apiClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(root)) {
            Path dir = root.resolve("dev/retort/api");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(root.toFile())) {
                for (ZipEntry e : jar.stream().toList()) {
                    String name = e.getName();
                    if (name.startsWith("dev/retort/api/") && name.endsWith(".class") && name.indexOf('/', 15) < 0) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(name, in.readAllBytes());
                        }
                    }
                }
            }
        }
        return out;
    }
}
