package org.m4sd.rules.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.kie.api.definition.rule.Rule;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.EarlyPensionGround;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * Properties of {@code social-security.old-age-pension} and {@code social-security.benefit-export} over generated
 * requests across the packs (and one jurisdiction without an overlay).
 */
class SocialSecurityProperties {
    static final String SELF = "SELF";
    /** The eleven programme countries, and one jurisdiction without an overlay. */
    private static final List<String> JURISDICTIONS =
            List.of("BGD", "ECU", "JAM", "KGZ", "MDA", "MAR", "NPL", "PHL", "SEN", "SRB", "TUN", "ESP");
    /** Partner states of the packs' agreements (bilateral and multilateral), and states without one (USA). */
    static final List<String> PERIOD_COUNTRIES =
            List.of(SELF, SELF, SELF, "ESP", "FRA", "DEU", "AUT", "TUN", "ITA", "CHE", "MAR", "BEL", "BOL", "TTO",
                    "BRB", "GBR", "CAN", "USA", "ARM", "BLR", "KAZ", "RUS", "CZE", "UKR");
    private static final List<String> RESIDENCES = List.of(SELF, SELF, "ESP", "FRA", "TUN", "AUT", "ITA", "ECU", "PHL",
            "CHE", "TTO", "GBR", "CAN", "RUS", "KAZ", "CZE", "UKR");
    /**
     * Nationalities, drawn from the seed so the spec keeps its shape: the paying state, the C118 parties, states
     * recorded as not party, states absent from the table, and none.
     */
    private static final List<String> NATIONALITIES =
            Arrays.asList(SELF, SELF, "ECU", "TUN", "PHL", "BGD", "MAR", "SRB", "NPL", "USA", "ESP", "FRA", null);
    private static final LocalDate EPOCH = LocalDate.of(1995, 1, 1);
    private static final Set<String> RULES = RuleBases.load().rules().stream().map(Rule::getName)
            .collect(Collectors.toUnmodifiableSet());
    private static final ExecutorService TWO_THREADS = Executors.newFixedThreadPool(2);

    /** A generated case: periods and residence name the jurisdiction as SELF until it is known. */
    record Spec(String jurisdiction, int asOfDay, Integer ageDays, Sex sex, String residence,
            List<PeriodSpec> periods, MigratoryStatus status, long seed) {
        LocalDate asOf() {
            return EPOCH.plusDays(asOfDay);
        }

        String country(String c) {
            return SELF.equals(c) ? jurisdiction : c;
        }

        List<ContributionPeriod> contributionPeriods() {
            List<ContributionPeriod> out = new ArrayList<>(periods.size());
            for (PeriodSpec p : periods) {
                // a period starting after asOf is a request error (docs/DECISION-CONTRACT.md), tested elsewhere
                LocalDate start = asOf().minusDays(Math.max(0, p.startBeforeAsOf()));
                LocalDate from = notBeforeBirth(start);
                LocalDate to = from.plusDays(p.lengthDays() - 1L);
                out.add(p.units() == null ? ContributionPeriod.of(country(p.country()), from, to)
                        : ContributionPeriod.of(country(p.country()), from, to, p.units(), p.unit()));
            }
            return out;
        }

        /** The person's nationality, or null; a draw of its own, so the other draws from the seed stay as they were. */
        String nationality() {
            String n = NATIONALITIES.get(new Random(~seed).nextInt(NATIONALITIES.size()));
            return n == null ? null : country(n);
        }

        /** Contributions cannot start before birth (that is a request error, tested elsewhere). */
        LocalDate notBeforeBirth(LocalDate day) {
            LocalDate birth = ageDays == null ? null : asOf().minusDays(ageDays);
            return birth != null && day.isBefore(birth) ? birth : day;
        }

        /**
         * The early-pension facts (children raised, grounds), each missing a quarter of the time; a draw of its own,
         * so the other draws from the seed stay as they were.
         */
        Person.Builder withEarlyPensionFacts(Person.Builder person) {
            Random random = new Random(seed * 0x9E3779B97F4A7C15L + 1);
            if (random.nextInt(4) > 0) {
                person.childrenRaised(random.nextInt(7));
            }
            if (random.nextInt(4) > 0) {
                List<EarlyPensionGround> grounds = new ArrayList<>();
                for (EarlyPensionGround ground : EarlyPensionGround.values()) {
                    if (random.nextInt(3) == 0) {
                        grounds.add(ground);
                    }
                }
                person.earlyPensionGrounds(grounds);
            }
            return person;
        }

        Person person(MigratoryStatus s, List<ContributionPeriod> cps) {
            return withEarlyPensionFacts(Person.builder("p").birthDate(ageDays == null ? null : asOf().minusDays(ageDays))
                    .sex(sex).countryOfResidence(residence == null ? null : country(residence))
                    .nationality(nationality()).migratoryStatus(s)
                    .contributionPeriods(cps)).build();
        }

        EligibilityRequest request(MigratoryStatus s, List<ContributionPeriod> cps) {
            return EngineFixture.request(jurisdiction, asOf(), person(s, cps))
                    .determinations(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION,
                            Determination.SOCIAL_SECURITY_BENEFIT_EXPORT)
                    .locale(Locale.ENGLISH).build();
        }

        EligibilityRequest request() {
            return request(status, contributionPeriods());
        }
    }

