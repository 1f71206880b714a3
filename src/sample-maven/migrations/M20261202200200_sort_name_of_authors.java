import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * sort name of authors: a data migration. Autogenerate wrote the NOT NULL column with a warning that it fails
 * when author has rows; the column is added nullable, filled from the name ("Ada Lovelace" sorts as
 * "Lovelace, Ada"), then made NOT NULL. MigrationsTest seeds authors and checks the result.
 */
@Revision(
        id = "3021b0449910",
        parents = {"302ba05e5c80"},
        message = "sort name of authors",
        created = "2026-12-02T20:02:00Z")
public final class M20261202200200_sort_name_of_authors implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("author", column("sort_name", varchar(200)));
        op.execute("UPDATE author SET sort_name = regexp_replace(name, '^(.+) (\\S+)$', '\\2, \\1')");
        op.setNotNull("author", "sort_name");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING data loss: drops column author.sort_name and its data
        op.dropColumn("author", "sort_name");
    }
}
