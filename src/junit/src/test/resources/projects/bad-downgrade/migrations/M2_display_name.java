import dev.retort.api.*;
import static dev.retort.api.Schema.*;

/** A data migration: the new column is filled from the old one. */
@Revision(id = "c0002", parents = "c0001", message = "display name")
public class M2_display_name implements Migration {
    public void upgrade(Operations op) {
        op.addColumn("customer", column("display_name", varchar(120)));
        op.execute("UPDATE customer SET display_name = upper(name)");
    }

    public void downgrade(Operations op) {
        // forgets to drop display_name
    }
}
