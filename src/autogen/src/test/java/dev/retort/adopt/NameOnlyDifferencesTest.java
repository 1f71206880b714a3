package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameIndex;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static dev.retort.adopt.HandBuiltDatabase.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-written schema whose primary key, unique constraint, foreign key, check and index carry other names
 * than the entities give them: autogenerate renames each (no index rebuild, no validation scan), or does
 * nothing when names do not matter. On real PostgreSQL, with rows checked after upgrade and downgrade.
 */
class NameOnlyDifferencesTest {

    static final Map<String, String> ENTITIES = Map.of(
            "Parent.java", """
                    package names;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "parent", uniqueConstraints = @UniqueConstraint(name = "uk_parent_code", columnNames = "code"))
                    public class Parent {
                        @Id Long id;
                        @Column(nullable = false, length = 20) String code;
                    }
                    """,
            "Child.java", """
                    package names;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "child", indexes = @Index(name = "ix_child_parent", columnList = "parent_id"),
                           check = @CheckConstraint(name = "ck_child_amount", constraint = "amount >= 0"))
                    public class Child {
                        @Id Long id;
                        @ManyToOne @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_child_parent"))
                        Parent parent;
                        Integer amount;
                    }
                    """);

    /** The same tables as a Flyway script would write them, with the names PostgreSQL or its author chose. */
    static final String HAND_WRITTEN = """
            create table parent (id bigint not null, code varchar(20) not null,
                constraint pk_parent primary key (id), constraint parent_code_key unique (code));
            create table child (id bigint not null, parent_id bigint, amount integer,
                constraint child_pk primary key (id),
                constraint child_amount_check check (amount >= 0),
                constraint child_parent_fk foreign key (parent_id) references parent (id));
            create index child_parent_idx on child (parent_id);
            insert into parent values (1, 'A'), (2, 'B');
            insert into child values (10, 1, 5), (11, 2, 0), (12, null, 7);
            """;

    @Test
    void eachNameOnlyDifferenceIsARename() throws Exception {
        SchemaModel entities = scan(ENTITIES);
        try (TestDatabase db = TestDatabases.create("names_rename"); Connection c = db.connect()) {
            db.execute(HAND_WRITTEN);
            SchemaModel before = live(c);
            String oids = "select string_agg(c.oid::text, ',' order by c.oid) from pg_class c "
                    + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'i'";
            List<String> indexOids = db.column(oids);

            Comparison cmp = AUTO.compare(c, entities);
            List<MigrationOp> ops = cmp.upgrade();
            assertTrue(ops.stream().allMatch(op -> op instanceof RenameConstraint || op instanceof RenameIndex),
                    "only renames:\n" + render("names", ops));
            assertEquals(List.of(
                    new RenameConstraint("child", "child_pk", "child_pkey"),
                    new RenameConstraint("child", "child_amount_check", "ck_child_amount"),
                    new RenameIndex("child", "child_parent_idx", "ix_child_parent"),
                    new RenameConstraint("child", "child_parent_fk", "fk_child_parent"),
                    new RenameConstraint("parent", "pk_parent", "parent_pkey"),
                    new RenameConstraint("parent", "parent_code_key", "uk_parent_code")), ops);

            Migration m = compile("adopt names", cmp);
            run(c, m::upgrade);
            assertEquals(List.of(), AUTO.compare(c, entities).upgrade(), "a second autogenerate is empty");
            assertEquals(indexOids, db.column(oids), "no index was rebuilt");
            assertEquals(List.of("uk_parent_code"), db.column(
                    "select indexrelid::regclass::text from pg_index where indrelid = 'parent'::regclass and not indisprimary"),
                    "the unique constraint's index took its name");
            assertEquals(List.of("10:1:5", "11:2:0", "12::7"),
                    db.column("select id || ':' || coalesce(parent_id::text, '') || ':' || amount from child order by id"));
            SchemaModel after = live(c);

            run(c, m::downgrade);
            assertEquals(before, live(c), "the downgrade restores the hand-written names");
            assertEquals(List.of("A", "B"), db.column("select code from parent order by id"));

            run(c, m::upgrade);
            assertEquals(after, live(c), "upgrading again");
            assertEquals(List.of("10", "11", "12"), db.column("select id::text from child order by id"));
        }
    }

    @Test
    void nothingWhenNamesDoNotMatter() throws Exception {
        SchemaModel entities = scan(ENTITIES);
        try (TestDatabase db = TestDatabases.create("names_ignore"); Connection c = db.connect()) {
            db.execute(HAND_WRITTEN);
            assertEquals(List.of(), AUTO.withDiffOptions(o -> o.withCompareNames(false)).compare(c, entities).upgrade());
        }
    }
}
