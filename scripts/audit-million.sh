#!/usr/bin/env bash
# The documented scale run of `cqpm audit` (not part of the default build): generates N dossiers
# (default 1,000,000) as JSON Lines, audits them with a 64 MB heap on one thread and on every
# processor (the two reports must be the same, byte for byte), then parses the same file with
# plain Jackson and nothing else, and prints the throughputs and their ratios.
#
#   bash scripts/audit-million.sh [N] [WORK_DIR]
#
# The file takes about 2.4 KB a dossier (2.4 GB for a million) in WORK_DIR (default: a new
# temporary directory, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000000}"
work="${2:-$(mktemp -d)}"
keep="${2:+yes}"
mkdir -p "$work"
file="$work/dossiers.jsonl"

mvn -B -q -DskipTests -pl cqpm-cli,cqpm-benchmarks -am package
bench=cqpm-benchmarks/target/benchmarks.jar

echo "generating $count dossiers into $file"
java -cp "$bench" io.github.cqpm.benchmarks.GenerateDossiers "$file" "$count"
ls -l "$file"

# audit FILE THREADS: audits with a 64 MB heap, prints the rate, leaves it in $rate
audit() {
  local threads="$1"
  echo "auditing with -Xmx64m on $threads thread(s)"
  local start end status=0
  start=$(date +%s.%N)
  java -Xmx64m -jar cqpm-cli/target/cqpm.jar audit "$file" --threads "$threads" \
    --out "$work/report-$threads.jsonl" > "$work/summary-$threads.json" || status=$?
  end=$(date +%s.%N)
  echo "audit exit code: $status"
  rate=$(awk -v n="$count" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }')
  awk -v n="$count" -v a="$start" -v b="$end" -v r="$rate" -v t="$threads" \
    'BEGIN { printf "audit on %d thread(s): %d dossiers in %.1f s: %d dossiers/s\n", t, n, b - a, r }'
}

threads=$(nproc)
audit 1
single_rate="$rate"
cat "$work/summary-1.json"
audit "$threads"
audit_rate="$rate"
# the summaries differ only in when each run started and ended
untimed() { grep -v -e '"started"' -e '"ended"' "$1"; }
if cmp -s "$work/report-1.jsonl" "$work/report-$threads.jsonl" \
    && cmp -s <(untimed "$work/summary-1.json") <(untimed "$work/summary-$threads.json"); then
  echo "the report and the summary (but its times) on $threads threads are the same, byte for byte, as on one"
else
  echo "the reports on 1 and $threads threads differ" >&2
  exit 1
fi
awk -v a="$audit_rate" -v s="$single_rate" -v t="$threads" \
  'BEGIN { printf "%d threads: %.2f x the single-thread audit\n", t, a / s }'

# What the machine gives to work that shares nothing: as many single-thread audits as processors,
# side by side, each a process of its own. The parallel audit cannot beat this ceiling.
echo "auditing with -Xmx64m on 1 thread, $threads processes side by side"
start=$(date +%s.%N)
for i in $(seq "$threads"); do
  java -Xmx64m -jar cqpm-cli/target/cqpm.jar audit "$file" --threads 1 \
    --out "$work/side-$i.jsonl" > /dev/null &
done
wait
end=$(date +%s.%N)
awk -v n="$count" -v t="$threads" -v a="$start" -v b="$end" -v s="$single_rate" \
  'BEGIN { r = n * t / (b - a); printf "%d single-thread audits side by side: %d dossiers/s in all, %.2f x one alone: the machine'"'"'s ceiling\n", t, r, r / s }'

parse_line=$(java -Xmx64m -cp "$bench" io.github.cqpm.benchmarks.ParseOnly "$file")
echo "$parse_line"
parse_rate=$(echo "$parse_line" | sed -E 's/.*: ([0-9]+) dossiers\/s/\1/')
awk -v a="$single_rate" -v p="$parse_rate" 'BEGIN { printf "the single-thread audit keeps %.0f %% of the parse-only throughput\n", 100 * a / p }'

if [ -z "$keep" ]; then rm -rf "$work"; fi
