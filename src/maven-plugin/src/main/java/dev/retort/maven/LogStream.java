package dev.retort.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command prints, line by line into Maven's log at info level. */
final class LogStream extends OutputStream {
    private final Log log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LogStream(Log log) {
        this.log = log;
    }

    static PrintStream to(Log log) {
        return new PrintStream(new LogStream(log), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        log.info(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
