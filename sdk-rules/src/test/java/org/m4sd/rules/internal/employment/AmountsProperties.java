package org.m4sd.rules.internal.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;

/**
 * The message texts of cost items, written without streams or maps for the common case, read as the plain
 * definitions do: item names sorted in their declared order, sums per currency in alphabetical order of currency.
 */
class AmountsProperties {

    @Property(tries = 300)
    void namesAreTheItemsInTheirDeclaredOrder(@ForAll("itemSets") Set<CostType> items) {
        assertThat(Amounts.names(items))
                .isEqualTo(items.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
    }

    @Property(tries = 500)
    void sumsByCurrencyAreTheSumsOfEachCurrencyInAlphabeticalOrder(@ForAll("costs") List<CostItem> items) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (CostItem i : items) {
            if (i.amount().signum() > 0) {
                sums.merge(i.currency(), i.amount(), BigDecimal::add);
            }
        }
        String expected = sums.isEmpty() ? "0" : sums.entrySet().stream()
                .map(e -> Amounts.money(e.getValue(), e.getKey())).collect(Collectors.joining(" + "));
        assertThat(Amounts.byCurrency(items)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void moneyIsTheAmountWithoutTrailingZerosOrExponentAfterItsCurrency(@ForAll("anyAmount") BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        assertThat(Amounts.money(amount, "NPR")).isEqualTo("NPR " + plain);
    }

    @Provide
    Arbitrary<BigDecimal> anyAmount() {
        // every scale and size: long digits, more than a long holds, negative scales, negatives and zeros
        return Combinators.combine(Arbitraries.bigIntegers().between(new java.math.BigInteger("-" + "9".repeat(25)),
                new java.math.BigInteger("9".repeat(25))),
                Arbitraries.integers().between(-4, 22)).as(BigDecimal::new);
    }

    @Example
    void realCases() {
        assertThat(Amounts.byCurrency(List.of(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR"),
                CostItem.of(CostType.VISA, 1_500, "NPR"), CostItem.of(CostType.AIR_TICKET, 20, "USD"))))
                .isEqualTo("NPR 11500 + USD 20");
        assertThat(Amounts.money(new BigDecimal("1500.00"), "USD")).isEqualTo("USD 1500");
        assertThat(Amounts.money(new BigDecimal("0.050"), "USD")).isEqualTo("USD 0.05");
        assertThat(Amounts.money(new BigDecimal("1.5E+3"), "USD")).isEqualTo("USD 1500");
        assertThat(Amounts.byCurrency(List.of(new CostItem(CostType.VISA, new BigDecimal("120.50"), "PHP"),
                new CostItem(CostType.AIR_TICKET, new BigDecimal("0.50"), "PHP")))).isEqualTo("PHP 121");
        assertThat(Amounts.byCurrency(List.of(CostItem.of(CostType.VISA, 0, "PHP")))).isEqualTo("0");
        assertThat(Amounts.names(Set.of(CostType.VISA, CostType.SERVICE_CHARGE)))
                .isEqualTo(CostType.SERVICE_CHARGE.name() + ", " + CostType.VISA.name());
        assertThat(Amounts.names(Set.of())).isEmpty();
    }

    @Provide
    Arbitrary<Set<CostType>> itemSets() {
        return Arbitraries.of(CostType.class).set();
    }

    @Provide
    Arbitrary<List<CostItem>> costs() {
        Arbitrary<BigDecimal> amounts = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2));
        Arbitrary<CostItem> item = Combinators.combine(Arbitraries.of(CostType.class), amounts,
                Arbitraries.of("NPR", "USD", "PHP", "EUR")).as(CostItem::new);
        return item.list().ofMaxSize(8).map(ArrayList::new);
    }
}
