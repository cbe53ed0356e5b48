#!/usr/bin/env bash
# The runnable jar carries one Jackson: Jackson 3 (tools/jackson; com/fasterxml/jackson/annotation
# stays, Jackson 3 uses it), no Jackson 2 core or databind, no YAML library. Needs the jar (mvn package).
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
