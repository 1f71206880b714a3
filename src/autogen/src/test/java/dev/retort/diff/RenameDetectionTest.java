package dev.retort.diff;

import dev.retort.errors.RetortException;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumnType;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.review.Risk;
import dev.retort.ops.review.RiskKind;
import dev.retort.ops.review.Risks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenameDetectionTest {
    private static final SqlType V255 = SqlType.withLength("varchar", 255);
    private static final Column ID = Column.of("id", SqlType.of("bigint")).withNullable(false);

    private static SchemaModel users(Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(ID));
        columns.addAll(List.of(extra));
        return new SchemaModel(List.of(Table.of("users", columns).withPrimaryKey(new PrimaryKey("users_pkey", List.of("id")))),
                List.of(), List.of());
    }

    private static DiffOptions renames(String... hints) {
        return DiffOptions.defaults().withRenames(Renames.of(List.of(hints)));
    }

    @Test
    void aColumnDroppedAndAMatchingOneAddedStaysDropAndAddWithAReviewNamingTheHint() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("twitter", V255)), users(Column.of("fax", V255)));
        assertEquals(List.of(new DropColumn("users", "fax", Column.of("fax", V255)),
                new AddColumn("users", Column.of("twitter", V255))), ops);
        List<Risk> risks = Risks.assess(ops);
        Risk possible = risks.stream().filter(r -> r.kind() == RiskKind.POSSIBLE_RENAME).findFirst().orElseThrow();
        assertEquals(0, possible.index());
        assertEquals("WARNING possible rename: users.fax is dropped and users.twitter (varchar(255)) added. If twitter"
                + " is fax renamed, this loses its data: generate again with --rename users.fax=twitter", possible.message());
    }

    @Test
    void aHintRenamesTheColumnAndKeepsItsData() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("twitter", V255)), users(Column.of("fax", V255)),
                renames("users.fax=twitter"));
        assertEquals(List.of(new RenameColumn("users", "fax", "twitter")), ops);
        assertEquals(RiskKind.ASSUMED_RENAME, Risks.assess(ops).get(0).kind());
    }

    @Test
    void aHintedRenameOfAnotherTypeIsARenameAndATypeChange() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("mobile", SqlType.withLength("varchar", 40))),
                users(Column.of("phone", SqlType.withLength("varchar", 32))), renames("users.phone=users.mobile"));
        assertEquals(List.of(new RenameColumn("users", "phone", "mobile"),
                new AlterColumnType("users", "mobile", SqlType.withLength("varchar", 32), SqlType.withLength("varchar", 40), null)), ops);
    }

    @Test
    void theAnswerToTheQuestionDecides() {
        List<String> asked = new ArrayList<>();
        SchemaModel desired = users(Column.of("a2", V255), Column.of("b2", V255));
        SchemaModel actual = users(Column.of("a1", V255), Column.of("b1", V255));
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual, DiffOptions.defaults().withRenames(
                Renames.none().withQuestion(c -> {
                    asked.add(c.question());
                    return c.column().equals("b1") && c.newName().equals("b2");
                })));
        assertEquals(List.of("Did you rename users.a1 to users.a2 (varchar(255))?",
                "Did you rename users.a1 to users.b2 (varchar(255))?",
                "Did you rename users.b1 to users.a2 (varchar(255))?",
                "Did you rename users.b1 to users.b2 (varchar(255))?"), asked);
        assertTrue(ops.contains(new RenameColumn("users", "b1", "b2")), ops.toString());
        assertEquals(3, ops.size(), ops.toString());
    }

    @Test
    void aRenamedColumnKeepsItsKeysIndexesAndReferences() {
        Table users = Table.of("users", List.of(ID, Column.of("email", V255)))
                .withPrimaryKey(new PrimaryKey("users_pkey", List.of("id")))
                .withIndexes(List.of(Index.on("users_email_idx", false, "email")));
        Table orders = Table.of("orders", List.of(ID, Column.of("user_id", SqlType.of("bigint"))))
                .withForeignKeys(List.of(new ForeignKey("orders_user_fk", List.of("user_id"), "users", List.of("id"), null, null)));
        SchemaModel actual = new SchemaModel(List.of(users, orders), List.of(), List.of());
        Table users2 = Table.of("users", List.of(ID.withName("user_no"), Column.of("email", V255)))
                .withPrimaryKey(new PrimaryKey("users_pkey", List.of("user_no")))
                .withIndexes(List.of(Index.on("users_email_idx", false, "email")));
        Table orders2 = orders.withForeignKeys(List.of(
                new ForeignKey("orders_user_fk", List.of("user_id"), "users", List.of("user_no"), null, null)));
        SchemaModel desired = new SchemaModel(List.of(users2, orders2), List.of(), List.of());
        assertEquals(List.of(new RenameColumn("users", "id", "user_no")),
                SchemaDiff.diff(desired, actual, renames("users.id=user_no")));
    }

    @Test
    void aTableDroppedAndAMatchingOneCreatedIsARenameOnlyWhenSaid() {
        Table blogPost = Table.of("blog_post", List.of(ID, Column.of("title", V255)))
                .withPrimaryKey(new PrimaryKey("blog_post_pkey", List.of("id")));
        Table comment = Table.of("post_comment", List.of(ID, Column.of("post_id", SqlType.of("bigint"))))
                .withForeignKeys(List.of(new ForeignKey("comment_post_fk", List.of("post_id"), "blog_post", List.of("id"), null, null)));
        SchemaModel actual = new SchemaModel(List.of(blogPost, comment), List.of(), List.of());
        Table post = blogPost.withName("post").withPrimaryKey(new PrimaryKey("post_pkey", List.of("id")));
        Table comment2 = comment.withForeignKeys(List.of(
                new ForeignKey("comment_post_fk", List.of("post_id"), "post", List.of("id"), null, null)));
        SchemaModel desired = new SchemaModel(List.of(post, comment2), List.of(), List.of());

        List<MigrationOp> plain = SchemaDiff.diff(desired, actual);
        assertTrue(plain.stream().anyMatch(o -> o instanceof DropTable) && plain.stream().anyMatch(o -> o instanceof CreateTable));
        assertTrue(Risks.assess(plain).stream().anyMatch(r -> r.kind() == RiskKind.POSSIBLE_RENAME
                && r.detail().endsWith("--rename blog_post=post")), Risks.assess(plain).toString());

        List<MigrationOp> renamed = SchemaDiff.diff(desired, actual, renames("blog_post=post"));
        assertEquals(new RenameTable("blog_post", "post"), renamed.get(0));
        // the primary key's name follows the table in the entities, so it is dropped and added again
        assertTrue(renamed.stream().noneMatch(o -> o instanceof DropTable || o instanceof CreateTable), renamed.toString());

        List<String> asked = new ArrayList<>();
        List<MigrationOp> answered = SchemaDiff.diff(desired, actual, DiffOptions.defaults().withRenames(
                Renames.none().withQuestion(c -> asked.add(c.question()))));
        assertEquals(List.of("Did you rename table blog_post to post (2 columns)?"), asked);
        assertEquals(renamed, answered);
    }

    @Test
    void aHintThatNamesNoDroppedAndAddedPairIsRefusedNamingIt() {
        SchemaModel desired = users(Column.of("twitter", V255));
        SchemaModel actual = users(Column.of("fax", V255));
        RetortException e = assertThrows(RetortException.class,
                () -> SchemaDiff.diff(desired, actual, renames("users.telex=twitter")));
        assertTrue(e.getMessage().startsWith("--rename users.telex=twitter: the database has no column users.telex"), e.getMessage());
        e = assertThrows(RetortException.class, () -> SchemaDiff.diff(desired, actual, renames("users.fax=mastodon")));
        assertTrue(e.getMessage().contains("the entities map no column users.mastodon"), e.getMessage());
        e = assertThrows(RetortException.class, () -> SchemaDiff.diff(desired, actual, renames("people.fax=twitter")));
        assertTrue(e.getMessage().contains("share no table people"), e.getMessage());
        e = assertThrows(RetortException.class, () -> Renames.of(List.of("users.fax")));
        assertTrue(e.getMessage().contains("write table.old_column=new_column"), e.getMessage());
    }

    @Test
    void detectionCanBeSwitchedOff() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("mobile", V255)), users(Column.of("phone", V255)),
                renames("users.phone=mobile").withDetectRenames(false));
        assertTrue(ops.stream().noneMatch(o -> o instanceof RenameColumn), ops.toString());
    }
}
