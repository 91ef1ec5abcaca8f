package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;

/** The fair-recruitment reference's comparison of what a worker paid with a national cap, on hand-computed cases. */
class ReferenceFrCapTest {
    private static final Money NPL_CAP = Money.of(10000, "NPR");

    private static ReferenceFrCosts paid(CostItem... items) {
        return new ReferenceFrCosts(List.of(items));
    }

    private static CostItem fee(String amount, String currency) {
        return new CostItem(CostType.SERVICE_CHARGE, new BigDecimal(amount), currency);
    }

    /** What is to be repaid above the cap: {@code amount} NPR. */
    private static Optional<Gap> above(String amount) {
        return Optional.of(Gap.decrease("$.recruitment.costsPaidByWorker", new BigDecimal(amount), "NPR"));
    }

    /** Earnings in MYR: 1 NPR = 0.035 MYR, 1 USD = 4.4 MYR. */
    private static final ReferenceFrRates MYR_RATES = new ReferenceFrRates(Optional.of("MYR"),
            Map.of("NPR", new BigDecimal("0.035"), "USD", new BigDecimal("4.4")));

    @Test
    void theCapItselfIsWithinAndOneHundredthMoreIsAbove() {
        assertThat(ReferenceFrCap.compare(paid(fee("10000", "NPR")), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.WITHIN, "NPR 10000", "NPR 10000", "", Optional.empty()));
        assertThat(ReferenceFrCap.compare(paid(fee("9000", "NPR"), fee("1000.01", "NPR")), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.EXCEEDED, "NPR 10000.01", "NPR 10000", "", above("0.01")));
    }

    @Test
    void otherCurrenciesAreBroughtIntoTheCapCurrencyThroughTheEarningsCurrency() {
        // 9000 x 0.035 + 20 x 4.4 = 315 + 88 = 403 MYR against 10000 x 0.035 = 350 MYR; 403 / 0.035 = 11514.2857 NPR
        assertThat(ReferenceFrCap.compare(paid(fee("20", "USD"), fee("9000", "NPR")), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.EXCEEDED, "NPR 9000 + USD 20 (NPR 11514.29)",
                        "NPR 10000", "", above("1514.29")));
    }

    @Test
    void theComparisonIsExactWhereTheShownFigureIsRounded() {
        // Earnings in NPR, 1 USD = 100 NPR: USD 100.00004 is NPR 10000.004, above the cap, shown as NPR 10000.
        ReferenceFrRates nprRates = new ReferenceFrRates(Optional.of("NPR"), Map.of("USD", new BigDecimal("100")));
        assertThat(ReferenceFrCap.compare(paid(fee("100.00004", "USD")), NPL_CAP, nprRates))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.EXCEEDED, "USD 100.00004 (NPR 10000)",
                        "NPR 10000", "", above("0.01")));
    }

    @Test
    void withoutTheCapCurrencysRateOnlyAmountsInThatCurrencyCount() {
        ReferenceFrRates noNpr = new ReferenceFrRates(Optional.of("MYR"), Map.of("USD", new BigDecimal("4.4")));
        assertThat(ReferenceFrCap.compare(paid(fee("5000", "NPR"), fee("20", "USD")), NPL_CAP, noNpr))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.UNKNOWN, "NPR 5000 + USD 20", "NPR 10000",
                        "$.recruitment.exchangeRates.NPR", Optional.empty()));
        assertThat(ReferenceFrCap.compare(paid(fee("12000", "NPR"), fee("20", "USD")), NPL_CAP, noNpr))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.EXCEEDED, "NPR 12000 + USD 20", "NPR 10000", "",
                        above("2000")));
    }

    @Test
    void aMissingRateLeavesTheVerdictOpenUnlessWhatIsKnownAlreadyExceeds() {
        CostItem qatari = fee("5", "QAR");
        CostItem emirati = fee("3", "AED");
        assertThat(ReferenceFrCap.compare(paid(fee("5000", "NPR"), qatari, emirati), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.UNKNOWN, "AED 3 + NPR 5000 + QAR 5", "NPR 10000",
                        "$.recruitment.exchangeRates.AED", Optional.empty()));
        assertThat(ReferenceFrCap.compare(paid(fee("11000", "NPR"), qatari), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.EXCEEDED, "NPR 11000 + QAR 5", "NPR 10000", "",
                        above("1000")));
    }

    @Test
    void anItemOfZeroNeedsNoRateAndIsNotShown() {
        assertThat(ReferenceFrCap.compare(paid(fee("1500", "NPR"), fee("0", "QAR")), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.WITHIN, "NPR 1500", "NPR 10000", "",
                        Optional.empty()));
        assertThat(ReferenceFrCap.compare(paid(), NPL_CAP, MYR_RATES))
                .isEqualTo(new ReferenceFrCap(ReferenceFrCap.Verdict.WITHIN, "0", "NPR 10000", "", Optional.empty()));
    }

    @Test
    void kindsAreNamedInTheirDeclaredOrderWhateverTheRequestsOrder() {
        ReferenceFrCosts costs = paid(new CostItem(CostType.MEDICAL, BigDecimal.TEN, "NPR"),
                new CostItem(CostType.VISA, BigDecimal.ONE, "NPR"), new CostItem(CostType.AIR_TICKET, BigDecimal.ZERO,
                        "NPR"));
        assertThat(ReferenceFrCosts.kindNames(costs.kindsPaid())).isEqualTo("VISA, MEDICAL");
        assertThat(ReferenceFrCosts.text(new BigDecimal("1.500E+4"), "NPR")).isEqualTo("NPR 15000");
    }
}
