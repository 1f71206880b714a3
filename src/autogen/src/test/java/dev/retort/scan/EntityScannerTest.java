package dev.retort.scan;

import dev.retort.scan.boot.BootedEntities;
import dev.retort.scan.compile.EntityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled-classes path of the scanner: directories, jars, package filters, class loading. */
class EntityScannerTest {

    private static Path compiledShop() {
        return EntityCompiler.compile(EntitySets.ROOT.resolve("shop"), EntitySets.CACHE);
    }

    @Test
    void compiledClassesScanLikeTheirSources() {
        ScanResult fromClasses = new EntityScanner().scan(ScanRequest.ofClasses(List.of(compiledShop()),
                List.of("shop")));
        ScanResult fromSources = EntitySets.scan("shop");
        assertEquals(fromSources.entityClasses(), fromClasses.entityClasses());
        assertEquals(fromSources.model().sorted(), fromClasses.model().sorted());
    }

    @Test
    void aPackageWithoutEntitiesIsAnError() {
        ScanException e = assertThrows(ScanException.class, () -> new EntityScanner().scan(
                ScanRequest.ofClasses(List.of(compiledShop()), List.of("billing"))));
        assertTrue(e.getMessage().contains("no @Entity classes in packages [billing]"), e.getMessage());
    }

    @Test
    void scansAJar(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("shop-entities.jar");
        Path classes = compiledShop();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        ScanResult result = new EntityScanner().scan(ScanRequest.ofClasses(List.of(jar), List.of()));
        assertEquals(List.of("shop.Customer", "shop.OrderLine", "shop.PurchaseOrder", "shop.Shipment"),
                result.entityClasses());
        assertTrue(result.model().table("customers").isPresent());
    }

    @Test
    void userClassesLiveInAClassLoaderOfTheirOwn() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("shop.Customer"));
        try (BootedEntities booted = new EntityScanner().boot(EntitySets.request("shop"))) {
            ClassLoader loader = booted.metadata().getEntityBinding("shop.Customer").getMappedClass().getClassLoader();
            assertNotSame(getClass().getClassLoader(), loader);
            assertEquals("retort-entities", loader.getName());
        }
    }

    @Test
    void aRequestIsEitherClassesOrSources() {
        assertThrows(IllegalArgumentException.class, () -> new ScanRequest(List.of(Path.of("x")), List.of(),
                Path.of("y"), null, null, null, null, 15, 0, null));
        assertThrows(IllegalArgumentException.class, () -> ScanRequest.ofClasses(List.of(), List.of()));
    }
}
