import dev.retort.api.*;
import static dev.retort.api.Schema.*;

@Revision(id = "c0001", message = "create customer")
public class M1_create_customer implements Migration {
    public void upgrade(Operations op) {
        op.createTable("customer",
                column("id", BIGINT).notNull().identity(),
                column("name", varchar(120)).notNull(),
                primaryKey("customer_pkey", "id"));
    }

    public void downgrade(Operations op) {
        op.dropTable("customer");
    }
}
