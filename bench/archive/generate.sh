#!/usr/bin/env bash
# Builds bench/target/archive-N (N synthetic tenders) from the sample tenders' sources; deterministic.
# Usage: bench/archive/generate.sh N
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:?usage: generate.sh N}"
OUT="$ROOT/bench/target/archive-$N"
CP_FILE="$ROOT/bench/target/sample-tenders.cp"
mkdir -p "$ROOT/bench/target"
if [ ! -f "$CP_FILE" ] || [ ! -d "$ROOT/sample-tenders/target/classes" ]; then
  (cd "$ROOT" && mvn -q -B -o -pl sample-tenders -am compile dependency:build-classpath \
     -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime) >&2
fi
if [ -d "$OUT" ] && [ "$(ls "$OUT" | wc -l)" = "$N" ]; then
  echo "$OUT existe déjà ($N DCE)"; exit 0
fi
rm -rf "$OUT"
java -cp "$ROOT/sample-tenders/target/classes:$(cat "$CP_FILE")" "$ROOT/bench/archive/GenerateArchive.java" \
  "$ROOT/sample-tenders/src/tenders" "$OUT" "$N"
