package dev.retort.autogen;

import dev.retort.model.Column;
import dev.retort.model.ModelCodec;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.reflect.ReflectOptions;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The scan cache and the canonical cache: an entry is used for exactly the inputs it was made from, and any
 * change of the entities (or of the server version, or of the scan settings) is a new key. Each test proves
 * that an entry is really read by poisoning it, then that a changed entity no longer reaches it.
 */
class CachesTest {
    private static final Path SHOP = Path.of("src/test/resources/entities/shop");
    private static final String PHONE_FIELD = "    private Long id;\n\n    @Column(name = \"mobile\", length = 24)\n    private String mobile;\n";

    private static Path copyOfShop(Path dir) throws IOException {
        Path target = dir.resolve("entities");
        try (Stream<Path> walk = Files.walk(SHOP)) {
            for (Path p : walk.sorted().toList()) {
                Path copy = target.resolve(SHOP.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
        return target;
    }

    /** Gives the shop's customer a phone column. */
    private static void addPhone(Path entities) throws IOException {
        Path customer = entities.resolve("shop/Customer.java");
        String source = Files.readString(customer);
        String edited = source.replaceFirst(" {4}private Long id;\n", PHONE_FIELD);
        assertNotEquals(source, edited);
        Files.writeString(customer, edited);
    }

    private static ScanRequest request(Path entities, Path dir) {
        return ScanRequest.ofSources(entities).withCacheDirectory(dir.resolve("cache/entities"));
    }

    private static List<Path> entries(ModelCache cache) throws IOException {
        ModelCache.awaitWrites(); // the files, not the cache: written on a thread of their own
        try (Stream<Path> files = Files.list(cache.directory())) {
            return files.sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static void poison(Path entry) throws IOException {
        Files.write(entry, ModelCodec.encode(SchemaModel.empty()));
    }

    private static boolean hasPhone(SchemaModel m) {
        return m.table("customers").orElseThrow().column("mobile").map(Column::name).isPresent();
    }

    @Test
    void scanCacheServesUnchangedClassesAndMissesOnAnyEdit(@TempDir Path dir) throws IOException {
        Path entities = copyOfShop(dir);
        ModelCache cache = new ModelCache(dir.resolve("cache/scan"));
        ScanRequest request = request(entities, dir);

        SchemaModel first = CachedScan.scan(request, cache);
        assertEquals(new EntityScanner().scan(request).model(), first);
        assertEquals(1, entries(cache).size());
        assertEquals(first, CachedScan.scan(request, cache));

        poison(entries(cache).get(0));
        assertEquals(SchemaModel.empty(), CachedScan.scan(request, cache), "unchanged classes are served from the cache");

        addPhone(entities);
        SchemaModel edited = CachedScan.scan(request, cache);
        assertTrue(hasPhone(edited), "an edited entity is scanned again");
        assertEquals(new EntityScanner().scan(request).model(), edited);
        assertEquals(2, entries(cache).size());
    }

    @Test
    void scanKeyCoversSettingsAndEveryFileOfTheLocations(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("shop"));
        Files.writeString(classes.resolve("shop/A.class"), "a");
        ScanRequest request = ScanRequest.ofClasses(List.of(classes), List.of("shop"));
        String key = CachedScan.key(request, List.of(classes));

        assertEquals(key, CachedScan.key(request, List.of(classes)));
        assertNotEquals(key, CachedScan.key(request.withPackages(List.of("other")), List.of(classes)));
        assertNotEquals(key, CachedScan.key(request.withPhysicalNamingStrategy("snake-case"), List.of(classes)));
        assertNotEquals(key, CachedScan.key(request.withImplicitNamingStrategy("spring"), List.of(classes)));
        assertNotEquals(key, CachedScan.key(request.withPersistenceUnit("u"), List.of(classes)));
        assertNotEquals(key, CachedScan.key(request.withDatabaseVersion(16, 0), List.of(classes)));
        assertNotEquals(key, CachedScan.key(request.withProperty("hibernate.x", "1"), List.of(classes)));
        assertEquals(CachedScan.key(request.withProperty("a", "1").withProperty("b", "2"), List.of(classes)),
                CachedScan.key(request.withProperty("b", "2").withProperty("a", "1"), List.of(classes)),
                "properties are keyed in a stable order");

        Files.writeString(classes.resolve("shop/A.class"), "b");
        String changed = CachedScan.key(request, List.of(classes));
        assertNotEquals(key, changed, "a changed class");
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/orm.xml"), "<entity-mappings/>");
        assertNotEquals(changed, CachedScan.key(request, List.of(classes)), "a new mapping file");
        assertNull(CachedScan.key(request, List.of(dir.resolve("missing"))), "a missing location is never cached");
    }

    @Test
    void canonicalCacheSkipsTheScratchSchemaUntilAnEntityChanges(@TempDir Path dir) throws Exception {
        Path entities = copyOfShop(dir);
        ModelCache cache = new ModelCache(dir.resolve("cache/canonical"));
        Autogenerator plain = Autogenerator.postgres(ReflectOptions.defaults());
        Autogenerator cached = plain.withCanonicalCache(cache);
        SchemaModel scanned = new EntityScanner().scan(request(entities, dir)).model();

        try (TestDatabase db = TestDatabases.create("canonical_cache"); Connection c = db.connect()) {
            SchemaModel canonical = plain.compare(c, scanned).desired();
            assertEquals(canonical, cached.compare(c, scanned).desired());
            // the whole model's form, and the file of its tables' forms (CanonicalForms)
            assertEquals(2, entries(cache).size());
            assertEquals(canonical, cached.compare(c, scanned).desired(), "read back from the cache");

            for (Path entry : entries(cache)) {
                poison(entry);
            }
            assertEquals(SchemaModel.empty(), cached.compare(c, scanned).desired(),
                    "an unchanged scanned model is served from the cache, without a scratch schema");

            addPhone(entities);
            SchemaModel rescanned = new EntityScanner().scan(request(entities, dir)).model();
            SchemaModel edited = cached.compare(c, rescanned).desired();
            assertTrue(hasPhone(edited), "a changed entity is canonicalized again");
            assertEquals(plain.compare(c, rescanned).desired(), edited);
            assertEquals(3, entries(cache).size());
        }
    }

    @Test
    void canonicalKeyCoversTheWholeModelAndTheServerVersion() {
        SchemaModel m = new SchemaModel(List.of(Table.of("t", List.of(Column.of("a", dev.retort.model.SqlType.of("text"))))),
                List.of(), List.of());
        SchemaModel other = new SchemaModel(List.of(Table.of("t", List.of(Column.of("a", dev.retort.model.SqlType.of("text"))
                .withComment("changed")))), List.of(), List.of());
        String key = Autogenerator.canonicalKey(m, "PostgreSQL 15.20");
        assertEquals(key, Autogenerator.canonicalKey(m, "PostgreSQL 15.20"));
        assertNotEquals(key, Autogenerator.canonicalKey(m, "PostgreSQL 15.21"));
        assertNotEquals(key, Autogenerator.canonicalKey(other, "PostgreSQL 15.20"));
    }

    @Test
    void anUnreadableEntryCountsAsMissing(@TempDir Path dir) throws IOException {
        ModelCache cache = new ModelCache(dir);
        assertTrue(cache.get("k").isEmpty());
        Files.writeString(dir.resolve("k"), "garbage");
        assertTrue(cache.get("k").isEmpty());
        cache.put("k", SchemaModel.empty());
        assertEquals(SchemaModel.empty(), cache.get("k").orElseThrow());
    }
}
