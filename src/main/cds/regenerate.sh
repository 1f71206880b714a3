#!/usr/bin/env bash
# Regenerates src/main/cds/retort.classlist: the classes a cold `retort upgrade head` loads (compiler, JDBC driver,
# runtime), recorded from a real run against PostgreSQL. The launcher turns the list into a class-data
# sharing archive (target/retort.jsa) after each build, which saves roughly a quarter of a second per
# command. A stale list only costs speed: classes it misses load as usual, entries it names that no longer
# exist are skipped.
# Usage: src/main/cds/regenerate.sh   (env: PGHOST PGPORT PGUSER, default 127.0.0.1 5432 postgres)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="retort_cds_training"
work="$(mktemp -d -t retort-cds-XXXXXX)"
trap 'rm -rf "$work"; psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true' EXIT

"$repo/retort" --version >/dev/null
mkdir -p "$work/migrations"
cat > "$work/migrations/M1_train.java" <<'JAVA'
import dev.retort.api.*;
import static dev.retort.api.Schema.*;

@Revision(id = "train1", message = "training")
public final class M1_train implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("t", column("id", BIGINT).identity(), column("name", TEXT).notNull(), primaryKey("pk_t", "id"));
        op.addColumn("t", column("email", varchar(100)));
        op.createIndex("t", index("ix_t_email", "email"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("t");
    }
}
JAVA
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
(cd "$work" && RETORT_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$db" java -XX:DumpLoadedClassList="$work/classlist" \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$repo/target/retort.jar" dev.retort.cli.Main upgrade head >/dev/null)
grep -v '^#' "$work/classlist" > "$repo/src/main/cds/retort.classlist"
echo "src/main/cds/retort.classlist: $(wc -l < "$repo/src/main/cds/retort.classlist") classes"
