#!/usr/bin/env bash
# Measures this tree's engines beside the Drools engine of an earlier commit (the previous release), in one run on
# one machine, and writes JSON results and a summary with the ratios under
# benchmarks/results/<version>/previous-<commit>/:
#   throughput of requests of all eight determinations (scenario ALL) on 1 and 2 threads and in batches,
#   latency percentiles (p50, p99), allocation per request (-prof gc), and the first decision from a cold JVM with
#   and without an AppCDS archive recorded by each jar; with `peers`, this tree's peer comparison too.
#
#   benchmarks/run-previous.sh [COMMIT] [quick|full|coldstart|latency] [peers]
#
# `coldstart` measures the first decision from a cold JVM only, into previous-<commit>/coldstart-<this commit>/.
# `latency` measures the latency of a request of eight determinations only, in ROUNDS rounds (default 5) of one fork
# of each jar taking turns, into previous-<commit>/latency-<this commit>/, with the median ratio over the rounds:
# one fork's p99 moves with a shared machine's load by more than a tenth.
# With SEPARATE=1, the other modes too write under previous-<commit>/<mode>-<this commit>/, beside the results
# already there, instead of replacing them.
# With AOT_JAVA set to the java of a JDK that records ahead-of-time caches (-XX:AOTCacheOutput, JDK 25 and later),
# the first decision is measured on that JDK too: each jar with its AppCDS archive, and this tree's jar with the AOT
# cache the m4sd launcher records on such a JDK.
#
# The earlier commit's benchmarks jar is built from `git archive` (kept under target/previous-<commit>/ for the next
# run); each benchmark then runs from its own jar, alternating earlier and current, so that both meet the same load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
commit="${1:-d5b8f33}"
mode="${2:-quick}"
peers="${3:-}"
short_commit="$(git rev-parse --short=7 "$commit")"

previous="$root/target/previous-$short_commit"
if [ ! -f "$previous/benchmarks/target/benchmarks.jar" ]; then
  rm -rf "$previous"
  mkdir -p "$previous"
  git archive "$short_commit" | tar -x -C "$previous"
  echo "== building the benchmarks of $short_commit"
  (cd "$previous" && ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests -Djapicmp.skip)
fi
echo "== building the benchmarks of this tree"
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests -Djapicmp.skip
previous_jar="$previous/benchmarks/target/benchmarks.jar"
current_jar="$root/benchmarks/target/benchmarks.jar"

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
out="benchmarks/results/${version}/previous-${short_commit}"
if [ "$mode" = coldstart ] || [ "$mode" = latency ] || [ -n "${SEPARATE:-}" ]; then
  out="$out/$mode-$(git rev-parse --short=7 HEAD)"
fi
rm -rf "$out"
mkdir -p "$out"
aot_java="${AOT_JAVA:-}"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)${aot_java:+ (and $("$aot_java" -version 2>&1 | head -1))}, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$mode" = quick ] || [ "$mode" = coldstart ] || [ "$mode" = latency ]; then
  # 40 s of warm-up: the Drools engine's thousands of rule classes reach C2 over about 30 s on two cores.
  settings=(-wi 8 -w 5 -i 5 -r 2 -f 1)
  # throughput in three forks: on two cores the JIT settles the previous engine at different speeds from fork to
  # fork (4,400 to 7,800 requests a second seen), so one fork cannot be read as a ratio
  throughput_settings=(-wi 8 -w 5 -i 5 -r 2 -f 3)
  forks=(-f 5)
else
  settings=()
  throughput_settings=()
  forks=()
fi

# the first decision alone: ten one-shot forks per figure rather than five, for a machine shared with other work
[ "$mode" = coldstart ] && forks=(-f 10)

run() { # jar, file name, JMH arguments...
  local jar="$1" name="$2"; shift 2
  echo "== $name"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json"
}

if [ "$mode" = latency ]; then
  for round in $(seq 1 "${ROUNDS:-5}"); do
    sides=(previous current)
    [ $((round % 2)) = 0 ] && sides=(current previous)
    for side in "${sides[@]}"; do
      jar_var="${side}_jar"
      run "${!jar_var}" "$side-DecisionBenchmark-latency-round$round" DecisionBenchmark.latency "${settings[@]}" \
        -p scenario=ALL -p implementation=DROOLS
    done
  done
  java -cp "$current_jar" org.m4sd.benchmarks.CompareWithPrevious "$out" "$short_commit" "$machine"
  exit 0
