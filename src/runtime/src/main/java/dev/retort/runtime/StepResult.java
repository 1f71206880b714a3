package dev.retort.runtime;

/**
 * One migration run.
 *
 * @param revision   the revision id
 * @param direction  upgrade or downgrade
 * @param message    the revision's message
 * @param millis     how long it took
 */
public record StepResult(String revision, Direction direction, String message, long millis) {
}
