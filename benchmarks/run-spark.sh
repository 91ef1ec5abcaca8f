#!/usr/bin/env bash
# The Spark registry benchmark (not a test): persons per second of `m4sd-registry evaluate` with local[1] and
# local[2] against the in-process evaluateAll on the same people, each in a fresh JVM, and a projection to a
# cluster; writes the results and SUMMARY.md under benchmarks/results/<version>/spark/. About 30 minutes for
# 1,000,000 people on 2 cores; the registry is generated once and kept under target/spark-benchmark/.
#
#   benchmarks/run-spark.sh                       # 1,000,000 people
#   SIZE=100000 RUNS=1 benchmarks/run-spark.sh    # a quicker look (RUNS: runs of each configuration, default 2)
#   EXECUTORS=20 CORES=4 EFFICIENCY=0.8 benchmarks/run-spark.sh   # the cluster the projection assumes (defaults)
#   OUT=/tmp/spark-look benchmarks/run-spark.sh   # results elsewhere (a run on a busy machine is not the result)
#   OUT=benchmarks/results/<version>/spark-<commit> benchmarks/run-spark.sh   # a run kept beside the earlier ones
set -euo pipefail
size="${SIZE:-1000000}"
runs="${RUNS:-2}"
seed=20251
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

nice ./mvnw -B -q -ntp -o -pl benchmarks/spark -am package -DskipTests -Djapicmp.skip
cp="benchmarks/spark/target/classes:$(cat benchmarks/spark/target/classpath.txt)"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
out="${OUT:-benchmarks/results/${version}/spark}"
work="target/spark-benchmark"
mkdir -p "$out" "$work"
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
mapfile -t spark_options < <(grep -v -e '^#' -e '^$' examples/spark-registry/conf/spark-jvm-options)
export SPARK_LOCAL_IP=127.0.0.1
spark() { # heap, arguments of m4sd-registry...
  local heap="$1"; shift
  java "-Xmx$heap" "${spark_options[@]}" -Dlog4j2.configurationFile=examples/spark-registry/conf/log4j2.properties \
    -cp "$cp" org.m4sd.examples.spark.RegistryCli "$@" --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=8 \
    --conf spark.sql.files.maxPartitionBytes=8m   # one task per registry file: 8 tasks, no shuffle
}

registry="$work/registry-$size"
if [[ ! -f "$registry/summary.json" ]]; then
  echo "== generate $size people"
  spark 8g generate --size "$size" --seed "$seed" --out "$registry" --partitions 8 --jsonl-limit 0 --master 'local[2]'
fi

# each run measures every configuration once, runs one after the other; the summary keeps the fastest of each
rm -rf "$out"/run*
for run in $(seq 1 "$runs"); do
  dir="$out/run$run"
  mkdir -p "$dir"
  for threads in 1 2; do
    echo "== run $run: in-process, $threads thread(s)"
    java -Xmx12g -cp "$cp" org.m4sd.benchmarks.spark.InProcessThroughput "$size" "$seed" 0.005 "$threads" \
      "$dir/inprocess-$threads.json"
  done
  for cores in 1 2; do
    echo "== run $run: Spark local[$cores], decide and write"
    start=$(date +%s%N)
    spark 8g evaluate --registry "$registry/registry" --out "$work/evaluation-local$cores" --master "local[$cores]" \
      > "$dir/spark-local$cores.json" || [[ $? == 1 ]]   # 1: some records rejected, as generated
    echo $(( ($(date +%s%N) - start) / 1000000 )) > "$dir/spark-local$cores.wall-ms"
    echo "== run $run: Spark local[$cores], decide only"
    spark 8g evaluate --registry "$registry/registry" --out "$work/discard-local$cores" --master "local[$cores]" \
      --discard > "$dir/spark-local$cores-discard.json"
  done
  echo "== run $run: Spark local[2], decide and write with each decision's JSON too"
  spark 8g evaluate --registry "$registry/registry" --out "$work/json-local2" --master "local[2]" \
    --decision-json > "$dir/spark-local2-json.json" || [[ $? == 1 ]]
done

java -cp "$cp" org.m4sd.benchmarks.spark.SparkSummary "$out" \
  "$machine, at the end $(cut -d' ' -f1-3 /proc/loadavg)" "${EXECUTORS:-20}" "${CORES:-4}" "${EFFICIENCY:-0.8}"
