package dev.retort.maven;

import dev.retort.command.LibraryLoggers;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the libraries' chatter (Hibernate's and the driver's java.util.logging, the embedded server's SLF4J at info)
 * out of the build log, as the command line does: what goes wrong reaches the user as Retort's own message. Left
 * alone with {@code mvn -X} or {@code RETORT_DEBUG}. Maven's own logging and its root handlers are not touched.
 */
final class QuietLibraries {
    private static final List<Logger> QUIETED = new ArrayList<>(); // a logger nobody references forgets its level

    private QuietLibraries() {
    }

    static synchronized void unless(boolean debug) {
        if (debug || !QUIETED.isEmpty()) {
            return;
        }
        LibraryLoggers.atWarning(QUIETED);
        // Maven's SLF4J provider reads a logger's level from these properties when the logger is made
        if (System.getProperty("org.slf4j.simpleLogger.log.io.zonky") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        }
    }
}