fi

if [ "$mode" != coldstart ]; then
for bench in 'DecisionBenchmark.throughput' 'DecisionBenchmark.latency' 'BatchBenchmark.persons'; do
  label="$(echo "$bench" | tr . -)"
  bench_settings=("${settings[@]}")
  [ "$bench" = DecisionBenchmark.throughput ] && bench_settings=("${throughput_settings[@]}")
  run "$previous_jar" "previous-$label" "$bench" "${bench_settings[@]}" -p scenario=ALL -p implementation=DROOLS
  run "$current_jar" "current-$label" "$bench" "${bench_settings[@]}" -p scenario=ALL -p implementation=DROOLS,REFERENCE
done
run "$previous_jar" previous-allocation 'DecisionBenchmark.throughput1Thread' "${settings[@]}" -p scenario=ALL \
  -p implementation=DROOLS -prof gc
run "$current_jar" current-allocation 'DecisionBenchmark.throughput1Thread' "${settings[@]}" -p scenario=ALL \
  -p implementation=DROOLS,REFERENCE -prof gc
fi

# Cold start: each jar records its own AppCDS archive by one run of ColdStartBenchmark's main, as the launcher does.
record_archives() { # java, archive name suffix
  local side jar_var
  for side in previous current; do
    jar_var="${side}_jar"
    rm -f "$root/target/coldstart-$side$2.jsa"
    "$1" -XX:ArchiveClassesAtExit="$root/target/coldstart-$side$2.jsa" -Xlog:disable -Xlog:all=error:stderr \
      -cp "${!jar_var}" org.m4sd.benchmarks.ColdStartBenchmark
  done
}
run_sides() { # result label, JMH arguments... ({side} in them stands for previous or current)
  local label="$1" side jar_var implementations
  shift
  for side in previous current; do
    jar_var="${side}_jar"
    implementations=DROOLS
    [ "$side" = current ] && implementations=DROOLS,REFERENCE
    run "${!jar_var}" "$side-$label" ColdStartBenchmark "${forks[@]}" -p implementation=$implementations "${@//\{side\}/$side}"
  done
}
record_archives java ""
run_sides coldstart
run_sides coldstart-appcds -jvmArgsAppend "-XX:SharedArchiveFile=$root/target/coldstart-{side}.jsa"

if [ -n "$aot_java" ]; then
  # The same on the JDK of AOT_JAVA: each jar's AppCDS archive recorded on it, and this tree's AOT cache, each
  # recorded by one run of ColdStartBenchmark's main as the m4sd launcher records its own.
  record_archives "$aot_java" -aot-jdk
  cache="$root/target/coldstart-current.aot"
  rm -f "$cache"
  "$aot_java" -XX:AOTCacheOutput="$cache" -Xlog:disable -Xlog:all=error:stderr -cp "$current_jar" \
    org.m4sd.benchmarks.ColdStartBenchmark >/dev/null
  run_sides coldstart-jdk-appcds -jvm "$aot_java" \
    -jvmArgsAppend "-XX:SharedArchiveFile=$root/target/coldstart-{side}-aot-jdk.jsa"
  run "$current_jar" current-coldstart-jdk-aot ColdStartBenchmark "${forks[@]}" -jvm "$aot_java" \
    -p implementation=DROOLS,REFERENCE -jvmArgsAppend "-XX:AOTCache=$cache"
fi

if [ "$peers" = peers ] && [ "$mode" != coldstart ]; then
  # every peer, jDMN too (benchmarks/src/main/jdmn), carries both determinations
  run "$current_jar" current-peers 'PeerBenchmark.single' "${settings[@]}" -p scenario=OLD_AGE_PENSION \
    -p implementation=DROOLS,REFERENCE,DMN,EASY_RULES,JDMN
  run "$current_jar" current-peers-fair-recruitment 'PeerBenchmark.single' "${settings[@]}" -p scenario=FAIR_RECRUITMENT \
    -p implementation=DROOLS,REFERENCE,DMN,EASY_RULES,JDMN
fi
java -cp "$current_jar" org.m4sd.benchmarks.CompareWithPrevious "$out" "$short_commit" "$machine"
