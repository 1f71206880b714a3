import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * Add product reviews
 */
@Revision(
        id = "7c41e0b2d9a5",
        parents = {"1f0c2a9d4b7e"},
        message = "Add product reviews",
        created = "2026-11-21T08:56:27Z")
public final class M20261121085627_add_product_reviews implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("product_review",
                column("author_id", BIGINT).notNull(),
                column("product_id", BIGINT).notNull(),
                column("body", varchar(2000)),
                column("stars", SMALLINT).notNull(),
                column("visibility", SMALLINT).notNull(),
                column("written_at", timestamptz(6)).notNull(),
                primaryKey("product_review_pkey", "author_id", "product_id"),
                check("ck_product_review_stars", "stars between 1 and 5"),
                check("product_review_visibility_check", "visibility between 0 and 2"));

        op.addForeignKey("product_review", foreignKey("fk_product_review_author", "author_id")
                .references("users", "id"));

        op.addForeignKey("product_review", foreignKey("fk_product_review_product", "product_id")
                .references("product", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("product_review", "fk_product_review_product");
        op.dropForeignKey("product_review", "fk_product_review_author");

        // WARNING data loss: drops table product_review and all its rows
        op.dropTable("product_review");
    }
}
