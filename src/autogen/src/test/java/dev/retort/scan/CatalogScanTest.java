package dev.retort.scan;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.scan.ModelAssertions.check;
import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.foreignKey;
import static dev.retort.scan.ModelAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity set {@code catalog}: {@code @ManyToMany} join tables (explicit and implicit), {@code @ElementCollection}
 * of basics, embeddables with {@code @OrderColumn} and maps, {@code @OneToOne} with and without
 * {@code @MapsId}, default sequence generators, UUID ids.
 */
class CatalogScanTest {
    static SchemaModel model;

    @BeforeAll
    static void scan() {
        model = EntitySets.scan("catalog").model();
    }

    @Test
    void explicitJoinTableWithNamedForeignKeys() {
        Table joins = table(model, "book_authors");
        assertEquals(new PrimaryKey("book_authors_pkey", List.of("book_id", "author_id")), joins.primaryKey());
        assertEquals(SqlType.of("uuid"), column(joins, "author_id").type());
        assertEquals(new ForeignKey("fk_book_authors_book", List.of("book_id"), "book", List.of("id"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION), foreignKey(joins, "fk_book_authors_book"));
        assertEquals("author", foreignKey(joins, "fk_book_authors_author").referencedTable());
    }

    @Test
    void implicitJoinTableOfASelfReference() {
        Table joins = table(model, "book_book");
        assertEquals(List.of("book_id", "relatedbooks_id"), joins.columns().stream().map(Column::name).toList());
        assertEquals(List.of("book_id", "relatedbooks_id"), joins.primaryKey().columns());
        assertEquals(2, joins.foreignKeys().size());
        assertTrue(joins.foreignKeys().stream().allMatch(f -> f.referencedTable().equals("book")));
    }

    @Test
    void elementCollectionOfBasics() {
        Table tags = table(model, "book_tags");
        assertEquals(new Column("tag", SqlType.withLength("varchar", 40), false, null, null, null, null),
                column(tags, "tag"));
        assertEquals(List.of("book_id", "tag"), tags.primaryKey().columns());
        assertEquals(List.of(List.of("book_id")), tags.foreignKeys().stream().map(ForeignKey::columns).toList());
    }

    @Test
    void elementCollectionOfEmbeddablesWithOrderColumn() {
        Table chapters = table(model, "book_chapters");
        // Hibernate's create start-up orders key columns by size, then name: the integer before the bigint
        assertEquals(List.of("position", "book_id"), chapters.primaryKey().columns());
        assertEquals(SqlType.withLength("varchar", 150), column(chapters, "title").type());
        assertFalse(column(chapters, "title").nullable());
        assertEquals("position>=0", check(chapters, "book_chapters_position_check").expression(),
                "Hibernate checks the order column");
    }

    @Test
    void elementCollectionMap() {
        Table ratings = table(model, "book_ratings");
        assertEquals(List.of("book_id", "source"), ratings.primaryKey().columns());
        assertEquals(SqlType.withLength("varchar", 30), column(ratings, "source").type());
        assertEquals(SqlType.of("integer"), column(ratings, "stars").type());
    }

    @Test
    void oneToOneWithMapsIdSharesThePrimaryKey() {
        Table covers = table(model, "book_covers");
        assertEquals(new PrimaryKey("book_covers_pkey", List.of("book_id")), covers.primaryKey());
        assertEquals(List.of("book_id"), covers.foreignKeys().get(0).columns());
        assertTrue(covers.uniques().isEmpty());
    }

    @Test
    void oneToOneForeignKeyIsUnique() {
        Table review = table(model, "review");
        assertEquals(List.of(new UniqueConstraint("review_featured_book_id_key", List.of("featured_book_id"))),
                review.uniques());
        assertEquals(SqlType.of("integer"), column(review, "id").type());
        assertTrue(column(review, "id").identity() != null);
    }

    @Test
    void defaultSequenceGeneratorsAllocateFifty() {
        assertEquals(List.of(new Sequence("book_seq", 1, 50), new Sequence("publisher_seq", 1, 50)),
                model.sorted().sequences());
        assertEquals(List.of(new UniqueConstraint("publisher_name_key", List.of("name"))),
                table(model, "publisher").uniques());
    }
}
