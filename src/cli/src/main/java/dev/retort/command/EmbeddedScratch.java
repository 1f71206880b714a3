package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.embedded.EmbeddedBinaries;
import dev.retort.embedded.EmbeddedServer;
import dev.retort.embedded.EmbeddedScratchServer;
import dev.retort.scratch.ScratchServer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The embedded scratch server for a target on another server: of the target's major version when binaries of that
 * version are bundled or in the local Maven repository ({@code .retort/pg15} for a PostgreSQL 15 target, kept
 * between commands like {@code .retort/pg}), else the bundled version ({@code .retort/pg}), with a note saying how
 * to get the right one. Servers print some expressions differently from one major version to the next, and the
 * canonical form should be the target's.
 */
final class EmbeddedScratch {
    private final Path stateDir;
    private final Duration lockTimeout;
    private final Path repository;
    private final PrintStream notes;
    private final java.util.Map<Integer, EmbeddedBinaries> chosen = new java.util.HashMap<>();

    EmbeddedScratch(Path stateDir, Duration lockTimeout, Path repository, PrintStream notes) {
        this.stateDir = stateDir;
        this.lockTimeout = lockTimeout;
        this.repository = repository;
        this.notes = notes;
    }

    /** The binaries a scratch server for a target of {@code targetMajor} runs. */
    EmbeddedBinaries binaries(int targetMajor) {
        // looked up once: the cache key and the server start ask for the same version
        return chosen.computeIfAbsent(targetMajor,
                major -> EmbeddedBinaries.forMajor(major, repository).orElseGet(EmbeddedBinaries::bundled));
    }

    /** For the canonical cache key: which server version makes the canonical form. */
    String identity(int targetMajor) {
        return "embedded " + binaries(targetMajor).version();
    }

    ScratchServer start(int targetMajor) {
        EmbeddedBinaries binaries = binaries(targetMajor);
        if (binaries.major() != targetMajor && targetMajor > 0) {
            notes.println("note: the target runs PostgreSQL " + targetMajor + "; the scratch database is on the "
                    + "embedded PostgreSQL " + binaries.version() + ", as no PostgreSQL " + targetMajor
                    + " binaries are in " + repository + "; get them with `mvn dependency:get -Dartifact="
                    + EmbeddedBinaries.coordinates("VERSION") + "` (VERSION a " + targetMajor + ".x release on Maven "
                    + "Central), or set scratch.url to a server of the target's version "
                    + "(docs/configuration.md#scratch-database)");
        }
        String name = binaries.bundledWithRetort() ? "pg" : "pg" + binaries.major();
        try {
            return new EmbeddedScratchServer(EmbeddedServer.start(stateDir, name, binaries, lockTimeout), true);
        } catch (RetortException e) {
            throw new RetortException(ErrorKind.SCRATCH, "scratch database: " + e.getMessage()
                    + "; or set scratch.url (RETORT_SCRATCH_URL) to a PostgreSQL server where Retort may create "
                    + "a database (see docs/configuration.md#scratch-database)", null, List.of(), e.object(), e);
        }
    }
}
