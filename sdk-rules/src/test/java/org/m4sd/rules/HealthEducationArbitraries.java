package org.m4sd.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.ReturnType;

/**
 * Generators of requests for the health and education determinations: every overlay plus countries without
 * one, dates across the packs' dated values, every status, missing facts and edge ages.
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

    private HealthEducationArbitraries() {
    }

    /** The facts of a person, without the birth date (drawn as an age in days from asOf); null when not given. */
    public record Facts(MigratoryStatus status, Integer residenceMonths, Integer ageDays, List<String> documents,
            String nationality, Boolean presentInTerritory) {
    }

    public static Arbitrary<LocalDate> asOf() {
        return Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
    }

    public static Arbitrary<Facts> facts() {
        Arbitrary<Integer> months = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 480))).injectNull(0.2);
        // Ages up to 25 years, with extra weight on the birthdays around school-age bounds.
        Arbitrary<Integer> ageDays = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 25 * 366)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 19).flatMap(y ->
                        Arbitraries.integers().between(y * 365 - 3, y * 365 + 4).filter(d -> d >= 0)))).injectNull(0.1);
        Arbitrary<List<String>> documents = Arbitraries.of(DOCUMENTS).set().ofMaxSize(3).map(ArrayList::new)
                .flatMap(l -> Arbitraries.shuffle(l));
        Arbitrary<String> nationality = Arbitraries.of("ECU", "MAR", "NPL", "SRB", "TUN", "CIV", "VEN", "SYR")
                .injectNull(0.2);
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

    public static Arbitrary<EligibilityRequest> requests() {
        Arbitrary<Locale> locales = Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
        return Combinators.combine(Arbitraries.of(JURISDICTIONS), asOf(), facts(), professionals().injectNull(0.1),
                locales).as(HealthEducationArbitraries::request);
    }

    public static EligibilityRequest request(String jurisdiction, LocalDate asOf, Facts f, HealthProfessional hp,
            Locale locale) {
        Person.Builder p = Person.builder("p-1").migratoryStatus(f.status()).residenceMonths(f.residenceMonths())
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
        return new Decision(d.requestId(), d.determination(), d.outcome(), d.criteria(), d.missingFacts(), d.values(),
                d.rulePack(), d.asOf(), ZERO_HASH);
    }
}
