package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.internal.Checks;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Something that happened in a programme country and counts towards indicators. Every event names a country
 * and the date that places it in a period.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface ProgrammeEvent {

    /** ISO 3166-1 alpha-3 code of the country the event counts for. */
    String country();

    /** The date that places the event in a reporting period. */
    LocalDate date();

    /**
     * An eligibility decision, reduced to what the access indicators count: sector, outcome, sex, migratory status
     * and an opaque key of the person, so that a person decided twice counts once. The person's id itself is not
     * kept.
     *
     * @param country         the deciding jurisdiction
     * @param date            the decision's {@code asOf} date
     * @param determination   what was decided
     * @param outcome         the outcome
     * @param sex             the person's recorded sex
     * @param migratoryStatus the person's migratory status
     * @param personKey       an opaque key, equal for every decision about the same person and different for
     *                        different persons; {@link #of} derives it with {@link #personKey(String)}. Keys are
     *                        compared, never shown or logged.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record DecisionMade(String country, LocalDate date, Determination determination, Outcome outcome, Sex sex,
            MigratoryStatus migratoryStatus, String personKey) implements ProgrammeEvent {
        /** Rejects nulls and a blank person key. */
        public DecisionMade {
            Checks.requiredText(country, "country");
            Checks.required(date, "date");
            Checks.required(determination, "determination");
            Checks.required(outcome, "outcome");
            Checks.required(sex, "sex");
            Checks.required(migratoryStatus, "migratoryStatus");
            Checks.requiredText(personKey, "personKey");
        }

        /**
         * What the indicators count of a decision: jurisdiction, date, determination and outcome from the decision
         * and request, sex ({@link Sex#X} when not recorded) and migratory status from the request's person, and
         * the {@link #personKey(String) key} of the person's id. The id is not kept.
         *
         * @throws IllegalArgumentException when the decision answers another request
         */
        public static DecisionMade of(EligibilityRequest request, Decision decision) {
            Checks.required(request, "request");
            Checks.required(decision, "decision");
            if (!request.requestId().equals(decision.requestId())) {
                throw new IllegalArgumentException("decision " + decision.requestId() + " does not answer request "
                        + request.requestId());
            }
            return new DecisionMade(request.jurisdiction(), decision.asOf(), decision.determination(),
                    decision.outcome(), request.person().sex().orElse(Sex.X), request.person().migratoryStatus(),
                    personKey(request.person().id()));
        }

        /**
         * The opaque key of a person id: the first 128 bits of its SHA-256, in hex (32 characters). Equal ids give
         * equal keys; the id cannot be read back from the key, though a guessed id can be checked against it, so
         * keys are handled as personal data too.
         */
        public static String personKey(String personId) {
            Checks.requiredText(personId, "personId");
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(personId.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }

        /** Whether the decision grants access (ELIGIBLE or CONDITIONAL). */
        public boolean grantsAccess() {
            return outcome == Outcome.ELIGIBLE || outcome == Outcome.CONDITIONAL;
        }

        /** The decision's fields, its person key left out. */
        @Override
        public String toString() {
            return "DecisionMade[country=" + country + ", date=" + date + ", determination=" + determination
                    + ", outcome=" + outcome + ", sex=" + sex + ", migratoryStatus=" + migratoryStatus + "]";
        }
    }

    /**
     * A law, policy, strategy or action plan adopted.
     *
     * @param country the adopting country
     * @param date    date of adoption
     * @param type    kind of instrument
     * @param level   national or local (global for a regional or international instrument)
     * @param sector  the sector it mainly concerns, or empty for a cross-sector instrument
     * @param title   its title
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record PolicyAdopted(String country, LocalDate date, PolicyType type, Level level, Optional<Sector> sector,
            String title) implements ProgrammeEvent {
        /** Rejects nulls. */
        public PolicyAdopted {
            Checks.requiredText(country, "country");
            Checks.required(date, "date");
            Checks.required(type, "type");
            Checks.required(level, "level");
            Checks.optional(sector, "sector");
            Checks.requiredText(title, "title");
        }
    }

    /**
     * Officials and partners trained in one session.
     *
     * @param country where
     * @param date    when the training ended
     * @param count   number of people trained
     * @param level   the level they work at
     * @param sex     their sex, when the count is broken down; {@link Sex#X} for a mixed or unrecorded group
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record OfficialsTrained(String country, LocalDate date, int count, Level level, Sex sex)
            implements ProgrammeEvent {
        /** Rejects nulls and a negative count. */
        public OfficialsTrained {
            Checks.requiredText(country, "country");
            Checks.required(date, "date");
            Checks.nonNegative(count, "count");
            Checks.required(level, "level");
            Checks.required(sex, "sex");
        }
    }

    /**
     * One worker's answers in a recruitment-cost survey (SDG 10.7.1), amounts in the earnings currency.
     *
     * @param country               origin country of the worker
     * @param destination           country of the first job abroad (a breakdown the metadata asks for)
     * @param date                  survey date
     * @param firstJobStart         start of the first job abroad
     * @param costs                 everything the worker and family paid to find, qualify for and secure the job
     *                              and reach the workplace, converted to the earnings currency; only the
     *                              convertible part when {@code unconvertedCurrencies} is not empty
     * @param monthlyEarnings       last month's earnings in that first job, net as the indicator defines them
     * @param sex                   the worker's sex
     * @param ageGroup              the worker's age group at the survey, an SDMX {@code AGE} code such as
     *                              {@link #ageGroupOf Y25T34}, when known
     * @param education             the worker's level of education, an SDMX {@code EDUCATION_LEV} code such as
     *                              {@code ISCED11_3}, when known
     * @param unconvertedCurrencies currencies of cost items that have no exchange rate to the earnings currency;
     *                              a worker with any is not counted (there is no ratio to count) and is reported
     *                              as a validation finding, never dropped silently
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record RecruitmentCost(String country, String destination, LocalDate date, LocalDate firstJobStart,
            double costs, double monthlyEarnings, Sex sex, Optional<String> ageGroup, Optional<String> education,
            Set<String> unconvertedCurrencies) implements ProgrammeEvent {
        /** Rejects nulls, negative costs, earnings that are not positive and blank codes. */
        public RecruitmentCost {
            Checks.requiredText(country, "country");
            Checks.requiredText(destination, "destination");
            Checks.required(date, "date");
            Checks.required(firstJobStart, "firstJobStart");
            if (!(costs >= 0) || Double.isInfinite(costs)) {
                throw new IllegalArgumentException("costs must be a finite number >= 0, got " + costs);
            }
            if (!(monthlyEarnings > 0) || Double.isInfinite(monthlyEarnings)) {
                throw new IllegalArgumentException("monthlyEarnings must be a finite number > 0, got " + monthlyEarnings);
            }
            Checks.required(sex, "sex");
            Checks.optional(ageGroup, "ageGroup");
            Checks.optional(education, "education");
            ageGroup.ifPresent(a -> Checks.requiredText(a, "ageGroup"));
            education.ifPresent(e -> Checks.requiredText(e, "education"));
            unconvertedCurrencies = Collections.unmodifiableSortedSet(new TreeSet<>(
                    Checks.required(unconvertedCurrencies, "unconvertedCurrencies")));
        }

        /** A worker whose costs are all converted, without age group or education. */
        public RecruitmentCost(String country, String destination, LocalDate date, LocalDate firstJobStart,
                double costs, double monthlyEarnings, Sex sex) {
            this(country, destination, date, firstJobStart, costs, monthlyEarnings, sex, Optional.empty(),
                    Optional.empty(), Set.of());
        }

        /** Whether every cost item could be converted to the earnings currency, so that the ratio means C / E. */
        public boolean convertible() {
            return unconvertedCurrencies.isEmpty();
        }

        /** The worker's ratio C / E; meaningful only when {@link #convertible()}. */
        public double ratio() {
            return costs / monthlyEarnings;
        }

        /**
         * The SDMX {@code AGE} code of the ten-year group an age falls in, as the ILO publishes labour statistics:
         * {@code Y_LT15}, {@code Y15T24}, {@code Y25T34}, {@code Y35T44}, {@code Y45T54}, {@code Y55T64},
         * {@code Y_GE65}.
         */
        public static String ageGroupOf(int age) {
            if (age < 15) {
                return "Y_LT15";
            }
            if (age >= 65) {
                return "Y_GE65";
            }
            int low = 15 + (age - 15) / 10 * 10;
            return "Y" + low + "T" + (low + 9);
        }
    }

    /**
     * A country's answers to the SDG 10.7.2 questionnaire: sub-items {@code 1a} to {@code 6e}. A sub-item left
     * out scores 0.
     *
     * @param country the answering country
     * @param date    date of the answers
     * @param answers answers by sub-item id
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Sdg1072Questionnaire(String country, LocalDate date, Map<String, Sdg1072Answer> answers)
            implements ProgrammeEvent {
        /** Rejects nulls, unknown sub-item ids and answers not allowed in their domain. */
        public Sdg1072Questionnaire {
            Checks.requiredText(country, "country");
            Checks.required(date, "date");
            answers = Checks.map(answers, "answers");
            answers.forEach((item, answer) -> {
                if (!item.matches("[1-6][a-e]")) {
                    throw new IllegalArgumentException("answers: unknown sub-item \"" + item + "\"; use 1a to 6e");
                }
                int domain = item.charAt(0) - '0';
                if (!answer.allowedIn(domain)) {
                    throw new IllegalArgumentException("answers." + item + ": " + answer
                            + " is not an answer in domain " + domain);
                }
            });
        }
    }

    /**
     * The price of sending USD 200 through one service in one corridor (SDG 10.c.1).
     *
     * @param sendingCountry     where the money is sent from
     * @param country            where it is received
     * @param date               when the price was collected
     * @param service            the service's name
     * @param feeUsd             the fee, in USD
     * @param fxMarginPercent    the exchange-rate margin, in percent of the amount
     * @param deliveryDays       days until the money is available
     * @param accessible         whether the service is open to the general public in the corridor
     * @param transparent        whether the service discloses its fee, exchange rate and delivery time to the
     *                           sender before the transfer (a SmaRT criterion)
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record RemittancePrice(String sendingCountry, String country, LocalDate date, String service, double feeUsd,
            double fxMarginPercent, int deliveryDays, boolean accessible, boolean transparent)
            implements ProgrammeEvent {
        /** The amount priced, in USD. */
        public static final double AMOUNT_USD = 200;

        /**
         * Rejects nulls, a negative fee and numbers that are not finite. A negative exchange-rate margin is
         * accepted: a service may pay out above the interbank rate, and the total cost counts the margin as priced.
         */
        public RemittancePrice {
            Checks.requiredText(sendingCountry, "sendingCountry");
            Checks.requiredText(country, "country");
            Checks.required(date, "date");
            Checks.requiredText(service, "service");
            if (!(feeUsd >= 0) || Double.isInfinite(feeUsd)) {
                throw new IllegalArgumentException("feeUsd must be a finite number >= 0, got " + feeUsd);
            }
            if (!Double.isFinite(fxMarginPercent)) {
                throw new IllegalArgumentException("fxMarginPercent must be a finite number, got " + fxMarginPercent);
            }
            Checks.nonNegative(deliveryDays, "deliveryDays");
        }

        /** Total cost as a percentage of USD 200: fee / 200 x 100 + FX margin. */
        public double totalCostPercent() {
            return feeUsd / AMOUNT_USD * 100 + fxMarginPercent;
        }

        /**
         * Qualifies for the SmaRT average: the service is transparent, money arrives in 5 days or less and the
         * service is accessible.
         */
        public boolean smartQualifying() {
            return transparent && deliveryDays <= 5 && accessible;
        }
    }
}
