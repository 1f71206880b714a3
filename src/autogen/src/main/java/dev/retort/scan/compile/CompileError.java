package dev.retort.scan.compile;

import java.nio.file.Path;

/** One compiler error: where, and what javac said. */
public record CompileError(Path file, long line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
