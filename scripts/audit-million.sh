#!/usr/bin/env bash
# The documented scale run of `cqpm audit` (not part of the default build): generates N dossiers
# (default 1,000,000) as JSON Lines, audits them with a 64 MB heap, then parses the same file with
# plain Jackson and nothing else, and prints both throughputs and their ratio.
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

echo "auditing with -Xmx64m"
start=$(date +%s.%N)
status=0
java -Xmx64m -jar cqpm-cli/target/cqpm.jar audit "$file" --out "$work/report.jsonl" > "$work/summary.json" || status=$?
end=$(date +%s.%N)
echo "audit exit code: $status"
cat "$work/summary.json"
audit_rate=$(awk -v n="$count" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }')
awk -v n="$count" -v a="$start" -v b="$end" -v r="$audit_rate" 'BEGIN { printf "audit: %d dossiers in %.1f s: %d dossiers/s\n", n, b - a, r }'

parse_line=$(java -Xmx64m -cp "$bench" io.github.cqpm.benchmarks.ParseOnly "$file")
echo "$parse_line"
parse_rate=$(echo "$parse_line" | sed -E 's/.*: ([0-9]+) dossiers\/s/\1/')
awk -v a="$audit_rate" -v p="$parse_rate" 'BEGIN { printf "audit keeps %.0f %% of the parse-only throughput\n", 100 * a / p }'

if [ -z "$keep" ]; then rm -rf "$work"; fi
