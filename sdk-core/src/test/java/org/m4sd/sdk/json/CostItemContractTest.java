package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;

/** A cost item as the contract reads it: synonyms of one canonical item, and the day it was paid. */
class CostItemContractTest {
    private final M4sdJson json = M4sdJson.create();

    private EligibilityRequest withCosts(String costs) {
        return json.readRequest("""
                {"requestId": "c-1", "asOf": "2023-06-30", "jurisdiction": "PHL",
                 "determinations": ["employment.fair-recruitment"], "person": {"id": "p-1"},
                 "recruitment": {"origin": "PHL", "destination": "SAU", "costsPaidByWorker": %s}}
                """.formatted(costs));
    }

    private List<CostItem> costs(String costs) {
        return withCosts(costs).recruitment().orElseThrow().costsPaidByWorker();
    }

    @Test
    void aPlacementFeeARecruitmentFeeAndAnAgencyFeeAreTheAgencysFee() {
        assertThat(costs("""
                [{"item": "PLACEMENT_FEE", "amount": 1, "currency": "PHP"},
                 {"item": "RECRUITMENT_FEE", "amount": 2, "currency": "PHP"},
                 {"item": "AGENCY_FEE", "amount": 3, "currency": "PHP"},
                 {"item": "SERVICE_CHARGE", "amount": 4, "currency": "PHP"}]"""))
                .extracting(CostItem::item).containsOnly(CostType.SERVICE_CHARGE);
    }

    @Test
    void everySynonymNamesExactlyOneCanonicalItem() {
        for (CostType t : CostType.values()) {
            assertThat(CostType.named(t.name())).contains(t);
            for (String synonym : t.synonyms()) {
                assertThat(CostType.named(synonym)).contains(t);
                assertThat(CostType.named(synonym)).isNotEqualTo(Optional.empty());
            }
        }
        assertThat(CostType.named("BRIBE")).isEmpty();
    }

    @Test
    void theCanonicalRequestHoldsTheCanonicalItemSoASynonymHashesTheSame() {
        String bySynonym = json.writeRequest(withCosts("[{\"item\": \"PLACEMENT_FEE\", \"amount\": 5, \"currency\": \"PHP\"}]"));
        String byName = json.writeRequest(withCosts("[{\"item\": \"SERVICE_CHARGE\", \"amount\": 5, \"currency\": \"PHP\"}]"));
        assertThat(bySynonym).isEqualTo(byName).contains("\"SERVICE_CHARGE\"").doesNotContain("PLACEMENT_FEE");
    }

    @Test
    void theDayACostWasPaidIsReadAndWrittenAndIsOptional() {
        List<CostItem> read = costs("""
                [{"item": "VISA", "amount": 1, "currency": "PHP", "paidOn": "2018-03-01"},
                 {"item": "VISA", "amount": 1, "currency": "PHP"}]""");
        assertThat(read.get(0).paidOn()).contains(LocalDate.of(2018, 3, 1));
        assertThat(read.get(1).paidOn()).isEmpty();
        assertThat(read.get(1)).isEqualTo(CostItem.of(CostType.VISA, 1, "PHP"));
        assertThat(read.get(0)).isEqualTo(CostItem.of(CostType.VISA, 1, "PHP", LocalDate.of(2018, 3, 1)));
        String written = json.writeRequest(withCosts("""
                [{"item": "VISA", "amount": 1, "currency": "PHP", "paidOn": "2018-03-01"}]"""));
        assertThat(json.readRequest(written).recruitment().orElseThrow().costsPaidByWorker().get(0).paidOn())
                .contains(LocalDate.of(2018, 3, 1));
    }
}
