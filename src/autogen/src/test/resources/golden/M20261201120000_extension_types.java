import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * Extension types
 */
@Revision(
        id = "c1d2e3f4a5b6",
        parents = {"ab12cd34ef56"},
        message = "Extension types",
        created = "2026-12-01T12:00:00Z")
public final class M20261201120000_extension_types implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("places",
                column("id", UUID).notNull().defaultValue("gen_random_uuid()"),
                column("legacy_id", UUID).defaultValue("uuid_generate_v4()"),
                column("email", type("citext")).notNull(),
                column("attributes", type("hstore")),
                column("path", type("ltree")),
                column("trail", arrayOf(type("ltree"))),
                column("location", type("geometry", "Point,4326")),
                column("stops", arrayOf(type("geography", "Point,4326"))),
                column("embedding", type("extensions.vector", "3")),
                column("nick", type("extensions.citext")),
                column("phone", type("phone_number")),
                column("wait", type("interval day to second", "3")),
                primaryKey("places_pkey", "id"),
                check("places_path_check", "nlevel(path) < 10"),
                index("places_email_key", "email").unique());

        // WARNING table rewrite: changes the type of customers.name from text to citext: rewrites
        // customers under an exclusive lock
        op.alterColumnType("customers", "name", TEXT, type("citext"));

        op.addColumn("customers", column("home", type("geometry", "Point,4326")));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING data loss: drops column customers.home and its data
        op.dropColumn("customers", "home");

        // WARNING table rewrite: changes the type of customers.name from citext to text: rewrites
        // customers under an exclusive lock
        op.alterColumnType("customers", "name", type("citext"), TEXT);

        // WARNING data loss: drops table places and all its rows
        op.dropTable("places");
    }
}
