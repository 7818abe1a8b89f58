#!/usr/bin/env bash
# Archive benchmark: `boussole batch` against Apache Tika's own batch text extraction (tika-app -i/-o) over the
# same synthetic archive, same thread count, one after the other. Prints one JSON line per tool and appends a
# row to bench/target/archive-results.tsv.
# Usage: bench/archive/run.sh N [THREADS] [extra boussole batch options…]
# Needs: Java 17, Maven (to build the CLI and fetch tika-app 3.0.0 into bench/target, never committed), python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:?usage: run.sh N [THREADS]}"
T="${2:-2}"
shift $(( $# >= 2 ? 2 : 1 ))
JAR="$ROOT/cli/target/boussole.jar"
TIKA_VERSION=3.0.0   # tika-app 3.3.1 (Boussole's Tika) is not on the Central this project uses; 3.0.0 is
TIKA="$ROOT/bench/target/tika/tika-app-$TIKA_VERSION.jar"
ARCH="$ROOT/bench/target/archive-$N"
RUN="$ROOT/bench/target/run-$N-t$T"

[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -B -DskipTests -pl cli -am package)
[ -f "$TIKA" ] || (cd "$ROOT" && mvn -q -B dependency:copy -Dartifact=org.apache.tika:tika-app:$TIKA_VERSION \
                     -DoutputDirectory="$ROOT/bench/target/tika")
"$ROOT/bench/archive/generate.sh" "$N" >&2
rm -rf "$RUN"; mkdir -p "$RUN"

echo "== boussole batch, $N DCE, $T fil(s)" >&2
python3 "$ROOT/bench/archive/treemem.py" --json "$RUN/boussole.json" -- \
  java -Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "$JAR" batch "$ARCH" --out "$RUN/boussole" \
  --threads "$T" --check-date 2026-11-20 "$@" > "$RUN/boussole.txt" 2> "$RUN/boussole.err" || true
cat "$RUN/boussole.txt" >&2

echo "== tika-app $TIKA_VERSION -t -i/-o, $N DCE, $T fil(s)" >&2
python3 "$ROOT/bench/archive/treemem.py" --json "$RUN/tika.json" -- \
  java -Xmx1g -jar "$TIKA" -t -numConsumers "$T" -i "$ARCH" -o "$RUN/tika" > "$RUN/tika.log" 2>&1 || true

python3 - "$RUN" "$N" "$T" "$ROOT/bench/target/archive-results.tsv" <<'PY'
import csv, json, os, sys
run, n, t, tsv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
b = json.load(open(f'{run}/boussole.json')); k = json.load(open(f'{run}/tika.json'))
with open(f'{run}/boussole/summary.csv', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f, delimiter=';'))
pages = sum(int(r['pages'] or 0) for r in rows)
files = sum(int(r['pièces'] or 0) for r in rows)
failed = sum(1 for r in rows if r['issue'] == 'échec')
tika_files = sum(len(fs) for _, _, fs in os.walk(f'{run}/tika'))
row = {
    'tenders': n, 'threads': t, 'files': files, 'pages': pages, 'failed': failed,
    'boussole_s': b['wall_s'], 'boussole_cpu_s': b['cpu_s'], 'boussole_tenders_per_s': round(n / b['wall_s'], 3),
    'boussole_pages_per_s': round(pages / b['wall_s'], 2), 'boussole_peak_tree_mb': b['peak_tree_rss_mb'],
    'boussole_peak_main_mb': b['peak_main_rss_mb'], 'tika_s': k['wall_s'], 'tika_cpu_s': k['cpu_s'],
    'tika_outputs': tika_files, 'tika_peak_tree_mb': k['peak_tree_rss_mb'],
    'ratio_time_boussole_over_tika': round(b['wall_s'] / k['wall_s'], 2),
}
print(json.dumps(row))
new = not os.path.exists(tsv)
with open(tsv, 'a') as f:
    if new:
        f.write('\t'.join(row) + '\n')
    f.write('\t'.join(str(v) for v in row.values()) + '\n')
PY
