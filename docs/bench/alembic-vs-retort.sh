#!/usr/bin/env bash
# Benchmark: the developer's loop at N entities, Retort and Alembic side by side, interleaved run by run.
#
# Both tools get the same schema: N entities from docs/bench/GenerateEntities.java for Retort, and the same tables,
# columns, constraints and indexes as an SQLAlchemy model (docs/bench/alembic/generate_models.py) for Alembic, whose
# env.py (docs/bench/alembic/env.py) turns compare_type and compare_server_default on. Each tool works on databases
# of its own on the same PostgreSQL server (127.0.0.1:5432 by default). Every step runs once per tool in turn, RUNS
# times, so that both see the same machine; the table gives medians, the ratio Retort / Alembic and the goal.
#
#   initial     autogenerate of the initial migration on an empty database (Retort: entities.classes, no caches)
#   upgrade     first upgrade head of that migration on an empty database (Retort: its compile cache empty)
#   check       check with no changes (Retort: check, warm; Alembic 1.8 has no check: autogenerate with no change)
#   edit-src    first autogenerate after editing 5% of the entities (a column added, a varchar widened, an index
#               added, a column made NOT NULL), Retort with entities.sources (it compiles the edited sources)
#   edit-cls    the same with entities.classes (compiled by the build, as `mvn compile` would, outside the timing)
# Before each timed edit run, Retort's .retort/cache is put back as it was before the edit (the caches of the
# unedited entities stay; those of the edit do not exist yet), and the edit's migration file is removed.
#
# Usage: docs/bench/alembic-vs-retort.sh [RUNS=3] [ENTITIES=1000]
#   env: PGHOST PGPORT PGUSER; KEEP=1 keeps the work folder and databases; RESULTS=file.tsv writes the raw times.
#   Needs: /usr/bin/time; python3 with alembic, sqlalchemy and psycopg2 (Debian: python3-alembic
#   python3-sqlalchemy python3-psycopg2; PYTHON=/usr/bin/python3 by default).
set -euo pipefail

runs="${1:-3}"
count="${2:-1000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$repo/docs/bench"
python="${PYTHON:-/usr/bin/python3}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
work="$(mktemp -d -t retort-vs-alembic-XXXXXX)"
dbs=(rb_retort_cls rb_retort_src rb_alembic)
cleanup() {
    if [[ -z "${KEEP:-}" ]]; then
        rm -rf "$work"
        for d in "${dbs[@]}"; do psql -qX -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true; done
    else
        echo "kept $work and databases ${dbs[*]}"
    fi
}
trap cleanup EXIT
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
"$python" -c "import alembic, sqlalchemy, psycopg2" 2>/dev/null \
    || { echo "needs alembic, sqlalchemy and psycopg2 for $python (apt-get install -y python3-alembic python3-sqlalchemy python3-psycopg2)" >&2; exit 2; }

"$repo/retort" --version >/dev/null # builds the jar outside the measurement
alembic_version="$("$python" -c 'import alembic, sqlalchemy; print(alembic.__version__, "/ SQLAlchemy", sqlalchemy.__version__)')"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory;" \
     "java: $(java -version 2>&1 | head -1); server: $(psql -qXtA -d postgres -c 'SHOW server_version'); Alembic $alembic_version"
echo "entities: $count, runs: $runs, load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

export PGOPTIONS="-c client_min_messages=warning"
fresh() { psql -qX -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null; }

# --- Retort: one project with entities.classes (compiled here, as the build would), one with entities.sources --
cls="$work/retort-classes"
src="$work/retort-sources"
mkdir -p "$cls/migrations" "$src/migrations"
java "$bench/GenerateEntities.java" "$cls/src" "$count" >/dev/null
cp -r "$cls/src" "$src/src"
compile_classes() {
    rm -rf "$cls/classes"
    javac -proc:none -nowarn -d "$cls/classes" -cp "$repo/target/retort.jar" $(find "$cls/src" -name '*.java')
}
compile_classes
printf 'url=postgresql://%s@%s:%s/rb_retort_cls\nentities.classes=classes\nentities.packages=bench.model\nmigrations.dir=migrations\n' \
    "$PGUSER" "$PGHOST" "$PGPORT" > "$cls/retort.properties"
printf 'url=postgresql://%s@%s:%s/rb_retort_src\nentities.sources=src\nmigrations.dir=migrations\n' \
    "$PGUSER" "$PGHOST" "$PGPORT" > "$src/retort.properties"

# --- Alembic: generated model, the benchmark's env.py -------------------------------------------------------
alm="$work/alembic"
(cd "$work" && "$python" -m alembic init -t generic alembic >/dev/null)
cp "$bench/alembic/env.py" "$alm/env.py"
"$python" "$bench/alembic/generate_models.py" "$alm/model.py" "$count" >/dev/null
sed -i "s#^script_location = .*#script_location = $alm#" "$work/alembic.ini"
export ALEMBIC_URL="postgresql+psycopg2://$PGUSER@$PGHOST:$PGPORT/rb_alembic"
A=("$python" -m alembic -c "$work/alembic.ini")

