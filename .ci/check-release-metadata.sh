#!/usr/bin/env bash
# Central's requirements on what the release build staged: POM metadata (name, description, url, licenses,
# developers, scm) on the effective POM of every published artifact, and the bundle's content.
# Run after `./mvnw -B -ntp -Prelease -Dgpg.skip verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
published=(m4sd-parent sdk-bom sdk-core sdk-framework sdk-rules)
out=target/release-checks
mkdir -p "$out"
./mvnw -B -ntp -q -Prelease -pl .,sdk-bom,sdk-core,sdk-framework,sdk-rules \
  org.apache.maven.plugins:maven-help-plugin:3.5.1:effective-pom -Doutput="$PWD/$out/effective-poms.xml"
java .ci/ReleaseMetadataCheck.java "$out/effective-poms.xml" target/central-bundle/central-bundle.zip "${published[@]}"
