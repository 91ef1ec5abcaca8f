package org.m4sd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.m4sd.rules.internal.engine.Effect;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.rules.internal.engine.RuleCatalogue;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.GapKind;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * The gaps of health.emergency-care, health.essential-care, health.diaspora-return-support and
 * education.public-school, applied to the request: the stated change turns that criterion MET and a smaller one
 * does not; where that criterion was the only one standing in the way, the decision becomes ELIGIBLE (a school
 * decision CONDITIONAL where a documentation barrier, which never blocks, remains). A gap the person cannot apply
 * (UNCHANGEABLE) names the fact, and the properties say why nothing is applied. Coverage checks make each property
 * fail when its generated requests stop reaching the criterion.
 */
class HealthEducationGapProperties {
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleBases.load().rules(), LegalSources.load());
    private static final ParameterValue PROGRAMME_VALUE = PackStore.load().overlay("MDA")
            .flatMap(p -> p.parameter("hd.return.programme")).orElseThrow().values().get(0);
    private static final JsonNode PROGRAMME = PROGRAMME_VALUE.value();
    private static final int WINDOW_MONTHS = PROGRAMME.path("windowMonths").intValue();

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return HealthEducationArbitraries.requests();
    }

    /**
     * Requests to Moldova, the one programme encoded, by a professional who states the facts it reads, on a date
     * the programme is in force (from its first day to four years on).
     */
    @Provide
    Arbitrary<EligibilityRequest> moldovanProgrammeRequests() {
        Arbitrary<Locale> locales = Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
        Arbitrary<LocalDate> inForce = Arbitraries.integers().between(0, 4 * 366)
                .map(PROGRAMME_VALUE.validFrom()::plusDays);
        return Combinators.combine(inForce,
                HealthEducationArbitraries.facts(), HealthEducationArbitraries.professionals(),
                HealthEducationArbitraries.programmeFacts(), locales)
                .as((asOf, facts, hp, programme, locale) -> HealthEducationArbitraries.request("MDA", asOf, facts,
                        programme.addTo(hp, asOf), locale));
    }

    // ----- health.emergency-care ----------------------------------------------------------------------------------

    /** Absent from the territory: being present, the gap's one value, meets the test and decides ELIGIBLE. */
    @Property
    void emergencyCarePresenceGapMeetsTheTest(@ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.HEALTH_EMERGENCY_CARE;
        EligibilityRequest absent = withPerson(request, request.person().toBuilder().presentInTerritory(false).build());
        Criterion presence = criterion(decide(absent, d), "he.presence").orElseThrow();
        assertThat(presence.result()).isEqualTo(CriterionResult.NOT_MET);
        Gap gap = presence.gap().orElseThrow();
        assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
        assertThat(gap.fact()).isEqualTo("$.person.presentInTerritory");
        // the one other value, false, is the request as it stands: not met above
        assertThat(gap.values()).containsExactly("true");

        Decision applied = decide(withPerson(absent, absent.person().toBuilder()
                .presentInTerritory(Boolean.parseBoolean(gap.values().get(0))).build()), d);
        assertThat(result(applied, "he.presence")).isEqualTo(CriterionResult.MET);
        assertThat(applied.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    // ----- health.essential-care ----------------------------------------------------------------------------------

    /**
     * An adult (30 years old) with no month of residence, where residence decides: the months the gap names make a
     * resident, one month fewer does not, and with no other criterion in the way the person is covered.
     */
    @Property
    void essentialCareResidenceGapMakesAResident(@ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.HEALTH_ESSENTIAL_CARE;
        EligibilityRequest noResidence = withPerson(request, request.person().toBuilder().residenceMonths(0)
                .birthDate(request.asOf().minusYears(30)).build());
        Decision before = decide(noResidence, d);
        Optional<Criterion> residence = criterion(before, "hs.residence")
                .filter(c -> c.result() == CriterionResult.NOT_MET);
        Statistics.label("not resident").collect(residence.isPresent());
        Statistics.label("not resident").coverage(c -> c.check(true).percentage(p -> p > 30));
        if (residence.isEmpty()) {
            return;
        }
        Gap gap = residence.get().gap().orElseThrow();
        assertThat(gap.kind()).isEqualTo(GapKind.INCREASE);
        assertThat(gap.fact()).isEqualTo("$.person.residenceMonths");
        assertThat(gap.unit()).contains("months");
        int months = gap.amount().orElseThrow().intValueExact();

        Decision applied = decide(withResidence(noResidence, months), d);
        assertThat(result(applied, "hs.residence")).isEqualTo(CriterionResult.MET);
        assertThat(result(decide(withResidence(noResidence, months - 1), d), "hs.residence"))
                .isEqualTo(CriterionResult.NOT_MET);
        if (onlyBlockingCriterion(before, "hs.residence")) {
            assertThat(applied.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    /**
     * A status given emergency care only: each status the gap lists is covered, every other known status is not,
     * and where the status was the only obstacle the person is covered.
     */
    @Property
    void essentialCareStatusGapListsExactlyTheCoveredStatuses(@ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.HEALTH_ESSENTIAL_CARE;
        EligibilityRequest irregularInSerbia = withPerson(request.toBuilder().jurisdiction("SRB").build(),
                request.person().toBuilder().migratoryStatus(MigratoryStatus.IRREGULAR).build());
        Decision before = decide(irregularInSerbia, d);
        Optional<Criterion> population = criterion(before, "hs.population")
                .filter(c -> c.result() == CriterionResult.NOT_MET);
        Statistics.label("emergency care only").collect(population.isPresent());
        Statistics.label("emergency care only").coverage(c -> c.check(true).percentage(p -> p > 30));
        if (population.isEmpty()) {
            return;
        }
        Gap gap = population.get().gap().orElseThrow();
        assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
        assertThat(gap.fact()).isEqualTo("$.person.migratoryStatus");
        for (MigratoryStatus status : MigratoryStatus.values()) {
            if (status == MigratoryStatus.UNKNOWN) {
                continue;
            }
            Decision applied = decide(withPerson(irregularInSerbia,
                    irregularInSerbia.person().toBuilder().migratoryStatus(status).build()), d);
            boolean listed = gap.values().contains(status.name());
            assertThat(result(applied, "hs.population") == CriterionResult.MET).as(status.name()).isEqualTo(listed);
            if (listed && onlyBlockingCriterion(before, "hs.population")) {
                assertThat(applied.outcome()).as(status.name()).isEqualTo(Outcome.ELIGIBLE);
            }
        }
    }

    // ----- health.diaspora-return-support -------------------------------------------------------------------------

    /**
     * Each condition of the programme not met, changed as its gap says, is met, and the smaller change is not:
     * the months of work abroad (a new period of exactly that many whole months in a free stretch of the window,
     * and one month fewer), the country of practice, the degree (and the level below the lowest listed), the
     * language (and a language not listed). Citizenship and the safeguards list are UNCHANGEABLE: they name their
     * fact and nothing is applied. Where the condition was the only one in the way, the decision is ELIGIBLE.
     */
    @Property
    void diasporaReturnGapsMeetTheProgrammeConditions(@ForAll("moldovanProgrammeRequests") EligibilityRequest request) {
        Determination d = Determination.HEALTH_DIASPORA_RETURN_SUPPORT;
        Decision before = decide(request, d);
        boolean applied = false;
        for (Criterion c : before.criteria()) {
            if (c.result() != CriterionResult.NOT_MET) {
                continue;
            }
            Gap gap = c.gap().orElseThrow(() -> new AssertionError(c.id() + " not met without a gap"));
            Optional<Decision> after = switch (c.id()) {
                case "hd.citizenship" -> unchangeable(gap, "$.person.nationality");
                case "hd.safeguards-list" -> unchangeable(gap, "$.healthProfessional.originCountry");
                case "hd.work-abroad" -> workAbroadGap(request, gap);
                case "hd.employed-abroad" -> employedAbroadGap(request, gap);
                case "hd.degree" -> degreeGap(request, gap);
                case "hd.language" -> languageGap(request, gap);
                default -> throw new AssertionError("a criterion this property does not know: " + c.id());
            };
            if (after.isPresent()) {
                applied = true;
                Statistics.label("gap applied to").collect(c.id());
                assertThat(result(after.get(), c.id())).as(c.id()).isEqualTo(CriterionResult.MET);
                if (onlyBlockingCriterion(before, c.id())) {
                    assertThat(after.get().outcome()).as(c.id()).isEqualTo(Outcome.ELIGIBLE);
                }
            }
        }
        Statistics.label("a programme gap applied").collect(applied);
        Statistics.label("a programme gap applied").coverage(c -> c.check(true).percentage(p -> p > 15));
        Statistics.label("gap applied to").coverage(c -> {
            for (String id : List.of("hd.work-abroad", "hd.employed-abroad", "hd.degree", "hd.language")) {
                c.check(id).count(n -> n > 10);
            }
        });
    }

    /** Citizenship and the origin's listing: the person cannot change them, so there is nothing to apply. */
    private static Optional<Decision> unchangeable(Gap gap, String fact) {
        assertThat(gap.kind()).isEqualTo(GapKind.UNCHANGEABLE);
        assertThat(gap.fact()).isEqualTo(fact);
        return Optional.empty();
    }

    private static Optional<Decision> workAbroadGap(EligibilityRequest request, Gap gap) {
        assertThat(gap.kind()).isEqualTo(GapKind.INCREASE);
        assertThat(gap.fact()).isEqualTo("$.healthProfessional.workAbroad");
        assertThat(gap.unit()).contains("months");
        int months = gap.amount().orElseThrow().intValueExact();
        HealthProfessional hp = request.healthProfessional().orElseThrow();
        List<WorkPeriod> periods = hp.workAbroad().orElseThrow();
        Optional<LocalDate> start = freeStretch(periods, request.asOf(), months);
        if (start.isEmpty()) {
            // the window has no free stretch of that length that touches no stated period: a new period there
            // would join others and count more than its own months, so the test applies nothing
            return Optional.empty();
        }
        if (months > 1) {
            Decision smaller = decide(withWorkAbroad(request, hp, periods, start.get(), months - 1),
                    Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
            assertThat(result(smaller, "hd.work-abroad")).isEqualTo(CriterionResult.NOT_MET);
        }
        return Optional.of(decide(withWorkAbroad(request, hp, periods, start.get(), months),
                Determination.HEALTH_DIASPORA_RETURN_SUPPORT));
    }

    /**
     * The first day of the programme's window from which {@code months} whole months of work fit between the
     * stated periods abroad without touching any (a day free on each side), ending on or before the decision date.
     * A start after the 28th moves to the next month's first day, so that adding months never cuts the last one
     * short (31 December plus two months is 28 February: one whole month and 59 days).
     */
    private static Optional<LocalDate> freeStretch(List<WorkPeriod> periods, LocalDate asOf, int months) {
        List<LocalDate> starts = new ArrayList<>();
        starts.add(asOf.minusMonths(WINDOW_MONTHS).plusDays(1));
        periods.forEach(p -> starts.add(p.to().plusDays(2)));
        starts.replaceAll(day -> day.getDayOfMonth() > 28 ? day.withDayOfMonth(1).plusMonths(1) : day);
        starts.sort(Comparator.naturalOrder());
        for (LocalDate start : starts) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            if (start.isAfter(asOf.minusMonths(WINDOW_MONTHS)) && !end.isAfter(asOf) && periods.stream()
                    .allMatch(p -> p.to().isBefore(start.minusDays(1)) || p.from().isAfter(end.plusDays(1)))) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    private static EligibilityRequest withWorkAbroad(EligibilityRequest request, HealthProfessional hp,
            List<WorkPeriod> periods, LocalDate start, int months) {
        List<WorkPeriod> more = new ArrayList<>(periods);
        more.add(WorkPeriod.of("ITA", start, start.plusMonths(months).minusDays(1)));
        return request.toBuilder().healthProfessional(withFacts(hp, Optional.of(more), hp.highestDegreeLevel(),
                hp.languages())).build();
    }

    private static Optional<Decision> employedAbroadGap(EligibilityRequest request, Gap gap) {
        assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
        assertThat(gap.fact()).isEqualTo("$.healthProfessional.countryOfPractice");
        // the one country left out, the jurisdiction, is where the professional practises now: not met
        assertThat(gap.values()).doesNotContain(request.jurisdiction()).contains("ITA", "DEU", "ROU");
        HealthProfessional hp = request.healthProfessional().orElseThrow();
        return Optional.of(decide(request.toBuilder().healthProfessional(practisingIn(hp, gap.values().get(0)))
                .build(), Determination.HEALTH_DIASPORA_RETURN_SUPPORT));
    }

    /** The professional with other facts for the programme to read, every other fact kept. */
    private static HealthProfessional withFacts(HealthProfessional hp, Optional<List<WorkPeriod>> workAbroad,
            Optional<String> degree, List<String> languages) {
        return new HealthProfessional(hp.profession(), hp.qualified(), hp.licensed(), hp.originCountry(),
                hp.countryOfPractice(), hp.returnType(), hp.healthPostOffered(), workAbroad, degree, languages);
    }

    private static HealthProfessional practisingIn(HealthProfessional hp, String country) {
        return new HealthProfessional(hp.profession(), hp.qualified(), hp.licensed(), hp.originCountry(), country,
                hp.returnType(), hp.healthPostOffered(), hp.workAbroad(), hp.highestDegreeLevel(), hp.languages());
    }

    private static Optional<Decision> degreeGap(EligibilityRequest request, Gap gap) {
        assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
        assertThat(gap.fact()).isEqualTo("$.healthProfessional.highestDegreeLevel");
        HealthProfessional hp = request.healthProfessional().orElseThrow();
        int lowest = Integer.parseInt(gap.values().get(0).substring("ISCED_".length()));
        Decision below = decide(request.toBuilder().healthProfessional(withFacts(hp, hp.workAbroad(),
                Optional.of("ISCED_" + (lowest - 1)), hp.languages())).build(),
                Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        assertThat(result(below, "hd.degree")).isEqualTo(CriterionResult.NOT_MET);
        for (String level : gap.values()) {
            Decision met = decide(request.toBuilder().healthProfessional(withFacts(hp, hp.workAbroad(),
                    Optional.of(level), hp.languages())).build(),
                    Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
            assertThat(result(met, "hd.degree")).as(level).isEqualTo(CriterionResult.MET);
        }
        return Optional.of(decide(request.toBuilder().healthProfessional(withFacts(hp, hp.workAbroad(),
                Optional.of(gap.values().get(0)), hp.languages())).build(),
                Determination.HEALTH_DIASPORA_RETURN_SUPPORT));
    }

    private static Optional<Decision> languageGap(EligibilityRequest request, Gap gap) {
        assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
        assertThat(gap.fact()).isEqualTo("$.healthProfessional.languages");
        HealthProfessional hp = request.healthProfessional().orElseThrow();
        List<String> other = new ArrayList<>(hp.languages());
        other.add(gap.values().contains("fr") ? "de" : "fr");
        Decision unlisted = decide(request.toBuilder().healthProfessional(withFacts(hp, hp.workAbroad(),
                hp.highestDegreeLevel(), other)).build(),
                Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        assertThat(result(unlisted, "hd.language")).isEqualTo(CriterionResult.NOT_MET);
        List<String> known = new ArrayList<>(hp.languages());
        known.addAll(gap.values());
        return Optional.of(decide(request.toBuilder().healthProfessional(withFacts(hp, hp.workAbroad(),
                hp.highestDegreeLevel(), known)).build(),
                Determination.HEALTH_DIASPORA_RETURN_SUPPORT));
    }

    // ----- education.public-school --------------------------------------------------------------------------------

    /**
     * Outside the admission ages: on the gap's date the child is of school age and the day before is not; where
     * the child is past them for good (UNCHANGEABLE birth date), no later date brings it back. With the age the
     * only obstacle, the child has a place (CONDITIONAL where a document is still asked for: a barrier, never a
     * ground of refusal). The gap never reads a migratory status or a nationality: schooling is status-neutral.
     */
    @Property
    void schoolAgeGapIsTheFirstDayOfSchoolAge(@ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.EDUCATION_PUBLIC_SCHOOL;
        Decision before = decide(request, d);
        Optional<Criterion> age = criterion(before, "ed.school-age").filter(c -> c.result() == CriterionResult.NOT_MET);
        Statistics.label("outside the school ages").collect(age.map(c -> c.gap().orElseThrow().kind().name())
                .orElse("no"));
        Statistics.label("outside the school ages").coverage(c -> {
            c.check("REACH_DATE").percentage(p -> p > 5);
            c.check("UNCHANGEABLE").percentage(p -> p > 2);
        });
        if (age.isEmpty()) {
            return;
        }
        Gap gap = age.get().gap().orElseThrow();
        if (gap.kind() == GapKind.UNCHANGEABLE) {
            assertThat(gap.fact()).isEqualTo("$.person.birthDate");
            for (int years : new int[] {1, 5, 20}) {
                assertThat(result(decide(request.toBuilder().asOf(request.asOf().plusYears(years)).build(), d),
                        "ed.school-age")).as("%d years on", years).isEqualTo(CriterionResult.NOT_MET);
            }
            return;
        }
        assertThat(gap.kind()).isEqualTo(GapKind.REACH_DATE);
        assertThat(gap.fact()).isEqualTo("$.asOf");
        LocalDate date = gap.date().orElseThrow();
        assertThat(date).isAfter(request.asOf());
        Decision onTheDate = decide(request.toBuilder().asOf(date).build(), d);
        assertThat(result(onTheDate, "ed.school-age")).isEqualTo(CriterionResult.MET);
        assertThat(result(decide(request.toBuilder().asOf(date.minusDays(1)).build(), d), "ed.school-age"))
                .isEqualTo(CriterionResult.NOT_MET);
        if (onlyBlockingCriterion(before, "ed.school-age")) {
            assertThat(onTheDate.outcome()).isEqualTo(result(onTheDate, "ed.documents") == CriterionResult.NOT_MET
                    ? Outcome.CONDITIONAL : Outcome.ELIGIBLE);
        }
    }

    /** Attendance not compulsory at the child's age: it is on the gap's date and not the day before. */
    @Property
    void compulsoryAgeGapIsTheFirstDayAttendanceIsRequired(@ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.EDUCATION_PUBLIC_SCHOOL;
        Optional<Criterion> compulsory = criterion(decide(request, d), "ed.compulsory")
                .filter(c -> c.result() == CriterionResult.NOT_MET);
        Statistics.label("not compulsory").collect(compulsory.map(c -> c.gap().orElseThrow().kind().name())
                .orElse("no"));
        Statistics.label("not compulsory").coverage(c -> {
            c.check("REACH_DATE").percentage(p -> p > 5);
            c.check("UNCHANGEABLE").percentage(p -> p > 2);
        });
        if (compulsory.isEmpty()) {
            return;
        }
        Gap gap = compulsory.get().gap().orElseThrow();
        if (gap.kind() == GapKind.UNCHANGEABLE) {
            assertThat(gap.fact()).isEqualTo("$.person.birthDate");
            for (int years : new int[] {1, 5, 20}) {
                assertThat(result(decide(request.toBuilder().asOf(request.asOf().plusYears(years)).build(), d),
                        "ed.compulsory")).as("%d years on", years).isNotEqualTo(CriterionResult.MET);
            }
            return;
        }
        LocalDate date = gap.date().orElseThrow();
        assertThat(gap.fact()).isEqualTo("$.asOf");
        assertThat(result(decide(request.toBuilder().asOf(date).build(), d), "ed.compulsory"))
                .isEqualTo(CriterionResult.MET);
        assertThat(result(decide(request.toBuilder().asOf(date.minusDays(1)).build(), d), "ed.compulsory"))
                .isNotEqualTo(CriterionResult.MET);
    }

    /**
     * A document asked for and not held: producing all the gap lists lifts the barrier, producing all but one does
     * not; with the child of school age, the place is then ELIGIBLE rather than CONDITIONAL.
     */
    @Property
    void documentGapListsTheDocumentsToProduce(@ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.EDUCATION_PUBLIC_SCHOOL;
        EligibilityRequest morocco = withPerson(request.toBuilder().jurisdiction("MAR").build(),
                request.person().toBuilder().documentsHeld(request.person().documentsHeld().stream()
                        .filter(doc -> !doc.equals("RESIDENCE_CARD_COPY")).toList()).build());
        Decision before = decide(morocco, d);
        Optional<Criterion> documents = criterion(before, "ed.documents")
                .filter(c -> c.result() == CriterionResult.NOT_MET);
        Statistics.label("document requested").collect(documents.isPresent());
        Statistics.label("document requested").coverage(c -> c.check(true).percentage(p -> p > 30));
        if (documents.isEmpty()) {
            return;
        }
        Gap gap = documents.get().gap().orElseThrow();
        assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
        assertThat(gap.fact()).isEqualTo("$.person.documentsHeld");
        assertThat(gap.values()).isNotEmpty().allMatch(doc -> !morocco.person().documentsHeld().contains(doc));
        List<String> held = new ArrayList<>(morocco.person().documentsHeld());
        held.addAll(gap.values().subList(0, gap.values().size() - 1));
        Decision allButOne = decide(withPerson(morocco, morocco.person().toBuilder().documentsHeld(held).build()), d);
        assertThat(result(allButOne, "ed.documents")).isEqualTo(CriterionResult.NOT_MET);
        held.add(gap.values().get(gap.values().size() - 1));
        Decision applied = decide(withPerson(morocco, morocco.person().toBuilder().documentsHeld(held).build()), d);
        assertThat(result(applied, "ed.documents")).isEqualTo(CriterionResult.MET);
        if (before.outcome() == Outcome.CONDITIONAL) {
            assertThat(applied.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    /** Schooling and emergency care are status-neutral: no gap of theirs names the status or the nationality. */
    @Property
    void statusNeutralGapsNeverNameTheStatusOrTheNationality(@ForAll("requests") EligibilityRequest request) {
        for (Determination d : List.of(Determination.EDUCATION_PUBLIC_SCHOOL, Determination.HEALTH_EMERGENCY_CARE)) {
            for (Criterion c : decide(request, d).criteria()) {
                c.gap().ifPresent(gap -> assertThat(gap.fact()).as(c.id())
                        .isNotIn("$.person.migratoryStatus", "$.person.nationality"));
            }
        }
    }

    // ----- helpers ------------------------------------------------------------------------------------------------

    private static Decision decide(EligibilityRequest request, Determination determination) {
        return EngineFixture.DROOLS.evaluate(request.toBuilder().determinations(List.of(determination)).build())
                .decision(determination).orElseThrow();
    }

    private static Optional<Criterion> criterion(Decision decision, String id) {
        return decision.criteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The criterion's result, or null where the decision does not report it. */
    private static CriterionResult result(Decision decision, String id) {
        return criterion(decision, id).map(Criterion::result).orElse(null);
    }

    /** Whether {@code id} is the decision's only criterion in the way: the one blocking NOT_MET, nothing unknown. */
    private static boolean onlyBlockingCriterion(Decision decision, String id) {
        List<String> blocking = decision.criteria().stream().filter(c -> c.result() == CriterionResult.NOT_MET)
                .filter(c -> CATALOGUE.find(c.rule()).orElseThrow().effect() == Effect.BLOCKS).map(Criterion::id)
                .toList();
        boolean unknown = decision.criteria().stream().anyMatch(c -> c.result() == CriterionResult.UNKNOWN);
        return blocking.equals(List.of(id)) && !unknown;
    }

    private static EligibilityRequest withPerson(EligibilityRequest request, Person person) {
        return request.toBuilder().person(person).build();
    }

    private static EligibilityRequest withResidence(EligibilityRequest request, int months) {
        return withPerson(request, request.person().toBuilder().residenceMonths(months).build());
    }
}
