package dev.retort.scenario;

import dev.retort.autogen.CachedScan;
import dev.retort.autogen.ModelCache;
import dev.retort.io.Trees;
import dev.retort.model.SchemaModel;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The incremental scan ({@code dev.retort.autogen.IncrementalScan}) against a full scan: with the state of a scan
 * of one side's classes cached, a scan of the other side's classes in the same folder (booting only what the
 * changed tables need, when it can) must equal the full scan of that side.
 */
final class IncrementalScanCheck {
    private IncrementalScanCheck() {
    }

    /** Both ways: A, then B in A's place; B, then A. Returns how B was made after A. */
    static CachedScan.How check(ScanRequest sourcesA, ScanRequest sourcesB, SchemaModel fullA, SchemaModel fullB,
                                String name) throws IOException {
        Path classesA = EntityScanner.locations(sourcesA).get(0);
        Path classesB = EntityScanner.locations(sourcesB).get(0);
        CachedScan.How how = after(classesA, sourcesA.properties(), fullA, classesB, sourcesB.properties(), fullB,
                name + " (A, then B)");
        after(classesB, sourcesB.properties(), fullB, classesA, sourcesA.properties(), fullA, name + " (B, then A)");
        return how;
    }

    private static CachedScan.How after(Path firstClasses, Map<String, String> firstProperties, SchemaModel fullFirst,
                                        Path secondClasses, Map<String, String> secondProperties,
                                        SchemaModel fullSecond, String what) throws IOException {
        Path dir = Files.createTempDirectory("retort-incremental-scan-");
        try {
            Path classes = dir.resolve("classes");
            ModelCache cache = new ModelCache(dir.resolve("cache"));
            Trees.copy(firstClasses, classes);
            CachedScan.Scanned first = CachedScan.scanReporting(request(classes, firstProperties), cache, 1);
            assertEquals(fullFirst.sorted(), first.model().sorted(), what + ": first side");
            Trees.deleteContents(classes);
            Trees.copy(secondClasses, classes);
            CachedScan.Scanned second = CachedScan.scanReporting(request(classes, secondProperties), cache, 1);
            assertEquals(fullSecond.sorted(), second.model().sorted(), what + ": made " + second.how() + " (booting "
                    + second.bootedEntities() + " entities), not as a full scan makes it");
            return second.how();
        } finally {
            Trees.deleteQuietly(dir);
        }
    }

    private static ScanRequest request(Path classes, Map<String, String> properties) {
        return ScanRequest.ofClasses(List.of(classes), List.of()).withProperties(properties);
    }
}
