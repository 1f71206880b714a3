#!/usr/bin/env bash
# `retort check --ci` on a 100-entity project whose migrations arrived in 10 steps of 10 entities.
# Measures the whole process (throwaway embedded PostgreSQL, 10 migrations applied with the stairway,
# comparison with the entities). Target: under 30 s on a 2-core machine.
#
# Usage: docs/bench/check-ci-100.sh [RUNS=3]
# Needs the PostgreSQL server at 127.0.0.1:5432 (user postgres) only to generate the migrations.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d -t retort-ci100-XXXXXX)"
db="retort_bench_ci100"
trap 'rm -rf "$work"; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" postgres >/dev/null 2>&1 || true' EXIT

mkdir -p "$work/entities" "$work/migrations"
printf 'entities.sources=entities\n' > "$work/retort.properties"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db" postgres >/dev/null 2>&1
cd "$work"
for n in 10 20 30 40 50 60 70 80 90 100; do
    java "$repo/docs/bench/GenerateEntities.java" "$work/entities" "$n" >/dev/null
    RETORT_URL="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "$repo/retort" revision --autogenerate -m "entities up to $n" >/dev/null
    RETORT_URL="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "$repo/retort" upgrade >/dev/null
    sleep 1 # migration file names carry the second they were created
done
echo "$(ls migrations | wc -l) migrations, $(find entities -name '*.java' | wc -l) entities"
for i in $(seq 1 "$runs"); do
    /usr/bin/time -f "check --ci: %e s wall, peak RSS %M KiB" "$repo/retort" check --ci | head -1
done
