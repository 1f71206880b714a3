package dev.retort.spring.boot;

import dev.retort.errors.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a start-up that a {@link RetortException} stopped (a failing migration, a held lock, a checksum
 * mismatch...) with Retort's own message, which names the revision and the fix, instead of the bean-creation
 * exceptions wrapped around it.
 */
public class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        return new FailureAnalysis("Retort could not migrate the database (" + cause.kind() + "): " + cause.getMessage(),
                "Act on Retort's message above, then start the application again. "
                        + "retort.enabled=false starts it without migrating.",
                cause);
    }
}
