import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * create author and book
 */
@Revision(
        id = "302ba05e5c80",
        parents = {},
        message = "create author and book",
        created = "2026-12-02T20:00:34Z")
public final class M20261202200034_create_author_and_book implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("author",
                column("id", BIGINT).identity(),
                column("name", varchar(200)).notNull(),
                primaryKey("author_pkey", "id"));

        op.createTable("book",
                column("published", INTEGER),
                column("author_id", BIGINT).notNull(),
                column("id", BIGINT).identity(),
                column("title", varchar(300)).notNull(),
                primaryKey("book_pkey", "id"));

        op.addForeignKey("book", foreignKey("fk5gbo4o7yxefxivwuqjichc67t", "author_id")
                .references("author", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("book", "fk5gbo4o7yxefxivwuqjichc67t");

        // WARNING data loss: drops table book and all its rows
        op.dropTable("book");

        // WARNING data loss: drops table author and all its rows
        op.dropTable("author");
    }
}
