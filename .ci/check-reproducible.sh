#!/usr/bin/env bash
# Reproducibility check: builds the published artifacts twice, from two copies of the work tree in two different
# directories, and compares them byte for byte. Published: m4sd-parent, sdk-bom, sdk-core, sdk-framework,
# sdk-rules, each with its
# POM, jars (main, sources, javadoc) and CycloneDX SBOM (not sdk-framework's test jar of fixtures, never published). Tests are skipped (the main build has run them); both
# builds share the local Maven repository.
#
#   .ci/check-reproducible.sh            # exit 0 when every artifact is identical, 1 otherwise
#   .ci/check-reproducible.sh --reuse    # take the work tree's own release build (just run, from a clean clone,
#                                        # as CI does) as the first build: one build instead of two
#   KEEP=1 .ci/check-reproducible.sh     # keep the build directories for diffoscope or unzip -l
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/m4sd-repro.XXXXXX")"
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$work"' EXIT; fi

modules=sdk-bom,sdk-core,sdk-framework,sdk-rules
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
build() {
  local dir="$work/$1"
  mkdir -p "$dir"
  # the files git would commit, as they are now in the work tree (tracked and new, not ignored)
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
      | while IFS= read -r -d '' f; do [[ -e "$f" ]] && printf '%s\0' "$f"; done \
      | xargs -0 cp --parents -t "$dir")
  echo "check-reproducible: build $1 in $dir"
  (cd "$dir" && ./mvnw -B -ntp -q -Prelease -Dgpg.skip -DskipTests -pl "$modules" -am package)
}

artifacts() {
  # path relative to the build directory of every file that would be published
  local dir="$1"
  (cd "$dir" && {
    echo pom.xml
    for m in ${modules//,/ }; do
      echo "$m/pom.xml"
      find "$m/target" -maxdepth 1 -type f -name "$m-$version*" ! -name '*-tests.jar' \
        \( -name '*.jar' -o -name '*-cyclonedx.json' -o -name '*-cyclonedx.xml' \) | sort
    done
    find target -maxdepth 1 -type f -name "m4sd-parent-$version*" \
      \( -name '*-cyclonedx.json' -o -name '*-cyclonedx.xml' \) | sort
  })
}

start=$SECONDS
if [[ "${1:-}" == --reuse ]]; then
  if [[ ! -f "$root/sdk-core/target/sdk-core-$version-javadoc.jar" ]]; then
    echo "check-reproducible: --reuse needs the release build first: ./mvnw -B -ntp -Prelease -Dgpg.skip verify" >&2
    exit 2
  fi
  ln -s "$root" "$work/a"
  echo "check-reproducible: build a is the work tree's release build in $root"
else
  build a
fi
build b

mapfile -t files < <(artifacts "$work/a")
mapfile -t files_b < <(artifacts "$work/b")
if [[ "${files[*]}" != "${files_b[*]}" ]]; then
  echo "check-reproducible: the two builds produced different sets of files" >&2
  diff <(printf '%s\n' "${files[@]}") <(printf '%s\n' "${files_b[@]}") >&2 || true
  exit 1
fi
expected_jars=9   # sdk-core, sdk-framework and sdk-rules: main, sources, javadoc
jars=$(printf '%s\n' "${files[@]}" | grep -c '\.jar$' || true)
if (( jars < expected_jars )); then
  echo "check-reproducible: expected at least $expected_jars jars, found $jars:" >&2
  printf '  %s\n' "${files[@]}" >&2
  exit 1
fi

different=0
for f in "${files[@]}"; do
  a=$(sha256sum "$work/a/$f" | cut -d' ' -f1)
  b=$(sha256sum "$work/b/$f" | cut -d' ' -f1)
  if [[ "$a" == "$b" ]]; then
    echo "  same       $a  $f"
  else
    echo "  DIFFERENT  $a $b  $f"
    different=$((different + 1))
    if [[ "$f" == *.jar ]]; then
      # name the entries that differ, to say where to look
      diff <(cd "$work/a" && unzip -Z -v "$f" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC)' ) \
           <(cd "$work/b" && unzip -Z -v "$f" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC)' ) \
        | head -20 || true
    fi
  fi
done

echo "check-reproducible: ${#files[@]} files compared, $different different, $((SECONDS - start)) s"
(( different == 0 ))
