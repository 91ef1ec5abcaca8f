#!/usr/bin/env bash
# Builds sdk-core as it was at the API baseline, for japicmp to compare against (profile api-check).
#
# Until a release of the SDK exists on Central, the previous API is the one at git tag api-baseline-0.1.0. This
# script exports that commit to a temporary directory, packages sdk-core there (tests skipped, nothing installed)
# and copies the jar to target/api-baseline/sdk-core-0.0.0.jar. japicmp reads the version from the file name:
# labelled 0.0.0, the baseline is "the release before 0.1.0", so the current 0.1.x counts as a minor step over it;
# additions pass, an incompatible change fails until the major version goes up.
#
# When the tag is missing (a clone without tags), the commit it points to is used; both are named below.
#
#   .ci/api-baseline.sh && ./mvnw -B -ntp -Papi-check -DskipTests -pl sdk-core verify
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tag=api-baseline-0.1.0
commit=663fb47e43b5c859ca299b14713fb43faaff2a16
out="$root/target/api-baseline"
jar="$out/sdk-core-0.0.0.jar"

cd "$root"
if git rev-parse -q --verify "refs/tags/$tag^{commit}" >/dev/null; then
  rev="$(git rev-parse "refs/tags/$tag^{commit}")"
  if [[ "$rev" != "$commit" ]]; then
    echo "api-baseline: tag $tag is at $rev, this script names $commit; update one of them" >&2
    exit 1
  fi
elif git cat-file -e "$commit^{commit}" 2>/dev/null; then
  rev="$commit"
  echo "api-baseline: no tag $tag in this clone; using its commit $commit"
else
  echo "api-baseline: neither tag $tag nor commit $commit is in this repository (git fetch --tags?)" >&2
  exit 1
fi

if [[ -f "$jar" && -f "$out/commit" && "$(cat "$out/commit")" == "$rev" ]]; then
  echo "api-baseline: $jar is sdk-core at $rev (kept)"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/m4sd-api-baseline.XXXXXX")"
trap 'rm -rf "$work"' EXIT
git archive --format=tar "$rev" | tar -x -C "$work"
echo "api-baseline: building sdk-core at $rev"
(cd "$work" && ./mvnw -B -ntp -q -DskipTests -pl sdk-core package)
mkdir -p "$out"
built=("$work"/sdk-core/target/sdk-core-*.jar)
main=""
for f in "${built[@]}"; do
  case "$f" in *-sources.jar|*-javadoc.jar|*-tests.jar) ;; *) main="$f" ;; esac
done
[[ -n "$main" ]] || { echo "api-baseline: no sdk-core jar built" >&2; exit 1; }
cp "$main" "$jar"
echo "$rev" > "$out/commit"
echo "api-baseline: $jar is sdk-core at $rev ($(basename "$main"))"
