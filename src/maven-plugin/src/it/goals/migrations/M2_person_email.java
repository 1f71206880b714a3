import dev.retort.api.*;
import static dev.retort.api.Schema.*;

@Revision(id = "g2", parents = "g1", message = "person email")
public class M2_person_email implements Migration {
    public void upgrade(Operations op) {
        op.addColumn("person", column("email", varchar(200)));
    }

    public void downgrade(Operations op) {
        op.dropColumn("person", "email");
    }
}
