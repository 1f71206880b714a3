package dev.retort.scan.boot;

import dev.retort.scan.ScanRequest;
import dev.retort.scan.read.MetadataReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WarmUpTest {
    @Test
    void theWarmUpBootsItsOwnEntitiesAndAStandInWhateverTheRequestScans() {
        // a request for classes that are not there: the warm-up boots none of them
        ScanRequest request = ScanRequest.ofClasses(List.of(Path.of("no-such-folder")), List.of("shop"));
        AtomicReference<List<String>> tables = new AtomicReference<>();
        HibernateBoot.warmUp(request, booted -> tables.set(MetadataReader.read(booted.metadata()).model().tables()
                .stream().map(t -> t.name()).sorted().toList()));
        assertEquals(List.of("retort_warm_up_customer", "retort_warm_up_order", "retort_warm_up_stand_in"),
                tables.get());
    }
}
