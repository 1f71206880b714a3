import dev.retort.api.*;
import static dev.retort.api.Schema.*;

@Revision(id = "g1", message = "create person")
public class M1_create_person implements Migration {
    public void upgrade(Operations op) {
        op.createTable("person",
                column("id", BIGINT).notNull(),
                column("name", varchar(100)),
                primaryKey("person_pkey", "id"));
    }

    public void downgrade(Operations op) {
        op.dropTable("person");
    }
}
