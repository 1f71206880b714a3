package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code columnDefinition} with column constraints after the type, as real projects write them: PostgreSQL makes
 * of them what it makes of Hibernate's DDL, so a database Hibernate created has no drift, and a migration Retort
 * writes creates the same default, NOT NULL, check and unique constraint.
 */
class ColumnDefinitionConstraintsTest {

    private static final Map<String, String> ENTITIES = Map.of("Ticket.java", """
            package adopt;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "ticket")
            public class Ticket {
                @Id Long id;
                @Column(columnDefinition = "boolean default false") Boolean flag;
                @Column(columnDefinition = "TEXT NOT NULL") String body;
                @Column(columnDefinition = "timestamp with time zone default now()") java.time.Instant opened;
                @Column(columnDefinition = "varchar(20) default 'new' not null") String status;
                @Column(columnDefinition = "int check (qty > 0)") Integer qty;
                @Column(columnDefinition = "varchar(30) unique") String code;
                @Column(columnDefinition = "int default 0", nullable = false) int counter;
            }
            """);

    /** What Hibernate's own create script makes of the entities (hbm2ddl create, as ddl-auto=create runs it). */
    private static final String HIBERNATE_BUILT = """
            create table ticket (counter int default 0 not null, flag boolean default false,
                qty int check (qty > 0), opened timestamp with time zone default now(), id bigint not null,
                body TEXT NOT NULL, code varchar(30) unique, status varchar(20) default 'new' not null,
                primary key (id));
            insert into ticket (id, body) values (1, 'first');
            """;

    @Test
    void aDatabaseHibernateBuiltFromTheEntitiesHasNoDrift() throws Exception {
        try (Adoption a = Adoption.of("coldef_hibernate", HIBERNATE_BUILT)) {
            assertEquals(List.of(), a.compare(ENTITIES).upgrade());
        }
    }

    @Test
    void theMigrationCreatesWhatTheConstraintsSay() throws Exception {
        try (Adoption a = Adoption.of("coldef_migration", "select 1")) {
            Comparison cmp = a.compare(ENTITIES);
            Migration m = a.migration(cmp);
            a.upgrade(m);
            assertEquals(List.of(), a.compare(ENTITIES).upgrade(), "converged:\n" + a.source);
            a.db.execute("insert into ticket (id, body) values (1, 'first')");
            assertEquals(List.of("false|new|0"), a.rows("select flag || '|' || status || '|' || counter from ticket"));
            assertEquals(List.of("ticket_code_key", "ticket_pkey", "ticket_qty_check"), a.rows(
                    "select conname from pg_constraint where conrelid = 'ticket'::regclass order by 1"));
            assertTrue(a.source.contains("column(\"status\", varchar(20)).notNull().defaultValue(\"'new'\")"), a.source);
            a.downgrade(m);
            assertEquals(List.of("0"), a.rows("select count(*) from pg_class where relname = 'ticket'"));
        }
    }
}
