#!/usr/bin/env bash
# Builds the benchmark jar and runs Boussole's benchmarks (see bench/README.md).
#
#   bench/run.sh                    all benchmarks (≈ 1 h on 2 cores), results in bench/results/<date>/
#   bench/run.sh --quick            smoke run (1 fork, short iterations): checks the plumbing, not the speed
#   bench/run.sh --only read,judge  a subset: read, judge, kiebase (= kiebase-cold + kiebase-warm)
#   bench/run.sh --threads 1        thread counts for the read benchmark (default 1,2)
#   bench/run.sh --factor 10        criteria multiplier of the judge benchmark (default 10)
#   bench/run.sh --judge check      judge benchmark methods (default check,readAndCheck)
#   bench/run.sh --forks 2 --warmup 2 --iterations 4 --time 5   shorter runs (override the annotations)
#   bench/run.sh --profile          JFR profile of reading and judging instead (writes profile.md)
#   bench/run.sh --summarize DIR    rewrite summary.md/summary.csv of an earlier run
#
# Environment: BENCH_OUT (result folder), MVN_FLAGS (e.g. -o), SKIP_BUILD=1 (reuse bench/target/benchmarks.jar),
# BENCH_JAR (another benchmark jar, e.g. a copy built from an earlier commit; implies SKIP_BUILD=1),
# BOUSSOLE_SHARED (shared material, default ../shared; its corpus is skipped when absent),
# BENCH_PACKS (extra packs for the normal set, comma-separated paths), JAVA (java binary).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAVA=${JAVA:-java}
JAR=${BENCH_JAR:-bench/target/benchmarks.jar}
OUT=${BENCH_OUT:-bench/results/$(date +%F)}
SHARED=${BOUSSOLE_SHARED:-$ROOT/../shared}

[[ -n ${BENCH_JAR:-} ]] && SKIP_BUILD=1
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  echo "== build: mvn -pl bench -am -Pbench package (tests skipped)"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS:-} -pl bench -am -Pbench package -DskipTests
fi
[[ -f $JAR ]] || { echo "introuvable : $JAR (lancez sans SKIP_BUILD=1)" >&2; exit 2; }

props=(-Dboussole.root="$ROOT" -Dboussole.shared="$SHARED" -Dfile.encoding=UTF-8)
[[ -n ${BENCH_PACKS:-} ]] && props+=(-Dboussole.bench.packs="$BENCH_PACKS")

args=("$@")
for a in "$@"; do
  if [[ $a == --summarize ]]; then
    exec "$JAVA" "${props[@]}" -jar "$JAR" "${args[@]}"
  fi
done

mkdir -p "$OUT"
echo "== results: $OUT"
jvm=(-Xmx2g -XX:+UseG1GC)
for a in "$@"; do
  # deep stacks so that Tika/PDFBox samples keep their Boussole frames
  [[ $a == --profile ]] && jvm+=(-XX:FlightRecorderOptions=stackdepth=512)
done
"$JAVA" "${jvm[@]}" "${props[@]}" -jar "$JAR" --out "$OUT" "${args[@]}" 2>&1 | tee "$OUT/run.log"
