package org.m4sd.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.Sex;

/**
 * Fixed benchmark inputs: requests generated from a seed, so every run, every implementation and every fork
 * decides the same people. Every person carries the facts of all eight determinations.
 */
public final class Population {
    private static final String[] JURISDICTIONS = {"ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "PHL", "BGD"};
    private static final String[] PARTNERS = {"ESP", "FRA", "DEU", "ITA", "AUT", "CHE", "BEL"};
    private static final String[] DESTINATIONS = {"QAT", "SAU", "ARE", "MYS", "KWT", "OMN", "SGP"};
    private static final MigratoryStatus[] STATUSES = MigratoryStatus.values();
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private Population() {
    }

    /** {@code size} requests for {@code determinations} (all when empty), in {@code jurisdiction} (all when null). */
    public static List<EligibilityRequest> generate(long seed, int size, String jurisdiction,
            List<Determination> determinations) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EligibilityRequest> requests = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String j = jurisdiction != null ? jurisdiction : JURISDICTIONS[random.nextInt(JURISDICTIONS.length)];
            requests.add(request(random, i, j, determinations));
        }
        return requests;
    }

    private static EligibilityRequest request(SplittableRandom r, int i, String jurisdiction,
            List<Determination> determinations) {
        LocalDate birth = AS_OF.minusDays(r.nextInt(3 * 365, 85 * 365));
        Person.Builder person = Person.builder("bench-" + i)
                .birthDate(birth)
                .sex(r.nextBoolean() ? Sex.F : Sex.M)
                .nationality(r.nextInt(3) == 0 ? jurisdiction : "VEN")
                .migratoryStatus(STATUSES[r.nextInt(STATUSES.length)])
                .presentInTerritory(r.nextInt(10) != 0)
                // never longer than the life so far: the request would be refused
                .residenceMonths((int) Math.min(r.nextInt(0, 480), ChronoUnit.MONTHS.between(birth, AS_OF)))
                .countryOfResidence(r.nextInt(4) == 0 ? PARTNERS[r.nextInt(PARTNERS.length)] : jurisdiction);
        LocalDate start = birth.plusYears(18 + r.nextInt(10));
        int periods = r.nextInt(0, 4);
        for (int p = 0; p < periods && start.isBefore(AS_OF); p++) {
            LocalDate end = start.plusMonths(r.nextInt(6, 180));
            if (end.isAfter(AS_OF)) {
                end = AS_OF;
            }
            String country = p % 2 == 0 ? jurisdiction : PARTNERS[r.nextInt(PARTNERS.length)];
            person.addContributionPeriod(ContributionPeriod.of(country, start, end));
            start = end.plusDays(1 + r.nextInt(400));
        }
        if (r.nextInt(5) == 0) {
            person.addDocumentHeld("RESIDENCE_CARD_COPY");
        }
        EligibilityRequest.Builder request = EligibilityRequest.builder("r-" + i, AS_OF, jurisdiction, person.build())
                .determinations(determinations)
                .recruitment(recruitment(r))
                .qualification(qualification(r, ChronoUnit.MONTHS.between(birth, AS_OF)))
                .healthProfessional(HealthProfessional.of(HealthProfession.values()[r.nextInt(3)], r.nextInt(10) != 0,
                        r.nextInt(8) != 0, jurisdiction, "DEU", ReturnType.values()[r.nextInt(3)], r.nextBoolean()));
        return request.build();
    }

    private static Recruitment recruitment(SplittableRandom r) {
        String origin = new String[] {"NPL", "BGD", "PHL"}[r.nextInt(3)];
        String currency = switch (origin) {
            case "NPL" -> "NPR";
            case "BGD" -> "BDT";
            default -> "PHP";
        };
        Recruitment.Builder b = Recruitment.builder(origin, DESTINATIONS[r.nextInt(DESTINATIONS.length)])
                .occupation("construction")
                .householdService(r.nextInt(6) == 0)
                .employerDeclinedToPay(r.nextBoolean())
                .firstJobStart(AS_OF.minusDays(r.nextInt(30, 1800)))
                .firstMonthEarnings(Money.of(r.nextInt(900, 2500), "QAR"))
                .monthlyBasicSalary(Money.of(r.nextInt(20_000, 60_000), currency))
                .exchangeRate(currency, new BigDecimal(currency.equals("NPR") ? "0.0274" : currency.equals("BDT") ? "0.033" : "0.065"));
        int items = r.nextInt(0, 4);
        CostType[] types = {CostType.SERVICE_CHARGE, CostType.MEDICAL, CostType.VISA, CostType.WELFARE_FUND};
        for (int k = 0; k < items; k++) {
            b.addCost(CostItem.of(types[k], r.nextInt(500, 150_000), currency));
        }
        return b.build();
    }

    private static Qualification qualification(SplittableRandom r, long lifeMonths) {
        Qualification.Builder q = Qualification.builder("SYR", "ISCED_" + r.nextInt(4, 8))
                .field("nursing")
                .regulatedProfession(r.nextBoolean())
                .workExperienceMonths((int) Math.min(r.nextInt(0, 120), lifeMonths))
                .documentsAvailable(r.nextInt(5) != 0)
                .fileCompleteDate(AS_OF.minusDays(r.nextInt(10, 300)))
                .preferredCompensation(r.nextBoolean() ? CompensationMeasure.ADAPTATION_PERIOD : CompensationMeasure.APTITUDE_TEST);
        if (r.nextBoolean()) {
            q.addSubstantialDifference("CLINICAL_PRACTICE_HOURS");
            if (r.nextBoolean()) {
                q.addDifferenceCoveredByExperience("CLINICAL_PRACTICE_HOURS");
            }
        }
        return q.build();
    }
}
