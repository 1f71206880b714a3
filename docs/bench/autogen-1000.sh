#!/usr/bin/env bash
# Benchmark: autogenerate and check over 1000 entities, whole `./retort` processes.
#
# Generates 1000 entity classes (docs/bench/GenerateEntities.java: ~8 columns each, identity id, varchars,
# numeric(12,2), timestamptz, boolean, a nullable @ManyToOne to an earlier entity, a unique column, an
# index) into a temporary project, compiles them once with javac (as `mvn compile` would), and points the
# project at a fresh database on the local PostgreSQL server (127.0.0.1:5432). Then, with hyperfine (median
# of RUNS runs; peak RSS of every run through /usr/bin/time):
#   a  revision --autogenerate on the empty database   (cold: no .retort/cache/{scan,canonical}; warm: both)
#   b  upgrade (applies the 1000-table migration), then check with no changes (cold and warm, as above)
#   c  5% of the entities edited (50 classes: a column added, a length changed, an index added, a column made
#      NOT NULL), recompiled, revision --autogenerate
#   s  for information: a and b with entities.sources (Retort compiles the sources in-process): cold (no
#      .retort/cache of entities at all) and warm
#   x  with the scratch server: RETORT_SCRATCH_URL names the local server (Retort creates and drops its
#      scratch database there) instead of the default embedded PostgreSQL in .retort/pg: check with no
#      changes (warm), and the first autogenerate after the 5% edit (no canonical cache)
# Every comparison only reads the target database; the desired schema is canonicalized in the scratch database.
# Usage: docs/bench/autogen-1000.sh [RUNS=5] [ENTITIES=1000]   (env: PGHOST PGPORT PGUSER; KEEP=1 keeps the
# temporary project and databases; RESULTS=file.tsv also writes the figures there; SECTIONS="x" measures only
# the sections named, default "a b s c x", and runs what the others prepare once, unmeasured)
set -euo pipefail

runs="${1:-5}"
count="${2:-1000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="retort_bench_autogen"
dbsrc="retort_bench_autogen_src"
work="$(mktemp -d -t retort-autogen-XXXXXX)"
cleanup() {
    if [[ -z "${KEEP:-}" ]]; then
        rm -rf "$work"
        for d in "$db" "$dbsrc"; do
            psql -qX -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true
        done
    else
        echo "kept $work and databases $db, $dbsrc"
    fi
}
trap cleanup EXIT
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

# build the jar (and its class-data sharing archive) outside the measurement
"$repo/retort" --version >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
     "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); server: $(psql -qXtA -d postgres -c 'SHOW server_version')"

# --- the project: entity sources, compiled once, as a build would ---------------------------------------
classes="$work/classes-project"
sources="$work/sources-project"
mkdir -p "$classes/migrations" "$sources/migrations"
java "$repo/docs/bench/GenerateEntities.java" "$classes/src" "$count" >/dev/null
cp -r "$classes/src" "$sources/src"
compile() {
    rm -rf "$classes/classes"
    javac -proc:none -nowarn -d "$classes/classes" -cp "$repo/target/retort.jar" \
        $(find "$classes/src" -name '*.java')
}
compile
cat > "$classes/retort.properties" <<EOF
url=postgresql://$PGUSER@$PGHOST:$PGPORT/$db
entities.classes=classes
entities.packages=bench.model
migrations.dir=migrations
EOF
cat > "$sources/retort.properties" <<EOF
url=postgresql://$PGUSER@$PGHOST:$PGPORT/$dbsrc
entities.sources=src
migrations.dir=migrations
EOF

fresh() { echo "psql -qX -d postgres -c 'DROP DATABASE IF EXISTS $1 WITH (FORCE)' -c 'CREATE DATABASE $1' >/dev/null"; }
clear_derived() { echo "rm -rf $1/.retort/cache/scan $1/.retort/cache/canonical"; }

results="$work/results.tsv"
: > "$results"
# measure NAME DIR PREPARE COMMAND [EXPECTED_EXIT=0]: hyperfine over `./retort COMMAND` in DIR, peak RSS by /usr/bin/time
measure() {
    local name="$1" dir="$2" prepare="$3" cmd="$4" rss="$work/rss-$1.txt"
    : > "$rss"
    hyperfine --style none --runs "$runs" --export-json "$work/$name.json" --prepare "$prepare" \
        -n "$name" "cd $dir && env ${RUN_ENV:-} /usr/bin/time -f %M -a -o $rss $repo/retort $cmd >/dev/null" >/dev/null
    python3 - "$work/$name.json" "$rss" "$name" "$cmd" >> "$results" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][0]
