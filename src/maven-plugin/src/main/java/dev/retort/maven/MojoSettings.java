package dev.retort.maven;

import dev.retort.config.Settings;
import dev.retort.config.SettingsLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings of a goal, in four layers, first one wins: the POM's {@code <configuration>} (or {@code -Dretort.*}),
 * the environment ({@code RETORT_URL}, {@code DATABASE_URL}, {@code RETORT_*}), {@code retort.properties} in the
 * project folder, Retort's defaults: the order of the command line, with the POM in the place of the flags.
 * <p>
 * The entities are the project's compiled classes: {@code entities.classes} is the build's output folder unless
 * the POM's {@code <entities>} or the file names others, and {@code entities.classpath} is the project's compile
 * class path (after what the POM or the file lists), so that Retort's own Hibernate, in the plugin's class realm,
 * reads them. {@code entities.sources} is not used: Maven compiles the entities. Local state (compile cache, the
 * embedded database) is kept in {@code stateDir}, under {@code target/}.
 *
 * @param basedir    the project folder
 * @param pom        the POM's settings by {@code retort.properties} key ({@code url}, {@code migrations.dir}, ...,
 *                   and {@code config}); null values are not set
 * @param pomEntities the POM's {@code <entities>}: {@code entities.*} keys without the prefix
 * @param classes    the build's output folder ({@code target/classes})
 * @param classpath  the project's compile class path; {@code classes} in it is left out
 * @param stateDir   where Retort keeps local state
 */
record MojoSettings(Path basedir, Map<String, String> pom, Map<String, String> pomEntities, Path classes,
                    List<Path> classpath, Path stateDir) {

    Settings resolve(Map<String, String> env) {
        Settings loaded = SettingsLoader.load(basedir, pom, env);
        Map<String, String> entities = new TreeMap<>(loaded.entities());
        entities.putAll(pomEntities);
        entities.remove("sources");
        entities.putIfAbsent("classes", classes.toString());
        List<String> path = new ArrayList<>();
        if (entities.containsKey("classpath")) {
            path.add(entities.get("classpath"));
        }
        for (Path p : classpath) {
            if (!p.normalize().equals(classes.normalize()) && Files.exists(p)) {
                path.add(p.toString());
            }
        }
        if (!path.isEmpty()) {
            entities.put("classpath", String.join(",", path));
        }
        return loaded.withEntities(entities).withStateDir(stateDir);
    }

}
