#!/usr/bin/env bash
# Regenerates src/cli/src/main/cds/retort.classlist: the classes that a cold `retort upgrade head` (compiler, JDBC driver,
# runtime), a `retort revision --autogenerate` (Hibernate boot, scratch canonicalization, JavaPoet) and a
# `retort check` served by the scan and canonical caches and a `revision --autogenerate` after an edit load, recorded from real runs against PostgreSQL and
# merged. The launcher turns the list into a class-data sharing archive (target/retort.jsa) after each build,
# which saves roughly a quarter of a second per command. A stale list only costs speed: classes it misses load as usual, entries it names that no longer
# exist are skipped.
# Usage: src/cli/src/main/cds/regenerate.sh   (env: PGHOST PGPORT PGUSER, default 127.0.0.1 5432 postgres)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)"
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
export RETORT_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$db"
# run NAME ARGS...: one Retort command in the training project, recording the classes it loads in $work/NAME.list
run() {
    local name="$1"
    shift
    (cd "$work" && java -XX:DumpLoadedClassList="$work/$name.list" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m \
        -cp "$repo/target/retort.jar" dev.retort.cli.Main "$@" >/dev/null)
}
run upgrade upgrade head

# autogenerate and check over two entities, compiled from sources
mkdir -p "$work/entities/train"
cat > "$work/entities/train/Owner.java" <<'JAVA'
package train;

import jakarta.persistence.*;

@Entity
@Table(name = "owner", indexes = @Index(name = "ix_owner_created", columnList = "created_at"))
public class Owner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, length = 120)
    String name;
    @Column(length = 40, unique = true)
    String code;
    @Column(precision = 12, scale = 2)
    java.math.BigDecimal amount;
    @Column(name = "created_at", nullable = false)
    java.time.Instant createdAt;
    boolean active;
}
JAVA
cat > "$work/entities/train/Pet.java" <<'JAVA'
package train;

import jakarta.persistence.*;

@Entity
public class Pet {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 60)
    String name;
    @ManyToOne(fetch = FetchType.LAZY)
    Owner owner;
}
JAVA
printf 'entities.sources=entities\n' > "$work/retort.properties"
run autogenerate revision --autogenerate -m train2
(cd "$work" && java -cp "$repo/target/retort.jar" dev.retort.cli.Main upgrade >/dev/null)
run check check

# an edit: the incremental compile and scan (Pet booted, Owner as its stand-in), and the table-by-table canonical form
sed -i 's/    Owner owner;/    Owner owner;\n    @Column(length = 30)\n    String nickname;/' "$work/entities/train/Pet.java"
run edit revision --autogenerate -m train3

cat "$work/upgrade.list" "$work/autogenerate.list" "$work/check.list" "$work/edit.list" | grep -v '^#' \
    | awk '!seen[$0]++' \
    > "$repo/src/cli/src/main/cds/retort.classlist"
echo "src/cli/src/main/cds/retort.classlist: $(wc -l < "$repo/src/cli/src/main/cds/retort.classlist") classes"
