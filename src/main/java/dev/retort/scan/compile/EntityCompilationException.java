package dev.retort.scan.compile;

import dev.retort.scan.ScanException;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The entity sources did not compile; the message lists each error as {@code file:line: message}. */
public class EntityCompilationException extends ScanException {
    private final transient List<CompileError> errors;

    public EntityCompilationException(Path sourceFolder, List<CompileError> errors) {
        super("Entity sources in " + sourceFolder + " do not compile:\n" + errors.stream()
                .map(e -> "  " + e)
                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CompileError> errors() {
        return errors;
    }
}
