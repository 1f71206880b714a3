package dev.retort.runtime;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.load.LoadedMigration;
import dev.retort.runtime.load.MigrationLoader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded migrations and the revision graph they form.
 *
 * @param migrations by revision id
 * @param graph      the validated graph
 */
public record Project(Map<String, LoadedMigration> migrations, RevisionGraph graph) {

    /**
     * Loads and validates.
     *
     * @throws dev.retort.revision.RevisionGraphException when the graph is broken (cycle, missing parent, ...)
     */
    public static Project load(MigrationLoader loader) {
        List<LoadedMigration> loaded = loader.load();
        Map<String, LoadedMigration> byId = new LinkedHashMap<>();
        List<RevisionInfo> infos = loaded.stream().map(Project::info).toList();
        RevisionGraph graph = RevisionGraph.of(infos);
        for (LoadedMigration m : loaded) {
            byId.put(m.id(), m);
        }
        return new Project(Map.copyOf(byId), graph);
    }

    static RevisionInfo info(LoadedMigration m) {
        return new RevisionInfo(m.id(), m.parents(), m.branchLabels(), m.dependsOn(), m.message(), m.source());
    }

    public LoadedMigration migration(String id) {
        LoadedMigration m = migrations.get(id);
        if (m == null) {
            throw new RetortException(ErrorKind.TARGET, "no migration with revision id " + id);
        }
        return m;
    }

    public boolean isEmpty() {
        return migrations.isEmpty();
    }
}
