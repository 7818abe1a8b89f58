#!/usr/bin/env bash
# Boussole's reading speed next to bare Tika, and an output-identity check between two builds.
#
#   read-speed.sh snapshot NAME            compile the tree (core and what it needs) and keep its classes as NAME
#   read-speed.sh dump NAME OUTDIR [DCE…]  read each DCE with snapshot NAME (1 thread), write OUTDIR/<dce>.json
#   read-speed.sh compare DIR_A DIR_B      the JSON dumps must be byte-identical
#   read-speed.sh post NAME SECONDS [DCE…] extract once, then repeat segment + role + profile (to profile them)
#   read-speed.sh bench ROUNDS NAME… [-- DCE…]
#                                          for each snapshot in turn (alternating, ROUNDS JVM runs each), one JVM:
#                                          2 warm-up rounds then 5 measured rounds, each round = bare Tika then
#                                          Boussole's stages on the same files; medians and ratio to bare Tika
# Default DCEs: sample-tenders/dce/* and $BOUSSOLE_SHARED/corpus/dce/* (default ../shared next to the repo).
# Snapshots live in bench/read-speed/target/<NAME>. One core's worth of CPU per JVM (-XX:ActiveProcessorCount=1).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$HERE/target"
SHARED="${BOUSSOLE_SHARED:-$ROOT/../shared}"
MODULES=(model extractor segmenter profiler matcher rules-drl packs core)
JAVA_OPTS=(-Xmx1g -XX:+UseSerialGC -XX:ActiveProcessorCount=1 -Dfile.encoding=UTF-8
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)

default_dces() {
  for d in "$ROOT"/sample-tenders/dce/* "$SHARED"/corpus/dce/*; do [ -d "$d" ] && echo "$d"; done
}

classpath() { # NAME -> classpath of that snapshot
  local snap="$WORK/$1" cp
  [ -f "$snap/deps.txt" ] || { echo "snapshot absent : $1" >&2; exit 2; }
  cp="$(cat "$snap/deps.txt")"
  for m in "${MODULES[@]}"; do cp="$snap/$m:$cp"; done
  echo "$cp"
}

run() { # NAME args…
  local name="$1"; shift
  java "${JAVA_OPTS[@]}" ${READ_SPEED_JAVA_OPTS:-} -cp "$(classpath "$name")" "$HERE/ReadSpeed.java" "$@"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  snapshot)
    name="$1"; snap="$WORK/$name"
    (cd "$ROOT" && mvn -o -B -q -pl core -am compile dependency:build-classpath \
        -Dmdep.outputFile="$WORK/cp.txt" >&2)
    rm -rf "$snap"; mkdir -p "$snap"
    # the reactor modules come from the snapshot, the rest from ~/.m2
    tr ':' '\n' < "$WORK/cp.txt" | grep -v "^$ROOT/" | paste -sd: > "$snap/deps.txt"
    for m in "${MODULES[@]}"; do cp -r "$ROOT/$m/target/classes" "$snap/$m"; done
    (cd "$ROOT" && git rev-parse HEAD && git status --short) > "$snap/commit.txt"
    echo "snapshot $name : $snap ($(head -1 "$snap/commit.txt"))"
    ;;
  dump)
    name="$1"; out="$2"; shift 2
    if [ $# -eq 0 ]; then mapfile -t dces < <(default_dces); else dces=("$@"); fi
    run "$name" dump "$out" "${dces[@]}"
    ;;
  post) # NAME SECONDS [DCE…]: segment + role + profile only, repeated (for a profiler)
    name="$1"; secs="$2"; shift 2
    if [ $# -eq 0 ]; then mapfile -t dces < <(default_dces); else dces=("$@"); fi
    run "$name" post "$secs" "${dces[@]}"
    ;;
  compare)
    a="$1"; b="$2"; status=0
    for f in "$a"/*.json; do
      g="$b/$(basename "$f")"
      if cmp -s "$f" "$g"; then echo "identique : $(basename "$f")"
      else echo "DIFFÉRENT : $(basename "$f")"; status=1; fi
    done
    [ "$(ls "$a"/*.json | wc -l)" -eq "$(ls "$b"/*.json | wc -l)" ] || { echo "nombre de fichiers différent"; status=1; }
    exit $status
    ;;
  bench)
    rounds="$1"; shift; names=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do names+=("$1"); shift; done
    [ "${1:-}" = "--" ] && shift
    if [ $# -eq 0 ]; then mapfile -t dces < <(default_dces); else dces=("$@"); fi
    for ((r = 1; r <= rounds; r++)); do
      for n in "${names[@]}"; do
        echo "== $n (run $r/$rounds)"
        run "$n" bench 2 5 "${dces[@]}"
      done
    done
    ;;
  *)
    sed -n '2,13p' "$0"; exit 2
    ;;
esac
