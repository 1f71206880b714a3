package dev.retort.adopt;

import dev.retort.autogen.Comparison;
import dev.retort.ops.AlterColumnDefault;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Flyway script's {@code id uuid primary key default gen_random_uuid()} under entities whose ids Hibernate
 * supplies itself: the default is kept, so seed scripts that leave the id out keep working.
 */
class GeneratedIdDefaultsTest {

    private static Map<String, String> doc(String generator, String extra) {
        return Map.of("Doc.java", """
                package adopt;

                import jakarta.persistence.*;
                import java.util.UUID;

                @Entity
                @Table(name = "doc")
                public class Doc {
                    @Id
                    %s
                    UUID id;
                    @Column(nullable = false, length = 100) String title;
                    %s
                }
                """.formatted(generator, extra));
    }

    private static final String DOC = """
            create table doc (id uuid primary key default gen_random_uuid(), title varchar(100) not null);
            insert into doc (title) values ('intro'), ('outro');
            """;

    @Test
    void aUuidDefaultOnAGeneratedUuidIdIsKept() throws Exception {
        try (Adoption a = Adoption.of("uuid_generated", DOC)) {
            assertEquals(List.of(), a.compare(doc("@GeneratedValue(strategy = GenerationType.UUID)", "")).upgrade());
            a.db.execute("insert into doc (title) values ('seeded')");
            assertEquals(List.of("3"), a.rows("select count(*) from doc"));
        }
    }

    @Test
    void aUuidOsspDefaultOnAnAssignedUuidIdIsKept() throws Exception {
        try (Adoption a = Adoption.of("uuid_ossp_assigned", """
                create extension if not exists "uuid-ossp";
                create table doc (id uuid primary key default uuid_generate_v4(), title varchar(100) not null);
                """)) {
            assertEquals(List.of(), a.compare(doc("", "")).upgrade());
        }
    }

    @Test
    void aUuidDefaultOnAColumnOutsideTheKeyIsStillCompared() throws Exception {
        try (Adoption a = Adoption.of("uuid_not_key", DOC
                + "alter table doc add column token uuid not null default gen_random_uuid();")) {
            List<?> ops = a.compare(doc("@GeneratedValue(strategy = GenerationType.UUID)",
                    "@Column(nullable = false) UUID token;")).upgrade();
            assertEquals(1, ops.size(), ops.toString());
            assertEquals(AlterColumnDefault.class, ops.get(0).getClass());
        }
    }
}
