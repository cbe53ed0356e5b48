#!/usr/bin/env bash
# Startup of the command line against a bare JVM, measured side by side in the same run
# (hyperfine-style: each command RUNS times, alternating, minimum and median reported, and the
# ratios to the bare `java -cp` hello-world on the same JVM). Then the same with an AppCDS archive
# of the classes `decide` loads (-XX:SharedArchiveFile), made by a training run; and, where a JDK 25
# is found (JAVA25_HOME, by default /usr/lib/jvm/temurin-25-jdk-amd64), the hello-world and
# `decide` on it, without and with an AOT cache of a training run (JEP 483/514: -XX:AOTCache).
# Needs the runnable jar: mvn -B -q -DskipTests -pl cqpm-cli -am package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/cqpm-cli/target/cqpm.jar"
example="$root/examples/tie-broken-by-president.json"
runs="${RUNS:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
java -XX:ArchiveClassesAtExit="$work/cqpm.jsa" -jar "$jar" decide "$example" > /dev/null 2>&1 || true
cds=(-XX:SharedArchiveFile="$work/cqpm.jsa" -Xshare:auto)

declare -A commands=(
  [hello]="java -cp $work/hello Hello"
  [version]="java -jar $jar --version"
  [decide]="java -jar $jar decide $example"
  [version-cds]="java ${cds[*]} -jar $jar --version"
  [decide-cds]="java ${cds[*]} -jar $jar decide $example"
)
names=(hello version decide version-cds decide-cds)
java25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
if [ -x "$java25" ]; then
  mkdir "$work/hello25"
  "${java25%/java}/javac" -d "$work/hello25" "$work/hello/Hello.java"
  "$java25" -XX:AOTCacheOutput="$work/cqpm.aot" -jar "$jar" decide "$example" > /dev/null 2>&1 || true
  commands[hello-25]="$java25 -cp $work/hello25 Hello"
  commands[decide-25]="$java25 -jar $jar decide $example"
  commands[decide-25-aot]="$java25 -XX:AOTCache=$work/cqpm.aot -jar $jar decide $example"
  names+=(hello-25 decide-25 decide-25-aot)
fi
for name in "${names[@]}"; do : > "$work/$name.times"; done
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    ${commands[$name]} > /dev/null 2>&1 || true
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$work/$name.times"
  done
done
stat() { sort -n "$work/$1.times" | awk '{ a[NR] = $1 } END { printf "%d %d", a[1], a[int((NR + 1) / 2)] }'; }
read -r hello_min hello_median <<< "$(stat hello)"
echo "$(java -version 2>&1 | head -n 1); $runs runs each, alternating; milliseconds"
printf '%-14s %8s %8s %14s\n' command min median "median / hello"
for name in "${names[@]}"; do
  read -r min median <<< "$(stat "$name")"
  base="$hello_median"
  case "$name" in *-25*) read -r _ base <<< "$(stat hello-25)" ;; esac
  printf '%-14s %8d %8d %13.2fx\n' "$name" "$min" "$median" "$(echo "$median / $base" | bc -l)"
done
