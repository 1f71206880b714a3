package dev.retort.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table or column named by a word PostgreSQL reserves, which Hibernate writes unquoted: its statements fail, so
 * the entities are refused, naming the entity and attribute, unless Hibernate quotes the name.
 */
class ReservedNamesScanTest {

    @TempDir
    Path dir;

    @Test
    void unquotedReservedTableAndColumnNamesAreRefusedWithTheirEntityAndAttribute() throws IOException {
        Path src = sources(Map.of("demo/User.java", """
                package demo;
                import jakarta.persistence.*;
                @Entity
                public class User {
                    @Id Long id;
                    String name;
                }
                """, "demo/Line.java", """
                package demo;
                import jakarta.persistence.*;
                @Entity @Table(name = "line")
                public class Line {
                    @Id Long id;
                    @Column(name = "order") int position;
                    int offset;
                }
                """));
        ScanException e = assertThrows(ScanException.class, () -> scan(src));
        String m = e.getMessage();
        assertTrue(m.contains("table User of entity User: rename it (@Table(name = ...)) or quote it "
                + "(@Table(name = \"\\\"user\\\"\"))"), m);
        assertTrue(m.contains("column line.order of Line.position"), m);
        assertTrue(m.contains("column line.offset of Line.offset"), m);
        assertTrue(m.contains("hibernate.auto_quote_keyword=true"), m);
        assertTrue(!m.contains("line.id") && !m.contains("name of"), "ordinary names are fine: " + m);
    }

    @Test
    void namesHibernateQuotesAreFine() throws IOException {
        Path src = sources(Map.of("demo/User.java", """
                package demo;
                import jakarta.persistence.*;
                @Entity @Table(name = "\\"user\\"")
                public class User {
                    @Id Long id;
                    @Column(name = "`order`") int position;
                }
                """));
        assertEquals("user", scan(src).model().tables().get(0).name());
    }

    @Test
    void namesQuotedByAutoQuoteKeywordAreFine() throws IOException {
        Path src = sources(Map.of("demo/Line.java", """
                package demo;
                import jakarta.persistence.*;
                @Entity @Table(name = "line")
                public class Line {
                    @Id Long id;
                    java.time.LocalTime localTime;
                }
                """, "hibernate.properties", "hibernate.auto_quote_keyword=true\n"));
        assertTrue(scan(src).model().tables().get(0).column("localTime").isPresent());
    }

    private ScanResult scan(Path src) {
        return new EntityScanner().scan(ScanRequest.ofSources(src).withCacheDirectory(dir.resolve("cache")));
    }

    private Path sources(Map<String, String> files) throws IOException {
        Path src = Files.createTempDirectory(dir, "src");
        for (var f : files.entrySet()) {
            Path file = src.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return src;
    }
}
