#!/usr/bin/env bash
# Runs the JMH benchmarks and writes JSON results and a markdown summary (each figure beside the reference
# implementation's, measured in the same run) under benchmarks/results/<version>/.
#
#   benchmarks/run.sh quick    # a few minutes: short warm-up, scenario ALL, fewer forks
#   benchmarks/run.sh full     # the annotations' settings (5 x 4 s warm-up), every scenario
#
# The registry job on Apache Spark against in-process evaluateAll is measured apart: benchmarks/run-spark.sh.
set -euo pipefail
mode="${1:-quick}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
out="benchmarks/results/${version}/${mode}"
mkdir -p "$out"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$mode" = quick ]; then
  # 40 s of warm-up: the Drools engine's thousands of rule classes reach C2 over about 30 s on two cores.
  short=(-wi 8 -w 5 -i 3 -r 2 -f 1)
  scenarios=(-p scenario=ALL)
  forks=(-f 3)
else
  short=()
  scenarios=()
  forks=()
fi

run() { # name, JMH arguments...
  local name="$1"; shift
  echo "== $name"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json"
}

run decision 'DecisionBenchmark' "${short[@]}" "${scenarios[@]}"
run batch 'BatchBenchmark' "${short[@]}" "${scenarios[@]}"
run jsonl 'JsonlBenchmark' "${short[@]}"
run framework 'FrameworkReportBenchmark' "${short[@]}"
run allocation 'DecisionBenchmark.throughput1Thread' "${short[@]}" -p scenario=ALL -prof gc
run coldstart 'ColdStartBenchmark' "${forks[@]}"
# The same first decision with an AppCDS archive recorded by one earlier run of it (README, "Start-up time").
cds="$root/benchmarks/target/coldstart.jsa"
rm -f "$cds"
java -XX:ArchiveClassesAtExit="$cds" -Xlog:disable -Xlog:all=error:stderr -cp "$jar" org.m4sd.benchmarks.ColdStartBenchmark
run coldstart-appcds 'ColdStartBenchmark' "${forks[@]}" -jvmArgsAppend "-XX:SharedArchiveFile=$cds"
# On a JDK that records ahead-of-time caches (-XX:AOTCacheOutput, JDK 25 and later), as the m4sd launcher does
# there, the same first decision from one.
if grep -qw AOTCacheOutput <<<"$(java -XX:+PrintFlagsFinal -version 2>/dev/null || true)"; then
  aot="$root/benchmarks/target/coldstart.aot"
  rm -f "$aot"
  java -XX:AOTCacheOutput="$aot" -Xlog:disable -Xlog:all=error:stderr -cp "$jar" org.m4sd.benchmarks.ColdStartBenchmark \
    >/dev/null
  run coldstart-aot 'ColdStartBenchmark' "${forks[@]}" -jvmArgsAppend "-XX:AOTCache=$aot"
fi
if grep -q PeerBenchmark <<<"$(java -cp "$jar" org.openjdk.jmh.Main -l)"; then
  run peers 'PeerBenchmark' "${short[@]}" -p implementation=DROOLS,REFERENCE,DMN,EASY_RULES,JDMN -p scenario=OLD_AGE_PENSION
  run peers-fair-recruitment 'PeerBenchmark' "${short[@]}" -p implementation=DROOLS,REFERENCE,DMN,EASY_RULES,JDMN -p scenario=FAIR_RECRUITMENT
fi
for impl in DROOLS REFERENCE; do
  java -cp "$jar" org.m4sd.benchmarks.Footprint "$impl" > "$out/footprint-$impl.json"
done
java -cp "$jar" org.m4sd.benchmarks.Summarize "$out" "$machine"
