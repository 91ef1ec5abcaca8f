#!/usr/bin/env bash
# The ./m4sd launcher records what a first decision loads and starts from it (README, "Start-up time"): an AppCDS
# archive on JDK 17, an ahead-of-time cache on a JDK that has -XX:AOTCacheOutput (25 and later). Checks that each is
# recorded, that its JVM can map it (-Xshare:on and -XX:AOTMode=on refuse to start otherwise), and that the
# decisions made from it are those made without it.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=examples/cli/target/m4sd.jar
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
M4SD_NO_CDS=1 ./m4sd demo --people 50 --output-dir "$work/demo" >/dev/null 2>&1

evaluate() { # output file; evaluate exits 1 when some cases are invalid
  local status=0
  ./m4sd evaluate -i "$work/demo/population.jsonl" -o "$1" >"$1.log" 2>&1 || status=$?
  [ "$status" -le 1 ] || cat "$1.log" >&2
  [ "$status" -le 1 ]
}

check() { # JAVA_HOME, kind (jsa or aot), the option naming the file
  local home="$1" kind="$2" file_option="$3"
  rm -f examples/cli/target/m4sd-*."$kind"
  JAVA_HOME="$home" evaluate "$work/with-$kind.jsonl"
  local recorded
  recorded="$(ls examples/cli/target/m4sd-*."$kind")"
  "$home/bin/java" "$file_option=$recorded" -Xlog:disable -Xlog:class+load=info:file="$work/load-$kind.log" \
    -jar "$jar" --version >/dev/null
  grep -q 'org.m4sd.examples.cli.M4sdCli source: shared objects file' "$work/load-$kind.log"
  JAVA_HOME="$home" M4SD_NO_CDS=1 evaluate "$work/without-$kind.jsonl"
  cmp "$work/with-$kind.jsonl" "$work/without-$kind.jsonl"
  echo "$("$home/bin/java" -version 2>&1 | head -1): $(basename "$recorded") recorded and used, decisions unchanged"
}

jdk17="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
check "$jdk17" jsa -XX:SharedArchiveFile
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$jdk25/bin/java" ]; then
  check "$jdk25" aot -XX:AOTCache
else
  echo "no JDK 25 at $jdk25: the ahead-of-time cache is not checked"
fi
