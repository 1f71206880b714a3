package dev.retort.cli;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraphException;
import picocli.CommandLine;

/** The process exit code of a failure; the table is in {@code docs/exit-codes.md}. */
public final class ExitCodes {
    public static final int OK = 0;

    private ExitCodes() {
    }

    public static ErrorKind kind(Throwable e) {
        if (e instanceof RetortException r) {
            return r.kind();
        }
        if (e instanceof RevisionGraphException g) {
            return switch (g.kind()) {
                case DUPLICATE_ID, MISSING_PARENT, MISSING_DEPENDENCY, CYCLE, DUPLICATE_BRANCH_LABEL,
                        INVALID_BRANCH_LABEL, INVALID_REVISION_ID -> ErrorKind.REVISION_GRAPH;
                default -> ErrorKind.TARGET;
            };
        }
        if (e instanceof dev.retort.scan.ScanException || e instanceof dev.retort.scan.compile.EntityCompilationException
                || e instanceof dev.retort.normalize.DesiredSchemaRejectedException) {
            return ErrorKind.ENTITIES;
        }
        if (e instanceof CommandLine.ParameterException) {
            return ErrorKind.USAGE;
        }
        return ErrorKind.INTERNAL;
    }

    public static int of(Throwable e) {
        return kind(e).exitCode();
    }
}
