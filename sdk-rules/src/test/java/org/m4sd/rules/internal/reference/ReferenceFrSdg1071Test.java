package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;

/** The SDG 10.7.1 measurement of the fair-recruitment reference, on hand-computed cases. */
class ReferenceFrSdg1071Test {
    /** Earnings in MYR: 1 NPR = 0.035 MYR. */
    private static final ReferenceFrRates RATES =
            new ReferenceFrRates(Optional.of("MYR"), Map.of("NPR", new BigDecimal("0.035")));

    private static ReferenceFrCosts costs(String... amountsAndCurrencies) {
        CostItem[] items = new CostItem[amountsAndCurrencies.length / 2];
        for (int i = 0; i < items.length; i++) {
            items[i] = new CostItem(CostType.OTHER, new BigDecimal(amountsAndCurrencies[2 * i]),
                    amountsAndCurrencies[2 * i + 1]);
        }
        return new ReferenceFrCosts(Arrays.asList(items));
    }

    private static ReferenceFrSdg1071.Measure measure(ReferenceFrCosts costs, String earnings, String currency) {
        return ReferenceFrSdg1071.measure(costs, Optional.of(new Money(new BigDecimal(earnings), currency)), RATES);
    }

    @Test
    void costsInTheEarningsCurrencyOverOneMonthsEarnings() {
        // 3000 MYR + 10000 NPR x 0.035 = 3350 MYR; 3350 / 1500 = 2.23333...
        assertThat(measure(costs("3000", "MYR", "10000", "NPR"), "1500", "MYR"))
                .isEqualTo(new ReferenceFrSdg1071.Ratio(new BigDecimal("2.2333"), new BigDecimal("3350.00"),
                        Money.of(1500, "MYR")));
    }

    @Test
    void theRatioDividesTheExactTotalAndRoundsHalfUpToFourPlaces() {
        // 0.125 / 1 = 0.1250, though the total is shown as 0.13; 2 / 3 = 0.6667
        assertThat(measure(costs("0.125", "MYR"), "1", "MYR")).isEqualTo(new ReferenceFrSdg1071.Ratio(
                new BigDecimal("0.1250"), new BigDecimal("0.13"), Money.of(1, "MYR")));
        assertThat(((ReferenceFrSdg1071.Ratio) measure(costs("2", "MYR"), "3", "MYR")).ratio())
                .isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void nothingPaidIsARatioOfZero() {
        assertThat(measure(costs(), "1500", "MYR")).isEqualTo(new ReferenceFrSdg1071.Ratio(new BigDecimal("0.0000"),
                new BigDecimal("0.00"), Money.of(1500, "MYR")));
    }

    @Test
    void aCostWithoutARateIsReportedNotDropped() {
        assertThat(measure(costs("1", "USD", "1", "AED", "0", "QAR"), "1500", "MYR"))
                .isEqualTo(new ReferenceFrSdg1071.RateMissing("AED"));
    }

    @Test
    void zeroEarningsStillGiveTheTotal() {
        assertThat(measure(costs("10000", "NPR"), "0", "MYR"))
                .isEqualTo(new ReferenceFrSdg1071.ZeroEarnings(new BigDecimal("350.00"), "MYR"));
    }

    @Test
    void withoutEarningsTheTotalIsGivenOnlyInASingleCurrency() {
        assertThat(ReferenceFrSdg1071.measure(costs("1000", "NPR", "500.5", "NPR", "0", "USD"), Optional.empty(), RATES))
                .isEqualTo(new ReferenceFrSdg1071.NoEarnings(Optional.of(new BigDecimal("1500.50")), Optional.of("NPR")));
        assertThat(ReferenceFrSdg1071.measure(costs("1000", "NPR", "5", "USD"), Optional.empty(), RATES))
                .isEqualTo(new ReferenceFrSdg1071.NoEarnings(Optional.empty(), Optional.empty()));
        assertThat(ReferenceFrSdg1071.measure(costs(), Optional.empty(), RATES))
                .isEqualTo(new ReferenceFrSdg1071.NoEarnings(Optional.of(new BigDecimal("0.00")), Optional.empty()));
    }
}
