#!/usr/bin/env bash
# The runnable jar, as a user runs it: it carries one Jackson, Jackson 3 (tools/jackson;
# com/fasterxml/jackson/annotation stays, Jackson 3 uses it), no Jackson 2 core or databind, no YAML
# library; and every command runs from it on the bundled examples with the exit code the README
# gives (what the tests, run on Maven's class path, cannot see: a library missing from the jar).
# Needs the jar (mvn package).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cqpm-cli/target/cqpm.jar"
entries="$(unzip -Z1 "$jar")"
for banned in com/fasterxml/jackson/core/ com/fasterxml/jackson/databind/ tools/jackson/dataformat/yaml/ org/snakeyaml/ org/yaml/; do
  if grep -q "^$banned" <<< "$entries"; then
    echo "the runnable jar carries $banned" >&2
    exit 1
  fi
done
grep -q '^tools/jackson/databind/' <<< "$entries" || { echo "the runnable jar lacks Jackson 3" >&2; exit 1; }
echo "the runnable jar carries Jackson 3 only, no YAML: $(( $(stat -c %s "$jar") / 1024 )) KB, $(wc -l <<< "$entries") entries"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ex="$root/examples"
failed=0
# expect CODE COMMAND...: runs the jar, checks the exit code and that no internal error is printed
expect() {
  local code="$1"; shift
  local got=0
  java -jar "$jar" "$@" > "$work/out" 2> "$work/err" < /dev/null || got=$?
  if [ "$got" != "$code" ] || grep -q "internal error" "$work/out" "$work/err"; then
    echo "cqpm $*: exit $got (expected $code)" >&2
    head -n 5 "$work/err" >&2
    failed=1
  fi
}
expect 0 --version
expect 0 decide "$ex/tie-broken-by-president.json"
expect 0 decide "$ex/tie-broken-by-president.json" --format json --lang en
expect 0 decide "$ex/tie-broken-by-president.json" --format html
expect 0 validate "$ex/tie-broken-by-president.json"
expect 2 audit "$ex/audit/juries-2016.jsonl" --out "$work/report.jsonl" --html "$work/report.html" --csv "$work/report.csv"
expect 0 referential
expect 0 referential --from-rncp "$ex/rncp/real-shapes.xml" --list
expect 0 referential --from-rncp "$ex/rncp/real-shapes.xml" --check
expect 0 referential --from-rncp "$ex/rncp/other-fiches.xml" --fiche RNCP34762 --format json
expect 0 decide "$ex/rncp/dossier-rncp34762.json" --referential-from-rncp "$ex/rncp/other-fiches.xml"
expect 0 schema
expect 0 accrochage "$ex/cdc/dossiers.jsonl" --holders "$ex/cdc/holders.jsonl" --id-client 03UIM123 \
  --id-contrat MCFCER000123 --out "$work/flux.xml"
expect 1 accrochage-report "$ex/cdc/rapport.xml"
expect 0 completion bash
[ "$failed" = 0 ] || exit 1
echo "every command runs from the jar on the bundled examples"
