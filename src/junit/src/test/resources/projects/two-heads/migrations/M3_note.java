import dev.retort.api.*;
import static dev.retort.api.Schema.*;

/** A second branch on c0001, beside c0002: two heads. */
@Revision(id = "c0003", parents = "c0001", message = "note table")
public class M3_note implements Migration {
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE note (id bigint PRIMARY KEY)");
    }

    public void downgrade(Operations op) {
        op.execute("DROP TABLE note");
    }
}
