package dev.retort.runtime.load;

import java.util.List;

/** Where migrations come from: a source folder, or compiled classes on the classpath. */
public interface MigrationLoader {

    List<LoadedMigration> load();

    /** The folder or package, for messages. */
    String describe();
}