    /**
     * A period starting some days before the decision date (it may run past it), of some length in days, maybe
     * with the units the scheme recorded (null: none).
     */
    record PeriodSpec(String country, int startBeforeAsOf, int lengthDays, Long units, ContributionUnit unit) {
        PeriodSpec(String country, int startBeforeAsOf, int lengthDays) {
            this(country, startBeforeAsOf, lengthDays, null, null);
        }
    }

    @Provide
    Arbitrary<Spec> specs() {
        return specs(18, PERIOD_COUNTRIES, 0);
    }

    /** Leaning towards pensions that are due: older people, more periods, more of them at home. */
    @Provide
    Arbitrary<Spec> pensionSpecs() {
        List<String> countries = new ArrayList<>(PERIOD_COUNTRIES);
        countries.addAll(List.of(SELF, SELF, SELF, SELF, SELF, SELF));
        return specs(55, countries, 1);
    }

    /** On and just beside the ages and records in force: where a rule's comparison decides. */
    @Provide
    Arbitrary<Spec> thresholdSpecs() {
        return ThresholdSpecs.specs();
    }

    static Arbitrary<Spec> specs(int minAgeYears, List<String> periodCountries, int minPeriods) {
        // Uniform draws: jqwik's default bias towards small numbers would make almost every pension ineligible.
        // Now and then a period carries the units a scheme recorded, in months, weeks or days (the scheme counts
        // them only in its own unit).
        Arbitrary<PeriodSpec> period = Combinators.combine(Arbitraries.of(periodCountries),
                uniform(-400, 20_000), uniform(1, 16_500), Arbitraries.of(ContributionUnit.class).injectNull(0.75),
                uniform(0, 1_500)).as((country, start, length, unit, units) -> unit == null
                        ? new PeriodSpec(country, start, length)
                        : new PeriodSpec(country, start, length, (long) units, unit));
        return Combinators.combine(Arbitraries.of(JURISDICTIONS), uniform(0, 13_800),
                uniform(minAgeYears * 365, 80 * 365).injectNull(0.1),
                Arbitraries.of(Sex.class).injectNull(0.15), Arbitraries.of(RESIDENCES).injectNull(0.1),
                period.list().ofMinSize(minPeriods).ofMaxSize(5).withSizeDistribution(RandomDistribution.uniform()),
                Arbitraries.of(MigratoryStatus.class), Arbitraries.longs()).as(Spec::new);
    }

    /** A decision without its input hash, which follows the request's bytes (status, period order). */
    record Content(Determination determination, Outcome outcome, List<Criterion> criteria, List<String> missingFacts,
            Object values, Object rulePack) {
        static List<Content> of(DecisionSet set) {
            return set.decisions().stream().map(d -> new Content(d.determination(), d.outcome(), d.criteria(),
                    d.missingFacts(), d.values(), d.rulePack())).toList();
        }
    }

    @AfterContainer
    static void shutdown() {
        TWO_THREADS.shutdown();
    }

    @Property(tries = 10000)
    void droolsDecidesAsTheReference(@ForAll("specs") Spec spec) {
        EligibilityRequest request = spec.request();
        DecisionSet drools = EngineFixture.DROOLS.evaluate(request);
        assertThat(drools).isEqualTo(EngineFixture.REFERENCE.evaluate(request));
        drools.decisions().forEach(d -> Statistics.label(d.determination().id()).collect(d.outcome()));
    }

    @Property(tries = 3000)
    void droolsDecidesAsTheReferenceOnAndBesideTheThresholds(@ForAll("thresholdSpecs") Spec spec) {
        EligibilityRequest request = spec.request();
        DecisionSet drools = EngineFixture.DROOLS.evaluate(request);
        assertThat(drools).isEqualTo(EngineFixture.REFERENCE.evaluate(request));
        drools.decisions().forEach(d -> Statistics.label(d.determination().id()).collect(d.outcome()));
    }

