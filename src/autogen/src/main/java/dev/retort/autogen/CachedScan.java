package dev.retort.autogen;

import dev.retort.model.SchemaModel;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Scanning with a {@link ModelCache}: the scanned model of entity classes that did not change since an earlier
 * scan comes from the cache, without booting Hibernate (at a thousand entities, the boot takes seconds).
 *
 * <p>The key covers every input of a scan: the bytes and relative paths of every file of every class location
 * (the classes folders and jars of {@code entities.classes}, or the compiled entity sources; so also their
 * {@code hibernate.properties}, {@code persistence.xml}, {@code orm.xml} and naming strategy classes), the
 * request's settings (packages, persistence unit, naming strategies, database version, properties), the
 * entries of its extra class path (by file name, size and time), and the
 * build of Retort, which brings Hibernate and reads its metamodel. Nothing else reaches the scan: Hibernate is
 * booted from these settings alone, with a class loader over these locations and Retort's own classes.
 *
 * <p>When the key misses but the last scan of the same settings left its state, only the classes the changed
 * tables need are booted ({@link IncrementalScan}).
 */
public final class CachedScan {
    private static final String STATE_FORMAT = "retort-scan-state-1";

    private CachedScan() {
    }

    /** How a model was made: from the cache, by a full scan, or incrementally after booting some entities. */
    public enum How { CACHED, FULL, INCREMENTAL }

    /**
     * A scanned model and how it was made.
     *
     * @param bootedEntities how many entities Hibernate booted: all of them for a full scan (-1 when the inputs
     *                       could not be read), none for a cached one
     * @param standIns       how many more it booted as stand-ins for entities only pointed at
     *                       ({@link dev.retort.scan.boot.StandIn})
     */
    public record Scanned(SchemaModel model, How how, int bootedEntities, int standIns) {
    }

    /** The model of the entities of {@code request}, from {@code cache} or scanned now (and then cached). */
    public static SchemaModel scan(ScanRequest request, ModelCache cache) {
        return scanReporting(request, cache).model();
    }

    /** The same, telling how the model was made. */
    public static Scanned scanReporting(ScanRequest request, ModelCache cache) {
        return scanReporting(request, cache, IncrementalScan.DEFAULT_BOOT_SHARE);
    }

    /**
     * The same, with an incremental scan tried as long as it boots at most {@code bootShare} of the entities (a
     * boot of most of them saves little over a full one): 1 tries it on every change, as tests that compare it
     * with a full scan do.
     */
    public static Scanned scanReporting(ScanRequest request, ModelCache cache, double bootShare) {
        IncrementalScan.Outcome outcome = outcome(request, cache, bootShare);
        return new Scanned(outcome.model(), outcome.how(), outcome.bootedEntities(), outcome.standIns());
    }

    private static IncrementalScan.Outcome outcome(ScanRequest request, ModelCache cache, double bootShare) {
        List<Path> locations = EntityScanner.locations(request);
        ScanInputs inputs = inputs(request, locations);
        if (inputs == null) {
            return new IncrementalScan.Outcome(EntityScanner.read(request, locations).model(), null, How.FULL, -1, 0);
        }
        Optional<SchemaModel> cached = cache.get(inputs.fullKey());
        if (cached.isPresent()) {
            return new IncrementalScan.Outcome(cached.get(), null, How.CACHED, 0, 0);
        }
        EntityScanner.warmUp(request);
        String stateKey = inputs.settingsKey() == null ? null
                : ModelCache.key(STATE_FORMAT).add(inputs.settingsKey()).hex();
        IncrementalScan.Outcome outcome = Optional.ofNullable(stateKey)
                .flatMap(cache::bytes)
                .flatMap(ScanState::decode)
                .flatMap(last -> cache.get(last.modelKey())
                        .flatMap(lastModel -> IncrementalScan.after(last, lastModel, request, locations, inputs,
                                bootShare)))
                .orElseGet(() -> IncrementalScan.full(request, locations, inputs));
        // for the next scan, not this one: written while this command goes on
        cache.putLater(inputs.fullKey(), outcome.model());
        if (stateKey != null && outcome.state() != null) {
            ScanState state = outcome.state();
            cache.putBytesLater(stateKey, state::encode);
        }
        return outcome;
    }

    /**
     * The key of a scan of {@code request}, whose classes are in {@code locations}; null when a location cannot
     * be read (the scan then runs uncached and reports the problem).
     */
    static String key(ScanRequest request, List<Path> locations) {
        ScanInputs inputs = inputs(request, locations);
        return inputs == null ? null : inputs.fullKey();
    }

    private static ScanInputs inputs(ScanRequest request, List<Path> locations) {
        try {
            return ScanInputs.read(request, locations);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }
}
