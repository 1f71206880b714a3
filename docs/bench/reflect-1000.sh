#!/usr/bin/env bash
# Reflection benchmark: creates 1000 tables in a scratch database (retort_bench_reflect) on the server
# named by RETORT_TEST_DATABASE_URL (default: PostgreSQL at 127.0.0.1:5432, user postgres), then times
# the raw catalog queries, the fast path reader and the SchemaCrawler reader (median of warm runs) and
# drops the database again. Arguments are passed on: [tables=1000] [runs=11] [schemaCrawlerRuns=5] [keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
offline=${MAVEN_OFFLINE--o}  # MAVEN_OFFLINE= (empty) lets Maven go online
# the benchmark is a test class of the autogen module; its modules below are installed first
./mvnw -q -B $offline install -DskipTests -pl src/autogen -am
./mvnw -q -B $offline test-compile dependency:build-classpath -pl src/autogen -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
cd src/autogen
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    dev.retort.bench.ReflectBenchmark "$@"
