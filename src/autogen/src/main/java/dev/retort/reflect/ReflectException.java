package dev.retort.reflect;

/** The live schema could not be read; the message names the schema and the step that failed. */
public class ReflectException extends RuntimeException {
    public ReflectException(String message, Throwable cause) {
        super(message, cause);
    }
}
