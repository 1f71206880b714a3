import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * Revision f00000000001.
 */
@Revision(
        id = "f00000000001",
        parents = {"e5e5e5e5e5e5"},
        message = "",
        created = "2026-11-21T13:00:00Z")
public final class M20261121130000 implements Migration {

    @Override
    public void upgrade(Operations op) {
    }

    @Override
    public void downgrade(Operations op) {
    }
}
