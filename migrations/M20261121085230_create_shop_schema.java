package db.migrations;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.ReferentialAction.*;
import static dev.retort.api.Schema.*;

/**
 * Create shop schema
 */
@Revision(
        id = "1f0c2a9d4b7e",
        parents = {},
        message = "Create shop schema",
        created = "2026-11-21T08:52:30Z")
public final class M20261121085230_create_shop_schema implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createEnumType("orderstatus", "CANCELLED", "PAID", "PENDING", "SHIPPED");
        op.createSequence(sequence("category_seq").incrementBy(50));
        op.createSequence(sequence("product_seq").startWith(1000).incrementBy(20));

        op.createTable("bank_transfer",
                column("iban", varchar(34)).notNull(),
                column("id", BIGINT).notNull(),
                primaryKey("bank_transfer_pkey", "id"));

        op.createTable("card_payment",
                column("card_brand", varchar(20)),
                column("card_last4", varchar(4)).notNull(),
                column("id", BIGINT).notNull(),
                primaryKey("card_payment_pkey", "id"));

        op.createTable("category",
                column("id", BIGINT).notNull(),
                column("name", varchar(120)).notNull(),
                column("slug", varchar(80)).notNull(),
                column("parent_id", BIGINT),
                primaryKey("category_pkey", "id"),
                unique("uq_category_parent_slug", "parent_id", "slug"));

        op.createTable("invoice",
                column("id", UUID).notNull(),
                column("content", OID).notNull(),
                column("created_at", timestamp(6)).notNull(),
                column("invoice_number", varchar(20)).notNull(),
                primaryKey("invoice_pkey", "id"),
                unique("invoice_invoice_number_key", "invoice_number"));

        op.createTable("notification",
                column("channel", varchar(10)).notNull(),
                column("id", BIGINT).identity(),
                column("queued_at", timestamp(6)).notNull(),
                column("subject", varchar(200)),
                column("sms_body", varchar(160)),
                column("user_id", BIGINT).notNull(),
                primaryKey("notification_pkey", "id"),
                check("notification_channel_check", "channel in ('EMAIL','SMS')"));

        op.createTable("order_line",
                column("line_no", INTEGER).notNull(),
                column("quantity", INTEGER).notNull(),
                column("unit_price", numeric(12, 2)).notNull(),
                column("order_id", BIGINT).notNull(),
                column("product_id", BIGINT).notNull(),
                primaryKey("order_line_pkey", "line_no", "order_id"),
                check("ck_order_line_quantity", "quantity > 0"));

        op.createTable("orders",
                column("id", BIGINT).identity(),
                column("delivery_date", DATE),
                column("placed_at", timestamptz(6)).notNull(),
                column("public_id", UUID).notNull(),
                column("ship_city", varchar(100)),
                column("ship_country", varchar(2)),
                column("ship_postal_code", varchar(16)),
                column("ship_street", varchar(200)),
                column("status", type("orderstatus")).notNull(),
                column("user_id", BIGINT).notNull(),
                primaryKey("orders_pkey", "id"),
                unique("orders_public_id_key", "public_id"),
                comment("Orders placed by users"));

        op.createTable("payment",
                column("id", BIGINT).identity(),
                column("amount", numeric(12, 2)).notNull(),
                column("received_at", timestamptz(6)).notNull(),
                column("order_id", BIGINT).notNull(),
                primaryKey("payment_pkey", "id"));

        op.createTable("product",
                column("id", BIGINT).notNull(),
                column("attributes", JSONB),
                column("name", varchar(200)).notNull(),
                column("price", numeric(12, 2)).notNull(),
                column("sku", varchar(40)).notNull(),
                column("tags", arrayOf(varchar(255))),
                primaryKey("product_pkey", "id"),
                unique("product_sku_key", "sku"),
                check("ck_product_price", "price >= 0"));

        op.createTable("product_category",
                column("product_id", BIGINT).notNull(),
                column("category_id", BIGINT).notNull(),
                primaryKey("product_category_pkey", "category_id", "product_id"));

        op.createTable("product_details",
                column("description", OID),
                column("weight_grams", INTEGER),
                column("product_id", BIGINT).notNull(),
                primaryKey("product_details_pkey", "product_id"));

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

        op.createTable("receipt",
                column("id", UUID).notNull(),
                column("content", OID).notNull(),
                column("created_at", timestamp(6)).notNull(),
                column("copies", INTEGER),
                primaryKey("receipt_pkey", "id"));

        op.createTable("user_roles",
                column("user_id", BIGINT).notNull(),
                column("role", varchar(40)).notNull(),
                primaryKey("user_roles_pkey", "user_id", "role"));

        op.createTable("users",
                column("id", BIGINT).identity(),
                column("city", varchar(100)),
                column("country", varchar(2)),
                column("postal_code", varchar(16)),
                column("street", varchar(200)),
                column("created_at", timestamptz(6)).notNull(),
                column("display_name", varchar(100)).notNull(),
                column("email", varchar(320)).notNull(),
                column("last_login_at", timestamptz(6)),
                column("phone", varchar(32)).comment("E.164 format"),
                column("status", varchar(16)).notNull().defaultValue("'ACTIVE'"),
                primaryKey("users_pkey", "id"),
                unique("users_email_key", "email"),
                check("users_status_check", "status in ('ACTIVE','SUSPENDED','CLOSED')"),
                comment("Customer accounts"));

        op.createIndex("orders", index("ix_orders_user_placed", col("user_id"), desc("placed_at")));
        op.createIndex("product", index("ix_product_name", "name"));
        op.createIndex("product", index("ix_product_price_name", desc("price"), col("name")));
        op.createIndex("users", index("ix_users_last_login", desc("last_login_at")));

        op.addForeignKey("bank_transfer", foreignKey("fk6dfmpkflvon09l2wpudp04vox", "id")
                .references("payment", "id"));

        op.addForeignKey("card_payment", foreignKey("fkj4yrj0k4nt3m0efcym09h3s3p", "id")
                .references("payment", "id"));

        op.addForeignKey("category", foreignKey("fk_category_parent", "parent_id")
                .references("category", "id"));

        op.addForeignKey("notification", foreignKey("fk_notification_user", "user_id")
                .references("users", "id"));

        op.addForeignKey("order_line", foreignKey("fk_order_line_order", "order_id")
                .references("orders", "id").onDelete(CASCADE));

        op.addForeignKey("order_line", foreignKey("fk_order_line_product", "product_id")
                .references("product", "id"));

        op.addForeignKey("orders", foreignKey("fk_orders_user", "user_id").references("users", "id")
                .onDelete(CASCADE));

        op.addForeignKey("payment", foreignKey("fk_payment_order", "order_id")
                .references("orders", "id"));

        op.addForeignKey("product_category", foreignKey("fk2k3smhbruedlcrvu6clued06x", "product_id")
                .references("product", "id"));

        op.addForeignKey("product_category",
                foreignKey("fkkud35ls1d40wpjb5htpp14q4e", "category_id")
                .references("category", "id"));

        op.addForeignKey("product_details", foreignKey("fkrhahp4f26x99lqf0kybcs79rb", "product_id")
                .references("product", "id"));

        op.addForeignKey("product_review", foreignKey("fk_product_review_author", "author_id")
                .references("users", "id"));

        op.addForeignKey("product_review", foreignKey("fk_product_review_product", "product_id")
                .references("product", "id"));

        op.addForeignKey("user_roles", foreignKey("fkhfh9dx7w3ubf1co1vdev94g3f", "user_id")
                .references("users", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("user_roles", "fkhfh9dx7w3ubf1co1vdev94g3f");
        op.dropForeignKey("product_review", "fk_product_review_product");
        op.dropForeignKey("product_review", "fk_product_review_author");
        op.dropForeignKey("product_details", "fkrhahp4f26x99lqf0kybcs79rb");
        op.dropForeignKey("product_category", "fkkud35ls1d40wpjb5htpp14q4e");
        op.dropForeignKey("product_category", "fk2k3smhbruedlcrvu6clued06x");
        op.dropForeignKey("payment", "fk_payment_order");
        op.dropForeignKey("orders", "fk_orders_user");
        op.dropForeignKey("order_line", "fk_order_line_product");
        op.dropForeignKey("order_line", "fk_order_line_order");
        op.dropForeignKey("notification", "fk_notification_user");
        op.dropForeignKey("category", "fk_category_parent");
        op.dropForeignKey("card_payment", "fkj4yrj0k4nt3m0efcym09h3s3p");
        op.dropForeignKey("bank_transfer", "fk6dfmpkflvon09l2wpudp04vox");
        op.dropIndex("users", "ix_users_last_login");
        op.dropIndex("product", "ix_product_price_name");
        op.dropIndex("product", "ix_product_name");
        op.dropIndex("orders", "ix_orders_user_placed");

        // WARNING data loss: drops table users and all its rows
        op.dropTable("users");

        // WARNING data loss: drops table user_roles and all its rows
        op.dropTable("user_roles");

        // WARNING data loss: drops table receipt and all its rows
        op.dropTable("receipt");

        // WARNING data loss: drops table product_review and all its rows
        op.dropTable("product_review");

        // WARNING data loss: drops table product_details and all its rows
        op.dropTable("product_details");

        // WARNING data loss: drops table product_category and all its rows
        op.dropTable("product_category");

        // WARNING data loss: drops table product and all its rows
        op.dropTable("product");

        // WARNING data loss: drops table payment and all its rows
        op.dropTable("payment");

        // WARNING data loss: drops table orders and all its rows
        op.dropTable("orders");

        // WARNING data loss: drops table order_line and all its rows
        op.dropTable("order_line");

        // WARNING data loss: drops table notification and all its rows
        op.dropTable("notification");

        // WARNING data loss: drops table invoice and all its rows
        op.dropTable("invoice");

        // WARNING data loss: drops table category and all its rows
        op.dropTable("category");

        // WARNING data loss: drops table card_payment and all its rows
        op.dropTable("card_payment");

        // WARNING data loss: drops table bank_transfer and all its rows
        op.dropTable("bank_transfer");

        op.dropSequence("product_seq");
        op.dropSequence("category_seq");
        op.dropEnumType("orderstatus");
    }
}
