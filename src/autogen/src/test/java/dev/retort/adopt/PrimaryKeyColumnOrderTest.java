package dev.retort.adopt;

import dev.retort.autogen.Comparison;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.DropPrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-written composite primary key whose columns are in another order than Hibernate's (which the mapping
 * cannot choose) is the same key: no drop and re-add, which would rebuild its index and validate every row. Other
 * columns are still a change.
 */
class PrimaryKeyColumnOrderTest {

    private static final Map<String, String> ENTITIES = Map.of(
            "Operation.java", """
                    package adopt;

                    import jakarta.persistence.*;
                    import java.util.Set;

                    @Entity
                    @Table(name = "operation")
                    public class Operation {
                        @Id Long id;
                        @ManyToMany
                        @JoinTable(name = "rel_operation_label", joinColumns = @JoinColumn(name = "operation_id"),
                                   inverseJoinColumns = @JoinColumn(name = "label_id"))
                        Set<Label> labels;
                    }
                    """,
            "Label.java", """
                    package adopt;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "label")
                    public class Label {
                        @Id Long id;
                    }
                    """);

    @Test
    void aKeyOnTheSameColumnsInAnotherOrderIsTheSameKey() throws Exception {
        String schema = """
                create table label (id bigint primary key);
                create table operation (id bigint primary key);
                create table rel_operation_label (operation_id bigint not null references operation,
                    label_id bigint not null references label, primary key (operation_id, label_id));
                insert into label values (1); insert into operation values (7);
                insert into rel_operation_label values (7, 1);
                """;
        try (Adoption a = Adoption.of("pk_order", schema)) {
            Comparison cmp = a.compare(ENTITIES);
            assertTrue(cmp.upgrade().stream().noneMatch(op -> op instanceof DropPrimaryKey || op instanceof AddPrimaryKey),
                    cmp.upgrade().toString());
        }
    }

    @Test
    void aKeyOnOtherColumnsIsStillRebuilt() throws Exception {
        String schema = """
                create table label (id bigint primary key);
                create table operation (id bigint primary key);
                create table rel_operation_label (operation_id bigint not null references operation,
                    label_id bigint not null references label, primary key (operation_id));
                """;
        try (Adoption a = Adoption.of("pk_other", schema)) {
            List<Class<?>> kinds = a.compare(ENTITIES).upgrade().stream().<Class<?>>map(Object::getClass)
                    .filter(c -> c == DropPrimaryKey.class || c == AddPrimaryKey.class).toList();
            assertEquals(List.of(DropPrimaryKey.class, AddPrimaryKey.class), kinds);
        }
    }

    /** A composite key built in another order, and the foreign key that follows it: neither is rebuilt. */
    @Test
    void aCompositeKeyAndTheForeignKeyThatFollowsItKeepTheirOrder() throws Exception {
        Map<String, String> entities = Map.of(
                "Region.java", """
                        package adopt;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "region")
                        @IdClass(RegionId.class)
                        public class Region {
                            @Id String country;
                            @Id String code;
                        }
                        """,
                "RegionId.java", """
                        package adopt;

                        public record RegionId(String country, String code) implements java.io.Serializable {
                        }
                        """,
                "Store.java", """
                        package adopt;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "store")
                        public class Store {
                            @Id Long id;
                            @ManyToOne
                            @JoinColumns(value = {
                                    @JoinColumn(name = "region_country", referencedColumnName = "country"),
                                    @JoinColumn(name = "region_code", referencedColumnName = "code")},
                                    foreignKey = @ForeignKey(name = "fk_store_region"))
                            Region region;
                        }
                        """);
        String schema = """
                create table region (country varchar(255) not null, code varchar(255) not null,
                    constraint region_pkey primary key (country, code));
                create table store (id bigint primary key, region_country varchar(255), region_code varchar(255),
                    constraint fk_store_region foreign key (region_country, region_code)
                        references region (country, code));
                insert into region values ('FR', '75'); insert into store values (1, 'FR', '75');
                """;
        try (Adoption a = Adoption.of("pk_fk_order", schema)) {
            Comparison cmp = a.compare(entities);
            assertEquals(List.of(), cmp.upgrade(), "Hibernate orders the key (code, country); the database has "
                    + "(country, code): the same key");
        }
    }
}
