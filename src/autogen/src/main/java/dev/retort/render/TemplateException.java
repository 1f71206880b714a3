package dev.retort.render;

/** A migration template is missing, unreadable, or uses a placeholder the writer does not know. */
public final class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
