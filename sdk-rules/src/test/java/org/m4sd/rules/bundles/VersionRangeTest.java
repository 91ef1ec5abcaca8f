package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.VersionRange;

class VersionRangeTest {

    @Test
    void halfOpenRangesIncludeTheirLowerBoundOnly() {
        VersionRange range = VersionRange.parse("[0.1.0,0.2.0)");
        assertThat(range.contains("0.1.0")).isTrue();
        assertThat(range.contains("0.1.9")).isTrue();
        assertThat(range.contains("0.2.0")).isFalse();
        assertThat(range.contains("0.0.9")).isFalse();
    }

    @Test
    void numbersCompareAsNumbersNotAsText() {
        assertThat(VersionRange.parse("[0.9.0,0.10.0)").contains("0.9.12")).isTrue();
        assertThat(VersionRange.parse("[0.9.0,0.10.0)").contains("0.10.0")).isFalse();
    }

    @Test
    void openEndsAndExactVersions() {
        assertThat(VersionRange.parse("[1.0.0,)").contains("99.0.0")).isTrue();
        assertThat(VersionRange.parse("(,1.0.0]").contains("1.0.0")).isTrue();
        assertThat(VersionRange.parse("(1.0.0,)").contains("1.0.0")).isFalse();
        assertThat(VersionRange.parse("[1.2.3]").contains("1.2.3")).isTrue();
        assertThat(VersionRange.parse("[1.2.3]").contains("1.2.4")).isFalse();
    }

    @Test
    void aDevelopmentBuildCountsAsTheReleaseItLeadsTo() {
        assertThat(VersionRange.parse("[0.1.0,0.2.0)").contains("0.1.0-SNAPSHOT")).isTrue();
        assertThat(VersionRange.parse("[0.1.0,0.2.0)").contains("0.2.0-SNAPSHOT")).isFalse();
    }

    @Test
    void malformedRangesAreRefusedSayingWhatIsExpected() {
        assertThatThrownBy(() -> VersionRange.parse("0.1.0")).hasMessage(
                "\"0.1.0\" is not a version range such as [0.1.0,0.2.0), [0.1.0,) or [0.1.0]");
        assertThatThrownBy(() -> VersionRange.parse("[,)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VersionRange.parse("(1.0.0)")).hasMessage(
                "\"(1.0.0)\": a single version is written [x.y.z]");
        assertThatThrownBy(() -> VersionRange.parse("[2.0.0,1.0.0)")).hasMessage(
                "\"[2.0.0,1.0.0)\": the lower bound is above the upper bound");
    }
}
