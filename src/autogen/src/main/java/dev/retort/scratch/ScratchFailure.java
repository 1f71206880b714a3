package dev.retort.scratch;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.util.List;

/** The errors of kind SCRATCH: each names the scratch server, the setting that chose it and the fix. */
public final class ScratchFailure {
    static final String HOW_TO_CHOOSE = "set scratch.url in retort.properties (or RETORT_SCRATCH_URL) to a "
            + "PostgreSQL server where this role may create databases, e.g. a CI service container; "
            + "see docs/configuration.md#scratch-database";

    private ScratchFailure() {
    }

    public static RetortException of(ScratchServer server, String what, Throwable cause) {
        return new RetortException(ErrorKind.SCRATCH, "scratch database unavailable on " + server.display()
                + " (" + server.setting() + "): " + what + "; " + HOW_TO_CHOOSE, null, List.of(), server.display(),
                cause);
    }
}