results="$work/results.tsv"
: > "$results"
# timed STEP TOOL DIR PREPARE COMMAND...: runs PREPARE (untimed), then COMMAND in DIR; records seconds and peak RSS
timed() {
    local step="$1" tool="$2" dir="$3" prepare="$4"
    shift 4
    eval "$prepare"
    local t="$work/time.txt"
    (cd "$dir" && /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>"$work/stderr.txt") \
        || { echo "$step/$tool failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    read -r secs kib < "$t"
    printf '%s\t%s\t%s\t%s\n' "$step" "$tool" "$secs" "$kib" >> "$results"
}
R="$repo/retort"
newest() { ls -t "$1"/*.py "$1"/*.java 2>/dev/null | head -1; }

for run in $(seq 1 "$runs"); do
    # initial autogenerate on an empty database
    timed initial retort "$cls" "fresh rb_retort_cls; rm -f $cls/migrations/*.java; rm -rf $cls/.retort/cache" \
        "$R" revision --autogenerate -m initial
    timed initial alembic "$work" "fresh rb_alembic; rm -f $alm/versions/*.py" "${A[@]}" revision --autogenerate -m initial
    # first upgrade head of it
    timed upgrade retort "$cls" "fresh rb_retort_cls; rm -rf $cls/.retort/cache/migrations" "$R" upgrade
    timed upgrade alembic "$work" "fresh rb_alembic" "${A[@]}" upgrade head
    # check with no changes (Retort warm: a check right after another)
    (cd "$cls" && "$R" check >/dev/null)
    timed check retort "$cls" "true" "$R" check
    timed check alembic "$work" "true" "${A[@]}" revision --autogenerate -m nochange
    rm -f "$(ls -t "$alm"/versions/*nochange*.py)"
done
expect_ops() { # FILE COUNT: the upgrade() of the migration has COUNT operations
    local n
    n="$(sed -n '/void upgrade/,/^    }/p' "$1" | grep -c '^ *op\.')"
    [[ "$n" == "$2" ]] || { echo "expected $2 operations in $1, found $n" >&2; exit 1; }
}
initial="$(ls "$cls"/migrations/*_initial.java)"
[[ "$(grep -c 'op.createTable(' "$initial")" == "$count" ]] || { echo "expected $count tables in $initial" >&2; exit 1; }

# --- the 5% edit: both Retort projects and Alembic at the initial migration, caches warm on the old entities --
cp "$cls"/migrations/*_initial.java "$src/migrations/"
fresh rb_retort_src
(cd "$src" && "$R" upgrade >/dev/null && "$R" check >/dev/null)
(cd "$cls" && "$R" check >/dev/null)
rm -rf "$work/cache-cls" "$work/cache-src"
cp -a "$cls/.retort/cache" "$work/cache-cls"
cp -a "$src/.retort/cache" "$work/cache-src"
java "$bench/GenerateEntities.java" "$cls/src" "$count" --mutate >/dev/null
java "$bench/GenerateEntities.java" "$src/src" "$count" --mutate >/dev/null
compile_classes
"$python" "$bench/alembic/generate_models.py" "$alm/model.py" "$count" --mutate >/dev/null
restore() { echo "rm -rf $1/.retort/cache; cp -a $2 $1/.retort/cache; rm -f $1/migrations/*_five_percent.java"; }
for run in $(seq 1 "$runs"); do
    timed edit-src retort "$src" "$(restore "$src" "$work/cache-src")" "$R" revision --autogenerate -m five_percent
    timed edit-src alembic "$work" "rm -f $alm/versions/*five_percent*.py" "${A[@]}" revision --autogenerate -m five_percent
    timed edit-cls retort "$cls" "$(restore "$cls" "$work/cache-cls")" "$R" revision --autogenerate -m five_percent
done
expect_ops "$(ls "$cls"/migrations/*_five_percent.java)" "$(( count / 20 ))"
alembic_edit="$(ls "$alm"/versions/*five_percent*.py)"
alembic_ops="$(sed -n '/^def upgrade/,/^def downgrade/p' "$alembic_edit" | grep -c '^ *op\.')"
(( alembic_ops >= count / 20 )) || { echo "Alembic found only $alembic_ops operations in $alembic_edit" >&2; exit 1; }

# --- the table ----------------------------------------------------------------------------------------------
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$results" > "${RESULTS:-/dev/null}"
"$python" - "$results" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
t = {}
rss = {}
for step, tool, secs, kib in rows:
    t.setdefault((step, tool), []).append(float(secs))
    rss.setdefault(tool, []).append(int(kib) / 1024)
def med(step, tool):
    v = t.get((step, tool))
    return statistics.median(v) if v else None
steps = [("edit-src", "edit-src", "first autogenerate after editing 5%, entities.sources", 0.25),
         ("edit-cls", "edit-src", "the same with entities.classes", 0.15),
         ("initial", "initial", "autogenerate of the initial migration, empty database", 0.5),
         ("upgrade", "upgrade", "first upgrade head of that migration", 0.6),
         ("check", "check", "check with no changes", 0.1)]
print("| step | Retort | Alembic | ratio | goal |")
print("|---|---:|---:|---:|---:|")
for step, alembic_step, label, goal in steps:
    r, a = med(step, "retort"), med(alembic_step, "alembic")
    print("| %s | %.2f s | %.2f s | %.2f | ≤ %.2f %s |" % (label, r, a, r / a, goal, "met" if r / a <= goal else "NOT met"))
print("| peak RSS, any step | %d MiB | %d MiB | | ≤ 512 MiB (Retort) |" % (max(rss["retort"]), max(rss["alembic"])))
PY
