package dev.retort.scan;

/** The entities could not be scanned; the message names the file, class or setting at fault. */
public class ScanException extends RuntimeException {
    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
