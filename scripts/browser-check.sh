#!/usr/bin/env bash
# Opens the HTML audit report of the bundled example (and decide's HTML report of the other) (examples/audit/juries-2016.jsonl: consistent
# dossiers, one whose declared verdict the votes contradict, one hostile line rejected) in headless
# Chromium: the page must render with no message on the browser's console (a script error, a
# resource refused); its screenshot is saved (cqpm-cli/target/audit-report.png, the README's is
# docs/audit-report.png). Needs the runnable jar (mvn package) and Chromium: Debian's package is
# installed when absent and the user may (root with apt-get).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cqpm-cli/target/cqpm.jar"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "installing Chromium (Debian's package)"
  (apt-get install -y -q chromium > /dev/null 2>&1 || (apt-get update -q > /dev/null && apt-get install -y -q chromium > /dev/null))
  browser="$(command -v chromium || true)"
fi
if [ -z "$browser" ]; then
  echo "no Chromium: install Debian's chromium package to run the browser check" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
java -jar "$jar" audit "$root/examples/audit/juries-2016.jsonl" --out "$work/report.jsonl" \
  --html "$work/report.html" > "$work/summary.json" || status=$?
if [ "$status" != 2 ]; then
  echo "the example's audit should exit 2 (a line rejected), exited $status" >&2
  exit 1
fi
java -jar "$jar" decide "$root/examples/tie-broken-by-president.json" --format html > "$work/decision.html"
screenshot="$root/cqpm-cli/target/audit-report.png"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1400 \
  --enable-logging=stderr --v=0 --screenshot="$screenshot" "file://$work/report.html" \
  > "$work/browser.log" 2>&1
"$browser" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
  --screenshot="$root/cqpm-cli/target/decision-report.png" "file://$work/decision.html" >> "$work/browser.log" 2>&1
if grep -E 'CONSOLE|Uncaught|Refused to' "$work/browser.log"; then
  echo "the browser reported the lines above on the report" >&2
  exit 1
fi
[ -s "$screenshot" ] || { echo "no screenshot was saved" >&2; exit 1; }
echo "the HTML report renders in $("$browser" --version 2>/dev/null | head -n 1) with no console message; screenshot: ${screenshot#"$root/"}"
