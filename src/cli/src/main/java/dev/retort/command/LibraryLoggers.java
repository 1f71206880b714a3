package dev.retort.command;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The java.util.logging loggers of the libraries Retort runs (Hibernate, SchemaCrawler, the PostgreSQL driver, the
 * embedded server through SLF4J), which the command line and the Maven plugin keep at WARNING: what goes wrong
 * reaches the user as Retort's own message.
 */
public final class LibraryLoggers {
    public static final List<String> NAMES = List.of("org.hibernate", "schemacrawler", "us.fatehi", "org.postgresql",
            "io.zonky");

    private LibraryLoggers() {
    }

    /** Sets each library logger to WARNING and adds it to {@code keep}: a logger nobody references forgets its level. */
    public static void atWarning(List<Logger> keep) {
        for (String name : NAMES) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            keep.add(logger);
        }
    }
}
