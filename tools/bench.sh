#!/usr/bin/env bash
# Speed benchmarks (docs/benchmarks.md): tools/bench.sh [import|month|recap|fairness|fairness-db|discipline|all] [--staff 8000] [--rounds 3] [--dir DIR]
# Runs id.tertib.bench.Bench (src/test/java) with the test classpath; never part of ./mvnw verify.
# JAVA_OPTS is passed to java, e.g. JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/import.jfr" for a profile.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-all}" in fairness|fairness-db|discipline) ;; *) # only the import compares with the sqlite3 CLI
    command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install -y sqlite3)" >&2; exit 1; } ;;
esac
./mvnw -q -B -o test-compile
cp_file=target/bench-classpath.txt
# Offline first; a fresh machine may not have the dependency plugin yet and fetches it once.
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null 2>&1 \
    || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp_file")" id.tertib.bench.Bench "$@"
