package org.m4sd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;

class RulePacksTest {
    private final RulePacks packs = RulePacks.load();

    @Test
    void listsTheInternationalPackFirstThenTheCountryOverlays() {
        assertThat(packs.packs()).first().satisfies(p -> {
            assertThat(p.ref().id()).isEqualTo("international");
            assertThat(p.jurisdiction()).isEmpty();
        });
        assertThat(packs.packs()).extracting(p -> p.jurisdiction().orElse("-"))
                .contains("ECU", "MAR", "NPL", "SRB", "SEN", "TUN");
    }

    @Test
    void namesThePacksAsTheEngineDoes() {
        try (EligibilityEngine engine = EligibilityEngine.create()) {
            assertThat(packs.packs()).extracting(RulePacks.PackInfo::ref).containsExactlyElementsOf(engine.rulePacks());
        }
    }

    @Test
    void listsTheImplementedDeterminations() {
        assertThat(packs.determinations()).contains(Determination.HEALTH_EMERGENCY_CARE);
    }

    @Test
    void givesOnlyValuesInForceOnTheDay() {
        LocalDate day = LocalDate.of(2023, 6, 30);
        assertThat(packs.parameters(day)).allSatisfy(p -> {
            assertThat(p.validFrom()).isBeforeOrEqualTo(day);
            p.validTo().ifPresent(to -> assertThat(to).isAfterOrEqualTo(day));
            assertThat(packs.packs()).extracting(i -> i.ref().id()).contains(p.packId());
        });
    }
}
