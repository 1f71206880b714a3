#!/usr/bin/env bash
# Benchmark: `retort upgrade head` over a chain of 500 migrations, each adding one column to one of 10
# tables, from base on a fresh database of the local PostgreSQL server (127.0.0.1:5432).
#   cold: no compile cache (.retort/cache removed before each run): compiles 500 sources, then migrates
#   warm: compile cache present: loads the classes, then migrates
# Uses hyperfine when installed (apt-get install -y hyperfine), else /usr/bin/time; median of RUNS runs.
# Usage: docs/bench/upgrade-500.sh [RUNS]   (env: PGHOST PGPORT PGUSER, default 127.0.0.1 5432 postgres)
set -euo pipefail

runs="${1:-5}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="retort_bench_500"
work="$(mktemp -d -t retort-bench-XXXXXX)"
trap 'rm -rf "$work"; psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true' EXIT

# build the jar outside the measurement
"$repo/retort" --version >/dev/null

mkdir -p "$work/migrations"
parent=""
for i in $(seq 0 499); do
    id="$(printf 'b%011d' "$i")"
    table="t$((i % 10))"
    if ((i < 10)); then
        up="op.createTable(\"$table\", column(\"c$i\", INTEGER));"
        down="op.dropTable(\"$table\");"
    else
        up="op.addColumn(\"$table\", column(\"c$i\", TEXT));"
        down="op.dropColumn(\"$table\", \"c$i\");"
    fi
    parents="${parent:+\"$parent\"}"
    cat > "$work/migrations/M$(printf '%04d' "$i").java" <<JAVA
import dev.retort.api.*;
import static dev.retort.api.Schema.*;

@Revision(id = "$id", parents = {$parents}, message = "column $i")
public final class M$(printf '%04d' "$i") implements Migration {
    @Override
    public void upgrade(Operations op) {
        $up
    }

    @Override
    public void downgrade(Operations op) {
        $down
    }
}
JAVA
    parent="$id"
done

export RETORT_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$db"
fresh_db="psql -qX -d postgres -c 'DROP DATABASE IF EXISTS $db WITH (FORCE)' -c 'CREATE DATABASE $db'"
upgrade="cd $work && $repo/retort upgrade head >/dev/null"

check() {
    local n
    n="$(psql -qXtA -d "$db" -c "SELECT count(*) FROM retort_version")"
    [[ "$n" == 500 ]] || { echo "expected 500 applied revisions, found $n" >&2; exit 1; }
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
if command -v hyperfine >/dev/null; then
    hyperfine --style basic --runs "$runs" --export-json "$work/cold.json" \
        --prepare "$fresh_db >/dev/null && rm -rf $work/.retort/cache" -n cold "$upgrade"
    check
    hyperfine --style basic --runs "$runs" --export-json "$work/warm.json" \
        --prepare "$fresh_db >/dev/null" -n warm "$upgrade"
    check
    for mode in cold warm; do
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%s: median %.3f s, min %.3f s, max %.3f s, user %.3f s, %d runs" % (sys.argv[2], r["median"], r["min"], r["max"], r["user"], len(r["times"])))' "$work/$mode.json" "$mode"
    done
else
    for mode in cold warm; do
        times=()
        for _ in $(seq 1 "$runs"); do
            eval "$fresh_db" >/dev/null
            [[ "$mode" == cold ]] && rm -rf "$work/.retort/cache"
            t="$( { /usr/bin/time -f '%e' bash -c "$upgrade" ; } 2>&1 | tail -1)"
            times+=("$t")
        done
        check
        median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
        echo "$mode: median ${median}s of ${times[*]}"
    done
fi