    @Property(tries = 10000)
    void migratoryStatusNeverChangesEitherDecision(@ForAll("specs") Spec spec, @ForAll MigratoryStatus other) {
        List<ContributionPeriod> cps = spec.contributionPeriods();
        DecisionSet a = EngineFixture.DROOLS.evaluate(spec.request(spec.status(), cps));
        DecisionSet b = EngineFixture.DROOLS.evaluate(spec.request(other, cps));
        assertThat(Content.of(b)).isEqualTo(Content.of(a));
        for (Decision d : a.decisions()) {
            for (Criterion c : d.criteria()) {
                assertThat(c.message().toLowerCase(Locale.ROOT))
                        .doesNotContain("status", "irregular", "asylum", "migratory", "undocumented");
            }
        }
    }

    @Property(tries = 10000)
    void moreContributionMonthsNeverTurnAnEligiblePensionIneligible(@ForAll("pensionSpecs") Spec spec,
            @ForAll("periodCountries") String country, @ForAll("extraMonths") int extra) {
        List<ContributionPeriod> cps = spec.contributionPeriods();
        Decision before = pension(spec.request(spec.status(), cps));
        Statistics.label("pension outcome before adding months").collect(before.outcome());
        if (before.outcome() != Outcome.ELIGIBLE) {
            return;
        }
        Random random = new Random(spec.seed());
        List<ContributionPeriod> more = new ArrayList<>(cps);
        if (!more.isEmpty() && random.nextBoolean()) {
            int i = random.nextInt(more.size());
            ContributionPeriod p = more.get(i);
            // The units the scheme recorded stay with the period (dropping them would count a short range from its
            // calendar, which can credit less than the scheme did: one recorded month in a day of it), and grow by
            // what the added range is worth: the recorded period now covers days that another period without
            // recorded units counted, so units left as they were would be fewer contributions, not more.
            LocalDate to = p.to().plusMonths(extra);
            OptionalLong units = p.units();
            if (units.isPresent()) {
                long days = ChronoUnit.DAYS.between(p.to(), to);
                long added = switch (p.unit().orElseThrow()) {
                    case MONTHS -> extra;
                    case WEEKS -> (days + 6) / 7;
                    case DAYS -> days;
                };
                units = OptionalLong.of(units.getAsLong() + added);
            }
            more.set(i, new ContributionPeriod(p.country(), p.from(), to, units, p.unit()));
        } else {
            LocalDate from = spec.notBeforeBirth(spec.asOf().minusMonths(random.nextInt(600)));
            more.add(ContributionPeriod.of(spec.country(country), from, from.plusMonths(extra).minusDays(1)));
        }
        Decision after = pension(spec.request(spec.status(), more));
        assertThat(after.outcome()).as("after adding months: %s", after.criteria())
                .isNotIn(Outcome.INELIGIBLE, Outcome.UNDETERMINED);
    }

    @Property(tries = 10000)
    void periodOrderAndTwoThreadsNeverChangeADecision(@ForAll("specs") Spec spec) throws Exception {
        List<ContributionPeriod> cps = spec.contributionPeriods();
        List<ContributionPeriod> shuffled = new ArrayList<>(cps);
        Collections.shuffle(shuffled, new Random(spec.seed()));
        EligibilityRequest request = spec.request(spec.status(), cps);
        List<Content> expected = Content.of(EngineFixture.DROOLS.evaluate(request));
        assertThat(Content.of(EngineFixture.DROOLS.evaluate(spec.request(spec.status(), shuffled)))).isEqualTo(expected);
        Future<DecisionSet> one = TWO_THREADS.submit(() -> EngineFixture.DROOLS.evaluate(request));
        Future<DecisionSet> two = TWO_THREADS.submit(() -> EngineFixture.DROOLS.evaluate(request));
        assertThat(Content.of(one.get())).isEqualTo(expected);
        assertThat(Content.of(two.get())).isEqualTo(expected);
    }

    @Property(tries = 10000)
    void everyCriterionCitesACatalogueRuleAndALegalBasis(@ForAll("specs") Spec spec) {
        DecisionSet set = EngineFixture.DROOLS.evaluate(spec.request());
        for (Decision d : set.decisions()) {
            assertThat(d.criteria()).isNotEmpty();
            if (d.outcome() == Outcome.UNDETERMINED) {
                assertThat(d.missingFacts().isEmpty() && d.notEncoded().isEmpty()).as("an UNDETERMINED decision"
                        + " names the facts missing or the conditions not encoded").isFalse();
            }
            for (Criterion c : d.criteria()) {
                assertThat(RULES).contains(c.rule());
                assertThat(c.legalBasis()).isNotEmpty()
                        .allSatisfy(b -> assertThat(b.instrument()).isNotBlank());
            }
        }
    }

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<String> periodCountries() {
        return Arbitraries.of(PERIOD_COUNTRIES);
    }

    @Provide
    Arbitrary<Integer> extraMonths() {
        return uniform(1, 240);
    }

    private static Decision pension(EligibilityRequest request) {
        return EngineFixture.DROOLS.evaluate(request).decision(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION)
                .orElseThrow();
    }
}