rss = sorted(int(l) for l in open(sys.argv[2]) if l.strip())
print("%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%.0f\t%.0f\t%s" % (sys.argv[3], r["median"], r["min"], r["max"],
      r["user"], r["system"], len(r["times"]), statistics.median(rss) / 1024, max(rss) / 1024, sys.argv[4]))
PY
    tail -1 "$results" | awk -F'\t' '{printf "%-22s median %6.3f s  (min %.3f, max %.3f; user %.2f s, sys %.2f s; %d runs)  peak RSS median %d MiB, max %d MiB\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}'
}
tables() { psql -qXtA -d "$1" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'retort_version'"; }
expect() { [[ "$1" == "$2" ]] || { echo "expected $2, got $1 ($3)" >&2; exit 1; }; }
sections=" ${SECTIONS:-a b s c x} "
on() { [[ "$sections" == *" $1 "* ]]; }

# --- a: autogenerate on an empty database -------------------------------------------------------------
P="$classes"
if on a; then
    measure a-autogen-cold "$P" "$(fresh $db); rm -f $P/migrations/*.java; $(clear_derived $P)" "revision --autogenerate -m initial"
    measure a-autogen-warm "$P" "$(fresh $db); rm -f $P/migrations/*.java" "revision --autogenerate -m initial"
else
    eval "$(fresh $db)"
    (cd "$P" && "$repo/retort" revision --autogenerate -m initial >/dev/null)
fi
initial="$(ls "$P"/migrations/*_initial.java)"
expect "$(grep -c 'op.createTable(' "$initial")" "$count" "tables created by the initial migration"

# --- b: upgrade, then check with no changes -----------------------------------------------------------
(cd "$P" && "$repo/retort" upgrade >/dev/null) # compiles the migration once: measured runs find it compiled
if on b; then
    measure b-upgrade "$P" "$(fresh $db)" "upgrade"
    expect "$(tables $db)" "$count" "tables after upgrade"
    measure b-check-cold "$P" "$(clear_derived $P)" "check"
    measure b-check "$P" "true" "check"
fi

# --- s: the same with entities.sources (in-process compile), for information ----------------------------
if on s; then
    S="$sources"
    measure s-autogen-cold "$S" "$(fresh $dbsrc); rm -f $S/migrations/*.java; rm -rf $S/.retort/cache" "revision --autogenerate -m initial"
    measure s-autogen-warm "$S" "$(fresh $dbsrc); rm -f $S/migrations/*.java" "revision --autogenerate -m initial"
    (cd "$S" && "$repo/retort" upgrade >/dev/null)
    expect "$(tables $dbsrc)" "$count" "tables after upgrade (sources)"
    measure s-check-cold "$S" "rm -rf $S/.retort/cache/entities $S/.retort/cache/scan $S/.retort/cache/canonical" "check"
    measure s-check-warm "$S" "true" "check"
fi

# --- c: 5% of the entities edited, recompiled, autogenerate ---------------------------------------------
java "$repo/docs/bench/GenerateEntities.java" "$P/src" "$count" --mutate >/dev/null
compile
if on c; then
    measure c-autogen-5pct "$P" "rm -f $P/migrations/*_five_percent.java; $(clear_derived $P)" "revision --autogenerate -m five_percent"
    changed="$(ls "$P"/migrations/*_five_percent.java)"
    ops="$(sed -n '/void upgrade/,/^    }/p' "$changed" | grep -c '^ *op\.')"
    expect "$ops" "$((count / 20))" "operations of the 5% migration"

    rm -f "$changed" # check sees the drift the 5% migration would fix
    set +e
    (cd "$P" && "$repo/retort" check >/dev/null)
    status=$?
    set -e
    expect "$status" 1 "check exit code with the edited entities not migrated"
fi

# --- x: the scratch server named by RETORT_SCRATCH_URL (the local server) instead of the embedded one ----
if on x; then
    RUN_ENV="RETORT_SCRATCH_URL=postgresql://$PGUSER@$PGHOST:$PGPORT/postgres"
    measure x-autogen-5pct "$P" "rm -f $P/migrations/*_five_percent.java; $(clear_derived $P)" "revision --autogenerate -m five_percent"
    expect "$(sed -n '/void upgrade/,/^    }/p' "$(ls "$P"/migrations/*_five_percent.java)" | grep -c '^ *op\.')" "$((count / 20))" \
        "operations of the 5% migration (scratch server)"
    (cd "$P" && env $RUN_ENV "$repo/retort" upgrade >/dev/null)
    measure x-check-cold "$P" "$(clear_derived $P)" "check"
    measure x-check "$P" "true" "check"
    RUN_ENV=""
fi

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "figures: $results"
cat "$results" > "${RESULTS:-/dev/null}"
