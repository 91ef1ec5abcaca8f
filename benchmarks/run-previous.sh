#!/usr/bin/env bash
# Measures this tree's Drools engine and reference implementation beside the Drools engine of an earlier commit
# (by default the release before the legal tests moved into the DRL), in one run on one machine, and writes JSON
# results and a summary with the ratios under benchmarks/results/<version>/previous-<commit>/.
#
#   benchmarks/run-previous.sh [COMMIT] [quick|full]
#
# The earlier commit's benchmarks jar is built from `git archive` in a temporary directory; each benchmark then
# runs from its own jar, alternating earlier and current, so that both meet the same machine load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
commit="${1:-4087bde}"
mode="${2:-quick}"
short_commit="$(git rev-parse --short=7 "$commit")"

previous="$(mktemp -d)"
trap 'rm -rf "$previous"' EXIT
git archive "$commit" | tar -x -C "$previous"
echo "== building the benchmarks of $short_commit"
(cd "$previous" && ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests)
echo "== building the benchmarks of this tree"
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
out="benchmarks/results/${version}/previous-${short_commit}"
mkdir -p "$out"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$mode" = quick ]; then
  settings=(-wi 3 -w 3 -i 5 -r 2 -f 1)
else
  settings=()
fi

run() { # jar, file name, JMH arguments...
  local jar="$1" name="$2"; shift 2
  echo "== $name"
  java -jar "$jar" "$@" "${settings[@]}" -p scenario=ALL -rf json -rff "$out/$name.json"
}

for bench in 'DecisionBenchmark.throughput' 'BatchBenchmark.persons'; do
  label="$(echo "$bench" | cut -d. -f1)"
  run "$previous/benchmarks/target/benchmarks.jar" "previous-$label" "$bench" -p implementation=DROOLS
  run benchmarks/target/benchmarks.jar "current-$label" "$bench" -p implementation=DROOLS,REFERENCE
done
java -cp benchmarks/target/benchmarks.jar org.m4sd.benchmarks.CompareWithPrevious "$out" "$short_commit" "$machine"
