package dev.retort.autogen;

import dev.retort.io.Trees;
import dev.retort.model.SchemaModel;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incremental scan on the edits where a table depends on classes other than its own entity: each edit is
 * scanned after the state of the entities before it, and must equal a full scan of the edited entities; the test
 * also says whether the edit could be scanned incrementally, and how many entities it booted.
 */
class IncrementalScanTest {
    private static final String HEAD = "package shop;\nimport jakarta.persistence.*;\nimport java.util.*;\n";

    /** A shop of six entities: a chain of to-one associations, a single-table hierarchy and an embeddable. */
    private static Map<String, String> shop() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Region", entity("Region", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name;"));
        s.put("Customer", entity("Customer", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name; @ManyToOne Region region; @Embedded Address address;"));
        s.put("Address", HEAD + "@Embeddable public class Address { String street; String city; }\n");
        s.put("Purchase", entity("Purchase", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " @ManyToOne Customer customer; java.math.BigDecimal total;"));
        s.put("Product", HEAD + "@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)"
                + " public class Product { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String title; }\n");
        s.put("Book", HEAD + "@Entity public class Book extends Product { String isbn; }\n");
        s.put("Note", entity("Note", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String text;"));
        return s;
    }

    /** Purchase with a column added. */
    private static String purchaseWithChannel() {
        return entity("Purchase", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " @ManyToOne Customer customer; java.math.BigDecimal total; String channel;");
    }

    /** Customer mapping the other side of Purchase.customer. */
    private static String customerWithPurchases() {
        return entity("Customer", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name; @ManyToOne Region region; @Embedded Address address;"
                + " @OneToMany(mappedBy = \"customer\") List<Purchase> purchases;");
    }

    private static String entity(String name, String body) {
        return HEAD + "@Entity public class " + name + " { " + body + " }\n";
    }

    @Test
    void aColumnAddedToOneEntityBootsItAndWhatItNames(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.put("Purchase", purchaseWithChannel());
        CachedScan.Scanned s = scanAfter(dir, shop(), edit);
        assertEquals(CachedScan.How.INCREMENTAL, s.how());
        assertEquals(1, s.bootedEntities(), "Purchase");
        assertEquals(1, s.standIns(), "Customer, only pointed at: Region, which it names, is not booted");
    }

    @Test
    void aStandInThatLacksWhatAnEditNeedsIsBootedWhole(@TempDir Path dir) throws IOException {
        // the edited Customer maps the other side of Purchase.customer: a Purchase booted as a stand-in would not
        // have that attribute, so the boot is made again without stand-ins
        Map<String, String> edit = shop();
        edit.put("Customer", customerWithPurchases());
        CachedScan.Scanned s = scanAfter(dir, shop(), edit);
        assertEquals(CachedScan.How.INCREMENTAL, s.how());
        assertEquals(0, s.standIns());
        assertEquals(3, s.bootedEntities(), "Customer, Purchase and Region");
    }

    @Test
    void theOwnerOfAMappedByIsBootedWholeAndWhatItPointsAtStandsIn(@TempDir Path dir) throws IOException {
        // Customer maps the other side of Purchase.customer, so it maps into Purchase's table and is booted whole
        // for an edit of Purchase; Region, which Customer only points at, stands in
        Map<String, String> before = shop();
        before.put("Customer", customerWithPurchases());
        Map<String, String> edit = new LinkedHashMap<>(before);
        edit.put("Purchase", purchaseWithChannel());
        CachedScan.Scanned s = scanAfter(dir, before, edit);
        assertEquals(CachedScan.How.INCREMENTAL, s.how());
        assertEquals(1, s.standIns(), "Region");
        assertEquals(2, s.bootedEntities(), "Purchase and Customer");
    }

    @Test
    void aStandInWhoseKeyDiffersFromItsEntitysIsNotUsed(@TempDir Path dir) throws IOException {
        // Region's key is a varchar(8) by its @Column: the stand-in, which maps only the column's name, would make
        // it a varchar(255), and Customer.region_code with it
        Map<String, String> before = shop();
        before.put("Region", entity("Region", "@Id @Column(name = \"code\", length = 8) String code; String name;"));
        Map<String, String> edit = new LinkedHashMap<>(before);
        edit.put("Customer", entity("Customer", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name; String email; @ManyToOne Region region; @Embedded Address address;"));
        CachedScan.Scanned s = scanAfter(dir, before, edit);
        assertEquals(CachedScan.How.INCREMENTAL, s.how());
        assertEquals(0, s.standIns());
        assertEquals(2, s.bootedEntities(), "Customer and Region");
    }

    @Test
    void aNewSubclassOfASingleTableHierarchyChangesTheRootsTable(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.put("Film", HEAD + "@Entity public class Film extends Product { Integer minutes; }\n");
        assertEquals(CachedScan.How.INCREMENTAL, scanAfter(dir, shop(), edit).how());
    }

    @Test
    void aUnidirectionalOneToManyAddsAColumnToTheTargetsTable(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.put("Region", entity("Region", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name; @OneToMany @JoinColumn(name = \"region_ref\") List<Note> notes;"));
        assertEquals(CachedScan.How.INCREMENTAL, scanAfter(dir, shop(), edit).how());
    }

    @Test
    void aChangedKeyChangesTheTablesOfTheEntitiesAssociatingWithIt(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.put("Region", entity("Region", "@Id @Column(name = \"code\", length = 8) String code; String name;"));
        assertEquals(CachedScan.How.INCREMENTAL, scanAfter(dir, shop(), edit).how());
    }

    @Test
    void anEditedEmbeddableChangesTheTablesOfTheEntitiesEmbeddingIt(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.put("Address", HEAD + "@Embeddable public class Address { String street; String city; String zip; }\n");
        assertEquals(CachedScan.How.INCREMENTAL, scanAfter(dir, shop(), edit).how());
    }

    @Test
    void aRemovedEntityTakesItsTableAlong(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.remove("Note");
        assertEquals(CachedScan.How.INCREMENTAL, scanAfter(dir, shop(), edit).how());
    }

    @Test
    void aSequenceGeneratorMakesTheScanAFullOne(@TempDir Path dir) throws IOException {
        Map<String, String> edit = shop();
        edit.put("Note", entity("Note", "@Id @SequenceGenerator(name = \"notes\", sequenceName = \"note_ids\")"
                + " @GeneratedValue(generator = \"notes\") Long id; String text;"));
        assertEquals(CachedScan.How.FULL, scanAfter(dir, shop(), edit).how());
        Map<String, String> next = new LinkedHashMap<>(edit);
        next.put("Region", entity("Region", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name; String code;"));
        assertEquals(CachedScan.How.FULL, scanAfter(dir.resolve("next"), edit, next).how(),
                "a model with sequences is always scanned in full");
    }

    /** The shop with one more source. */
    private static Map<String, String> shopWith(String name, String source) {
        Map<String, String> s = shop();
        s.put(name, source);
        return s;
    }

    /** {@code before} with Purchase's column added. */
    private static Map<String, String> purchaseEdited(Map<String, String> before) {
        Map<String, String> edit = new LinkedHashMap<>(before);
        edit.put("Purchase", purchaseWithChannel());
        return edit;
    }

    @Test
    void anAnnotatedPackageIsBootedWithTheEditedEntities(@TempDir Path dir) throws IOException {
        Map<String, String> before = shopWith("package-info", "@Deprecated\npackage shop;\n");
        assertEquals(CachedScan.How.INCREMENTAL, scanAfter(dir, before, purchaseEdited(before)).how());
    }

    @Test
    void aClassThatOnlyNamesEntityIsNoEntity(@TempDir Path dir) throws IOException {
        Map<String, String> before = shopWith("Mappings", HEAD + "public class Mappings {"
                + " static boolean mapped(Class<?> c) { return c.isAnnotationPresent(Entity.class); } }\n");
        Map<String, String> edit = purchaseEdited(before);
        edit.put("Mappings", HEAD + "public class Mappings { static boolean mapped(Class<?> c) {"
                + " return c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class); } }\n");
        CachedScan.Scanned s = scanAfter(dir, before, edit);
        assertEquals(CachedScan.How.INCREMENTAL, s.how());
        assertEquals(1, s.bootedEntities(), "Purchase only: Mappings is no entity");
    }

    @Test
    void anAnnotationTypeThatCarriesAMappingAnnotationMakesTheScanAFullOne(@TempDir Path dir) throws IOException {
        // a discovery by annotation counts the classes such a type annotates as well
        Map<String, String> before = shopWith("Audited", HEAD + "@MappedSuperclass @java.lang.annotation.Retention("
                + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Audited { }\n");
        assertEquals(CachedScan.How.FULL, scanAfter(dir, before, purchaseEdited(before)).how());
    }

    @Test
    void aChainOfEditsStaysEqualToFullScans(@TempDir Path dir) throws IOException {
        Map<String, String> one = shop();
        one.put("Book", HEAD + "@Entity public class Book extends Product { String isbn; Integer pages; }\n");
        Map<String, String> two = new LinkedHashMap<>(one);
        two.put("Customer", entity("Customer", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"
                + " String name; @ManyToOne Region region; @Embedded Address address; @ManyToMany Set<Product> wishes;"));
        Map<String, String> three = new LinkedHashMap<>(two);
        three.remove("Purchase");
        Path classes = dir.resolve("classes");
        ModelCache cache = new ModelCache(dir.resolve("cache"));
        int step = 0;
        for (Map<String, String> version : List.of(shop(), one, two, three)) {
            Path compiled = compile(dir.resolve("v" + step++), version);
            Files.createDirectories(classes);
            Trees.deleteContents(classes);
            Trees.copy(compiled, classes);
            CachedScan.Scanned s = CachedScan.scanReporting(request(classes), cache, 1);
            assertEquals(full(classes), s.model().sorted(), "step " + step + ", made " + s.how());
            assertTrue(step == 1 || s.how() == CachedScan.How.INCREMENTAL, "step " + step + " made " + s.how());
        }
    }

    /** Scans {@code before} (a full scan, leaving its state), then {@code after} in its place; asserts equality. */
    private static CachedScan.Scanned scanAfter(Path dir, Map<String, String> before, Map<String, String> after)
            throws IOException {
        Path classes = dir.resolve("classes");
        ModelCache cache = new ModelCache(dir.resolve("cache"));
        Trees.copy(compile(dir.resolve("before"), before), classes);
        CachedScan.Scanned first = CachedScan.scanReporting(request(classes), cache, 1);
        assertEquals(full(classes), first.model().sorted());
        Trees.deleteContents(classes);
        Trees.copy(compile(dir.resolve("after"), after), classes);
        CachedScan.Scanned second = CachedScan.scanReporting(request(classes), cache, 1);
        assertEquals(full(classes), second.model().sorted(), "made " + second.how() + ", booting "
                + second.bootedEntities() + " entities, not as a full scan makes it");
        return second;
    }

    private static SchemaModel full(Path classes) {
        return new EntityScanner().scan(request(classes)).model().sorted();
    }

    private static ScanRequest request(Path classes) {
        return ScanRequest.ofClasses(List.of(classes), List.of("shop"));
    }

    private static Path compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src/shop");
        Files.createDirectories(src);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Files.writeString(src.resolve(e.getKey() + ".java"), e.getValue());
        }
        return EntityScanner.locations(ScanRequest.ofSources(dir.resolve("src"))
                .withCacheDirectory(dir.resolve("compiled"))).get(0);
    }

}
