package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;

/** The synthetic registry: deterministic by seed and slice, plausible shares, broken records broken as said. */
class SyntheticRegistryProperties {
    private static final M4sdJson JSON = M4sdJson.create();

    @Property(tries = 40)
    void aRecordIsTheSameInWhateverSliceItIsGenerated(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3_000) int first,
            @ForAll @IntRange(min = 0, max = 40) int count) {
        SyntheticRegistry registry = new SyntheticRegistry(seed, 0.05);
        List<SyntheticRegistry.Record> slice = registry.records(first, count).toList();
        List<SyntheticRegistry.Record> whole = new SyntheticRegistry(seed, 0.05).records(1, first + count - 1)
                .skip(first - 1).toList();
        assertThat(slice).isEqualTo(whole);
        assertThat(slice).extracting(SyntheticRegistry.Record::index)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(first, first + count).boxed().toList());
    }

    @Property(tries = 20)
    void anotherSeedGivesAnotherRegistry(@ForAll long seed) {
        List<String> a = new SyntheticRegistry(seed, 0.01).records(1, 20).map(SyntheticRegistry.Record::json).toList();
        List<String> b = new SyntheticRegistry(seed + 1, 0.01).records(1, 20).map(SyntheticRegistry.Record::json)
                .toList();
        assertThat(a).isNotEqualTo(b);
    }

    @Property(tries = 10)
    void theBrokenShareStaysWithinBinomialBoundsAndOnlyBrokenRecordsAreRejected(@ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 0.3) double fraction) {
        int n = 1_500;
        List<SyntheticRegistry.Record> records = new SyntheticRegistry(seed, fraction).records(1, n).toList();
        long broken = records.stream().filter(r -> r.defect().isPresent()).count();
        double sd = Math.sqrt(n * fraction * (1 - fraction));
        assertThat((double) broken).isBetween(n * fraction - 5 * sd - 1, n * fraction + 5 * sd + 1);
        for (SyntheticRegistry.Record r : records) {
            if (r.defect().isEmpty()) {
                assertThat(JSON.readRequest(r.json()).requestId())
                        .isEqualTo(String.format(Locale.ROOT, "reg-%09d", r.index()));
            } else {
                InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                        () -> JSON.readRequest(r.json()));
                assertThat(e).as("record %d, %s", r.index(), r.defect().get()).isNotNull();
                assertThat(e.errors()).extracting(FieldError::path)
                        .anyMatch(p -> p.startsWith(r.defect().get().path()));
            }
        }
    }

    @Example
    void sharesOfCountriesStatusesAndDefectsArePlausible() {
        List<SyntheticRegistry.Record> records = new SyntheticRegistry(20251, 0.02).records(1, 20_000).toList();
        List<EligibilityRequest> valid = records.stream().filter(r -> r.defect().isEmpty())
                .map(r -> JSON.readRequest(r.json())).toList();
        Map<String, Long> byCountry = valid.stream()
                .collect(Collectors.groupingBy(EligibilityRequest::jurisdiction, Collectors.counting()));
        assertThat(byCountry.keySet()).containsExactlyInAnyOrderElementsOf(SyntheticPopulation.COUNTRIES);
        assertThat(byCountry).hasSize(11);
        assertThat(byCountry.values()).allSatisfy(c -> assertThat(c).isBetween(800L, 5_000L));
        long migrants = valid.stream().filter(r -> r.person().migratoryStatus() != MigratoryStatus.NATIONAL).count();
        assertThat(migrants).isBetween(1_000L, 4_000L);
        long twoCountries = valid.stream().filter(r -> r.person().contributionPeriods().stream()
                .map(p -> p.country()).distinct().count() == 2).count();
        assertThat(twoCountries).isGreaterThan(500);
        assertThat(valid.stream().filter(r -> r.recruitment().isPresent()).count()).isGreaterThan(300);
        assertThat(valid.stream().filter(r -> r.qualification().isPresent()).count()).isGreaterThan(200);
        Set<SyntheticRegistry.Defect> defects = records.stream().flatMap(r -> r.defect().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SyntheticRegistry.Defect.class)));
        assertThat(defects).isEqualTo(EnumSet.allOf(SyntheticRegistry.Defect.class));
        assertThat(valid.stream().map(r -> r.person().id()).distinct().count()).isEqualTo(valid.size());
        assertThat(valid.stream().map(EligibilityRequest::requestId).distinct().count()).isEqualTo(valid.size());
    }
}
