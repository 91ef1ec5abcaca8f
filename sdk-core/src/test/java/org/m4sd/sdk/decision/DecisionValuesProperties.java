package org.m4sd.sdk.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.m4sd.sdk.Determination;

/**
 * A decision's values, held in two sorted arrays, read as the sorted map of the same entries they stand for:
 * the same entries in the same order, equal and hashed alike, numbers as BigDecimal, and no way to change them.
 */
class DecisionValuesProperties {
    private static final String HASH = "0".repeat(64);
    private static final RulePackRef PACK = new RulePackRef("ecu", "1.0.0", HASH);

    private static Decision decided(Map<String, Object> values) {
        Criterion criterion = new Criterion("ss.pension-age", "ss.pension.age.reached", CriterionResult.MET,
                "SS_AGE_REACHED", "Reached the pensionable age.", List.of());
        return new Decision("r-1", Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Outcome.ELIGIBLE, List.of(criterion),
                List.of(),
                values, PACK, LocalDate.of(2024, 1, 1), HASH);
    }

    @Property(tries = 500)
    void valuesAreTheSortedMapOfTheEntriesGiven(@ForAll("values") Map<String, Object> given) {
        Map<String, Object> values = decided(given).values();
        TreeMap<String, Object> expected = new TreeMap<>();
        given.forEach((k, v) -> expected.put(k, v instanceof Integer i ? BigDecimal.valueOf(i) : v));

        assertThat(values).isEqualTo(expected);
        assertThat(expected).isEqualTo(values);
        assertThat(values.hashCode()).isEqualTo(expected.hashCode());
        assertThat(new ArrayList<>(values.keySet())).containsExactlyElementsOf(expected.keySet());
        assertThat(new ArrayList<>(values.values())).containsExactlyElementsOf(expected.values());
        for (String key : expected.keySet()) {
            assertThat(values).containsEntry(key, expected.get(key));
        }
        assertThat(values.get("not a key")).isNull();
        assertThat(values.containsKey(1)).isFalse();
        List<String> walked = new ArrayList<>();
        values.forEach((k, v) -> walked.add(k));
        assertThat(walked).containsExactlyElementsOf(expected.keySet());
        if (!expected.isEmpty()) {
            assertThat(((java.util.SortedMap<String, Object>) values).firstKey()).isEqualTo(expected.firstKey());
            assertThat(((java.util.SortedMap<String, Object>) values).lastKey()).isEqualTo(expected.lastKey());
            assertThat(((java.util.SortedMap<String, Object>) values).headMap(expected.lastKey()))
                    .isEqualTo(expected.headMap(expected.lastKey()));
        }
    }

    @Property(tries = 200)
    void valuesCannotBeChanged(@ForAll("values") Map<String, Object> given) {
        Map<String, Object> values = decided(given).values();
        assertThatThrownBy(() -> values.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        if (!values.isEmpty()) {
            String key = values.keySet().iterator().next();
            assertThatThrownBy(() -> values.remove(key)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> values.entrySet().iterator().next().setValue("z"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        Map<String, Object> before = new TreeMap<>(values);
        given.clear();
        assertThat(values).as("a copy, not a view of the map given").isEqualTo(before);
        assertThat(decided(Map.of()).values()).isEmpty();
    }

    @Property(tries = 200)
    void aDecisionsValuesPassedOnAreKeptAsTheyAre(@ForAll("values") Map<String, Object> given) {
        Decision first = decided(given);
        Decision second = decided(first.values());
        assertThat(second.values()).isEqualTo(first.values());
        assertThat(second).isEqualTo(first);
    }

    @Example
    void nullsAreRejectedWithTheirField() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("ratio", null);
        assertThatThrownBy(() -> decided(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("values");
        assertThatThrownBy(() -> decided(Map.of("ratio", new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("values.ratio");
    }

    @Provide
    Arbitrary<Map<String, Object>> values() {
        Arbitrary<Object> value = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(6).map(s -> s),
                Arbitraries.of(true, false).map(b -> b), Arbitraries.integers().between(-1000, 1000).map(i -> i),
                Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(2)
                        .map(d -> d));
        // insertion order random, as a caller's map may be
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(4), value)
                .ofMaxSize(8).map(LinkedHashMap::new);
    }
}
