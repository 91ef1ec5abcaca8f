package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A migrant worker's recruitment for a first job abroad.
 *
 * @param origin                 ISO 3166-1 alpha-3 code of the country of origin (where recruitment happened)
 * @param destination            ISO 3166-1 alpha-3 code of the country of employment
 * @param occupation             occupation, free text (for example {@code construction})
 * @param householdService       whether the job is household (domestic) service
 * @param governmentToGovernment whether the hiring is under a government-to-government arrangement
 * @param employerDeclinedToPay  whether the employer stated in writing that it will not pay the service charge
 * @param firstJobStart          first day of the first job abroad
 * @param costsPaidByWorker      costs the worker or family paid, in any currencies
 * @param firstMonthEarnings     earnings of the last (or first full) month in that job, net of destination
 *                               taxes, social contributions and deductions recovering recruitment costs
 * @param monthlyBasicSalary     the contract's monthly basic salary
 * @param exchangeRates          for each other currency, its value in the currency of {@code firstMonthEarnings}
 */
@API(status = STABLE, since = "0.1")
public record Recruitment(
        String origin,
        String destination,
        Optional<String> occupation,
        boolean householdService,
        boolean governmentToGovernment,
        boolean employerDeclinedToPay,
        Optional<LocalDate> firstJobStart,
        List<CostItem> costsPaidByWorker,
        Optional<Money> firstMonthEarnings,
        Optional<Money> monthlyBasicSalary,
        Map<String, BigDecimal> exchangeRates) {

    /** Rejects nulls, unknown countries and currencies, and rates that are not positive. */
    public Recruitment {
        Checks.country(origin, "origin");
        Checks.country(destination, "destination");
        Checks.optional(occupation, "occupation");
        Checks.optional(firstJobStart, "firstJobStart");
        costsPaidByWorker = Checks.list(costsPaidByWorker, "costsPaidByWorker");
        Checks.optional(firstMonthEarnings, "firstMonthEarnings");
        Checks.optional(monthlyBasicSalary, "monthlyBasicSalary");
        Checks.map(exchangeRates, "exchangeRates");
        exchangeRates.forEach((currency, rate) -> {
            Money.requireCurrency(currency, "exchangeRates key");
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("exchangeRates." + currency + " must be positive, got " + rate);
            }
        });
        exchangeRates = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(exchangeRates));
    }

    /** A builder for a recruitment from {@code origin} to {@code destination}. */
    public static Builder builder(String origin, String destination) {
        return new Builder(origin, destination);
    }

    /** Builds a {@link Recruitment}. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final String origin;
        private final String destination;
        private String occupation;
        private boolean householdService;
        private boolean governmentToGovernment;
        private boolean employerDeclinedToPay;
        private LocalDate firstJobStart;
        private final List<CostItem> costs = new ArrayList<>();
        private Money firstMonthEarnings;
        private Money monthlyBasicSalary;
        private final Map<String, BigDecimal> exchangeRates = new LinkedHashMap<>();

        private Builder(String origin, String destination) {
            this.origin = origin;
            this.destination = destination;
        }

        /** See {@link Recruitment#occupation()}. */
        public Builder occupation(String value) {
            occupation = value;
            return this;
        }

        /** See {@link Recruitment#householdService()}. */
        public Builder householdService(boolean value) {
            householdService = value;
            return this;
        }

        /** See {@link Recruitment#governmentToGovernment()}. */
        public Builder governmentToGovernment(boolean value) {
            governmentToGovernment = value;
            return this;
        }

        /** See {@link Recruitment#employerDeclinedToPay()}. */
        public Builder employerDeclinedToPay(boolean value) {
            employerDeclinedToPay = value;
            return this;
        }

        /** See {@link Recruitment#firstJobStart()}. */
        public Builder firstJobStart(LocalDate value) {
            firstJobStart = value;
            return this;
        }

        /** Adds a cost paid by the worker. */
        public Builder addCost(CostItem value) {
            costs.add(Checks.required(value, "costsPaidByWorker[]"));
            return this;
        }

        /** See {@link Recruitment#firstMonthEarnings()}. */
        public Builder firstMonthEarnings(Money value) {
            firstMonthEarnings = value;
            return this;
        }

        /** See {@link Recruitment#monthlyBasicSalary()}. */
        public Builder monthlyBasicSalary(Money value) {
            monthlyBasicSalary = value;
            return this;
        }

        /** The value of one unit of {@code currency} in the earnings currency. */
        public Builder exchangeRate(String currency, BigDecimal valueInEarningsCurrency) {
            exchangeRates.put(currency, valueInEarningsCurrency);
            return this;
        }

        /** The recruitment. */
        public Recruitment build() {
            return new Recruitment(origin, destination, Optional.ofNullable(occupation), householdService,
                    governmentToGovernment, employerDeclinedToPay, Optional.ofNullable(firstJobStart), costs,
                    Optional.ofNullable(firstMonthEarnings), Optional.ofNullable(monthlyBasicSalary), exchangeRates);
        }
    }
}
