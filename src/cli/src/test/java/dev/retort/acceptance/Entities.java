package dev.retort.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entity sources written into a test project's {@code entities/} folder, and its retort.properties. */
final class Entities {
    private Entities() {
    }

    static void configure(CliProject p) {
        write(p.dir.resolve("retort.properties"), "entities.sources=entities\n");
        try {
            Files.createDirectories(p.migrations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void customer(CliProject p, String extraFields) {
        write(p.dir.resolve("entities/app/Customer.java"), """
                package app;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "customer")
                public class Customer {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                    Long id;

                    @Column(nullable = false, length = 120)
                    String name;
                %s
                }
                """.formatted(extraFields));
    }

    /** Three revisions: base1, then left1 and right1 on top of it: two heads. */
    static void twoHeads(CliProject p) {
        p.ok("revision", "-m", "Base", "--rev-id", "base1");
        p.ok("revision", "-m", "Left", "--rev-id", "left1", "--head", "base1");
        p.ok("revision", "-m", "Right", "--rev-id", "right1", "--head", "base1", "--splice");
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
