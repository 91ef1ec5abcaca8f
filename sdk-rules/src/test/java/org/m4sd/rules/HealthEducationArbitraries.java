package org.m4sd.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * Generators of requests for the health and education determinations: every overlay plus countries without
 * one, dates across the packs' dated values, every status, missing facts and edge ages, with weight on the
 * thresholds in force (a child's birthday at a school-age bound and a day either side, residence months at the
 * residence test's minimum and just below).
 */
public final class HealthEducationArbitraries {
    public static final List<Determination> DETERMINATIONS = List.of(Determination.HEALTH_EMERGENCY_CARE,
            Determination.HEALTH_ESSENTIAL_CARE, Determination.HEALTH_DIASPORA_RETURN_SUPPORT,
            Determination.EDUCATION_PUBLIC_SCHOOL);
    public static final List<String> JURISDICTIONS =
            List.of("ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "PHL", "BGD", "MDA", "JAM", "KGZ");
    public static final List<String> DOCUMENTS = List.of("RESIDENCE_CARD_COPY", "PASSPORT", "BIRTH_CERTIFICATE");
    private static final String ZERO_HASH = "0".repeat(64);
    private static final long FIRST_DAY = LocalDate.of(2012, 6, 14).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2027, 12, 31).toEpochDay();
    /**
     * The months of residence from which a person is a resident under the residence test: the essential-care
     * coverage parameter's description in the international pack (residenceMonths > 0).
     */
    private static final int RESIDENT_FROM_MONTHS = 1;
    /**
     * Moldova's return programme as its pack encodes it: the day it is in force from and the whole months of work
     * abroad it requires, so that generated work abroad falls on and beside the threshold.
     */
    private static final com.fasterxml.jackson.databind.JsonNode PROGRAMME = PackStore.load().overlay("MDA")
            .flatMap(p -> p.parameter("hd.return.programme")).orElseThrow().values().get(0).value();
    private static final LocalDate PROGRAMME_FROM = PackStore.load().overlay("MDA")
            .flatMap(p -> p.parameter("hd.return.programme")).orElseThrow().values().get(0).validFrom();
    private static final int PROGRAMME_MIN_MONTHS = PROGRAMME.path("minMonthsAbroad").intValue();

    private HealthEducationArbitraries() {
    }

    /** The facts of a person, without the birth date (drawn as an age in days from asOf); null when not given. */
    public record Facts(MigratoryStatus status, Integer residenceMonths, Integer ageDays, List<String> documents,
            String nationality, Boolean presentInTerritory) {
        /** The same facts with another age. */
        Facts withAgeDays(int days) {
            return new Facts(status, residenceMonths, days, documents, nationality, presentInTerritory);
        }
    }

    public static Arbitrary<LocalDate> asOf() {
        return Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
    }

    /** Decision dates, some on and beside the first day Moldova's return programme is in force. */
    static Arbitrary<LocalDate> asOfAroundTheProgramme() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, asOf()), net.jqwik.api.Tuple.of(1,
                Arbitraries.integers().between(-1, 1).map(PROGRAMME_FROM::plusDays)));
    }

    /**
     * A birth date {@code years} years before asOf, moved by {@code days} (-1: a day past that birthday, 0: on it,
     * 1: the day before it).
     */
    public record Birthday(int years, int days) {
        /** The child's age in days on asOf. */
        int ageDaysOn(LocalDate asOf) {
            return (int) ChronoUnit.DAYS.between(asOf.minusYears(years).plusDays(days), asOf);
        }
    }

    public static Arbitrary<Facts> facts() {
        Arbitrary<Integer> months = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(RESIDENT_FROM_MONTHS - 1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(RESIDENT_FROM_MONTHS)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 480))).injectNull(0.2);
        // Ages up to 25 years, with extra weight on the birthdays around school-age bounds.
        Arbitrary<Integer> ageDays = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 25 * 366)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 19).flatMap(y ->
                        Arbitraries.integers().between(y * 365 - 3, y * 365 + 4).filter(d -> d >= 0)))).injectNull(0.1);
        Arbitrary<List<String>> documents = Arbitraries.of(DOCUMENTS).set().ofMaxSize(3).map(ArrayList::new)
                .flatMap(l -> Arbitraries.shuffle(l));
        Arbitrary<String> nationality = Arbitraries.of("ECU", "MAR", "NPL", "SRB", "TUN", "CIV", "VEN", "SYR", "MDA",
                "MDA").injectNull(0.2);
        Arbitrary<Boolean> present = Arbitraries.of(true, false).injectNull(0.15);
        return Combinators.combine(Arbitraries.of(MigratoryStatus.class), months, ageDays, documents, nationality,
                present).as(Facts::new);
    }

    public static Arbitrary<HealthProfessional> professionals() {
        Arbitrary<Boolean> maybe = Arbitraries.of(true, false).injectNull(0.15);
        Arbitrary<String> countries = Arbitraries.of("ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "PHL", "BGD", "MDA",
                "DEU", "QAT", "FRA");
        return Combinators.combine(Arbitraries.of(HealthProfession.class), maybe, maybe, countries, countries,
                Arbitraries.of(ReturnType.class).injectNull(0.15), maybe)
                .as((p, q, l, o, c, r, h) -> new HealthProfessional(p, java.util.Optional.ofNullable(q),
                        java.util.Optional.ofNullable(l), o, c, java.util.Optional.ofNullable(r),
                        java.util.Optional.ofNullable(h)));
    }

    /**
     * The facts a return programme reads, given the decision date: work abroad (often one stretch ending on or
     * after asOf whose whole months fall on and beside the programme's minimum, sometimes scattered periods, in
     * Moldova too, sometimes none, or not stated), the highest degree's ISCED level around a bachelor's, and the
     * languages known (empty: not stated).
     */
    public record ProgrammeFacts(Function<LocalDate, List<WorkPeriod>> workAbroad, String degree,
            List<String> languages) {
        HealthProfessional addTo(HealthProfessional hp, LocalDate asOf) {
            return new HealthProfessional(hp.profession(), hp.qualified(), hp.licensed(), hp.originCountry(),
                    hp.countryOfPractice(), hp.returnType(), hp.healthPostOffered(),
                    java.util.Optional.ofNullable(workAbroad == null ? null : workAbroad.apply(asOf)),
                    java.util.Optional.ofNullable(degree), languages);
        }
    }

    public static Arbitrary<ProgrammeFacts> programmeFacts() {
        Arbitrary<String> where = Arbitraries.of("ITA", "DEU", "ROU", "FRA", "MDA");
        Arbitrary<Function<LocalDate, List<WorkPeriod>>> nearTheMinimum = Combinators.combine(where,
                Arbitraries.integers().between(PROGRAMME_MIN_MONTHS - 2, PROGRAMME_MIN_MONTHS + 1),
                Arbitraries.integers().between(-1, 1), Arbitraries.integers().between(0, 400))
                .as((country, months, shift, beyond) -> asOf -> List.of(WorkPeriod.of(country,
                        asOf.minusMonths(months).plusDays(1 + shift), asOf.plusDays(beyond))));
        Arbitrary<Function<LocalDate, WorkPeriod>> anyPeriod = Combinators.combine(where,
                Arbitraries.integers().between(0, 8 * 366), Arbitraries.integers().between(0, 4 * 366))
                .as((country, before, length) -> asOf -> WorkPeriod.of(country, asOf.minusDays(before),
                        asOf.minusDays(before).plusDays(length)));
        Arbitrary<Function<LocalDate, List<WorkPeriod>>> scattered = anyPeriod.list().ofMaxSize(3)
                .map(periods -> asOf -> periods.stream().map(f -> f.apply(asOf)).toList());
        Arbitrary<Function<LocalDate, List<WorkPeriod>>> work = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, nearTheMinimum), net.jqwik.api.Tuple.of(3, scattered),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(asOf -> List.of()))).injectNull(0.15);
        Arbitrary<String> degree = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just("ISCED_4")),
                net.jqwik.api.Tuple.of(3, Arbitraries.just("ISCED_5")), net.jqwik.api.Tuple.of(3,
                        Arbitraries.just("ISCED_6")), net.jqwik.api.Tuple.of(2, Arbitraries.just("ISCED_7")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("ISCED_8"))).injectNull(0.15);
        Arbitrary<List<String>> languages = Arbitraries.of("ro", "ru", "en", "it").set().ofMaxSize(3)
                .map(ArrayList::new);
        return Combinators.combine(work, degree, languages).as(ProgrammeFacts::new);
    }

    /**
     * Birthdays on which a child enters or leaves the school ages of some pack, and a day either side (never a
     * birth date after asOf); null (the age {@link #facts()} drew is kept) three times in four.
     */
    public static Arbitrary<Birthday> schoolAgeBirthdays() {
        return Combinators.combine(Arbitraries.of(SchoolAgeBirthdays.YEARS), Arbitraries.integers().between(-1, 1))
                .as(Birthday::new).filter(b -> b.years() > 0 || b.days() <= 0).injectNull(0.75);
    }

    public static Arbitrary<EligibilityRequest> requests() {
        Arbitrary<Locale> locales = Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
        // Moldova, the one jurisdiction with a return programme encoded, is drawn more often than the others.
        Arbitrary<String> jurisdictions = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4,
                Arbitraries.of(JURISDICTIONS)), net.jqwik.api.Tuple.of(1, Arbitraries.just("MDA")));
        return Combinators.combine(jurisdictions, asOfAroundTheProgramme(), facts(), schoolAgeBirthdays(),
                professionals().injectNull(0.1), programmeFacts().injectNull(0.2), locales)
                .as((jurisdiction, asOf, facts, birthday, hp, programme, locale) -> request(jurisdiction, asOf,
                        birthday == null ? facts : facts.withAgeDays(birthday.ageDaysOn(asOf)),
                        hp == null || programme == null ? hp : programme.addTo(hp, asOf), locale));
    }

    public static EligibilityRequest request(String jurisdiction, LocalDate asOf, Facts f, HealthProfessional hp,
            Locale locale) {
        // a residence longer than the life so far is a request error (docs/DECISION-CONTRACT.md), tested elsewhere
        Integer residence = f.residenceMonths();
        if (residence != null && f.ageDays() != null) {
            residence = (int) Math.min(residence,
                    java.time.temporal.ChronoUnit.MONTHS.between(asOf.minusDays(f.ageDays()), asOf));
        }
        Person.Builder p = Person.builder("p-1").migratoryStatus(f.status()).residenceMonths(residence)
                .nationality(f.nationality()).documentsHeld(f.documents());
        if (f.presentInTerritory() != null) {
            p.presentInTerritory(f.presentInTerritory());
        }
        if (f.ageDays() != null) {
            p.birthDate(asOf.minusDays(f.ageDays()));
        }
        EligibilityRequest.Builder b = EligibilityRequest.builder("r-1", asOf, jurisdiction, p.build())
                .determinations(DETERMINATIONS).locale(locale);
        if (hp != null) {
            b.healthProfessional(hp);
        }
        return b.build();
    }

    /** The same decision with the input hash blanked, to compare decisions on requests that differ in input. */
    public static Decision withoutInputHash(Decision d) {
        return new Decision(d.requestId(), d.determination(), d.outcome(), d.criteria(), d.missingFacts(),
                d.notEncoded(), d.values(), d.rulePack(), d.asOf(), ZERO_HASH);
    }
}
