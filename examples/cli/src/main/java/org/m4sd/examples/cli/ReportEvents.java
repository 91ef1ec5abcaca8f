package org.m4sd.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.framework.Level;
import org.m4sd.sdk.framework.PolicyType;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.Sdg1072Answer;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.Sex;

/** Turns cases and their decisions into the programme events the results framework counts. */
final class ReportEvents {
    private ReportEvents() {
    }

    /**
     * The worker's SDG 10.7.1 survey answer from a recruitment: costs converted to the earnings currency with
     * the request's exchange rates, the age group at the survey from the birth date. A cost in a currency without
     * a rate is not dropped: the answer names the currency, and the report leaves the worker out of the
     * indicator with a {@code costs-convertible} finding. Empty when earnings or the first job's start is missing
     * (there is no survey answer to report).
     */
    static Optional<ProgrammeEvent.RecruitmentCost> recruitmentCost(EligibilityRequest request) {
        if (request.recruitment().isEmpty()) {
            return Optional.empty();
        }
        Recruitment r = request.recruitment().get();
        if (r.firstMonthEarnings().isEmpty() || r.firstJobStart().isEmpty()
                || r.firstMonthEarnings().get().amount().signum() <= 0) {
            return Optional.empty();
        }
        String currency = r.firstMonthEarnings().get().currency();
        BigDecimal costs = BigDecimal.ZERO;
        Set<String> unconverted = new TreeSet<>();
        for (CostItem item : r.costsPaidByWorker()) {
            if (item.currency().equals(currency)) {
                costs = costs.add(item.amount());
            } else if (r.exchangeRates().containsKey(item.currency())) {
                costs = costs.add(item.amount().multiply(r.exchangeRates().get(item.currency())));
            } else {
                unconverted.add(item.currency());
            }
        }
        Optional<String> ageGroup = request.person().birthDate().map(born -> ProgrammeEvent.RecruitmentCost
                .ageGroupOf(Period.between(born, request.asOf()).getYears()));
        return Optional.of(new ProgrammeEvent.RecruitmentCost(r.origin(), r.destination(), request.asOf(),
                r.firstJobStart().get(), costs.doubleValue(), r.firstMonthEarnings().get().amount().doubleValue(),
                request.person().sex().orElse(Sex.X), ageGroup, Optional.empty(), unconverted));
    }

    /** Illustrative answers to all 30 SDG 10.7.2 sub-items, mostly yes, as most reporting countries answer. */
    private static java.util.Map<String, Sdg1072Answer> sdg1072Answers(SplittableRandom r) {
        java.util.Map<String, Sdg1072Answer> answers = new java.util.TreeMap<>();
        for (char domain = '1'; domain <= '6'; domain++) {
            for (char item = 'a'; item <= 'e'; item++) {
                int draw = r.nextInt(10);
                Sdg1072Answer answer = draw < 3 ? Sdg1072Answer.NO
                        : domain != '1' ? Sdg1072Answer.YES
                        : draw < 6 ? Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS : Sdg1072Answer.YES_REGARDLESS_OF_STATUS;
                answers.put("" + domain + item, answer);
            }
        }
        return answers;
    }

    /**
     * Sample programme activity for the demo, seeded: laws and policies adopted, officials trained, an SDG 10.7.2
     * questionnaire per country, and the price of sending remittances home from the main corridors of each country.
     * The six financed countries are drawn first, then the five others, from one stream: a seed gives the financed
     * countries the activity it gave them before the others were added.
     */
    static List<ProgrammeEvent> sampleActivity(long seed, LocalDate asOf) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5eedL);
        List<ProgrammeEvent> events = new ArrayList<>();
        activity(r, asOf, List.of("ECU", "MAR", "NPL", "SRB", "SEN", "TUN"), new String[][] {{"ECU", "ESP"},
            {"ECU", "USA"}, {"MAR", "FRA"}, {"MAR", "ESP"}, {"NPL", "QAT"}, {"NPL", "MYS"}, {"SRB", "DEU"},
            {"SRB", "AUT"}, {"SEN", "FRA"}, {"SEN", "ITA"}, {"TUN", "FRA"}, {"TUN", "DEU"}}, events);
        activity(r, asOf, List.of("BGD", "JAM", "KGZ", "MDA", "PHL"), new String[][] {{"BGD", "SAU"},
            {"BGD", "ARE"}, {"JAM", "USA"}, {"JAM", "GBR"}, {"KGZ", "RUS"}, {"KGZ", "KAZ"}, {"MDA", "ITA"},
            {"MDA", "RUS"}, {"PHL", "USA"}, {"PHL", "SAU"}}, events);
        return events;
    }

    /** The activity of {@code countries}, then the remittance prices of their corridors (home, sending country). */
    private static void activity(SplittableRandom r, LocalDate asOf, List<String> countries, String[][] corridors,
            List<ProgrammeEvent> events) {
        Determination.Sector[] sectors = Determination.Sector.values();
        for (String country : countries) {
            int policies = 1 + r.nextInt(3);
            for (int i = 0; i < policies; i++) {
                PolicyType type = PolicyType.values()[r.nextInt(PolicyType.values().length)];
                Determination.Sector sector = sectors[r.nextInt(sectors.length)];
                events.add(new ProgrammeEvent.PolicyAdopted(country, asOf.minusDays(30 + r.nextInt(300)), type,
                        Level.NATIONAL, Optional.of(sector),
                        "Illustrative " + type.name().toLowerCase(java.util.Locale.ROOT) + " on migration and "
                                + sector.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            }
            for (int i = 0; i < 2 + r.nextInt(4); i++) {
                events.add(new ProgrammeEvent.OfficialsTrained(country, asOf.minusDays(r.nextInt(360)),
                        8 + r.nextInt(30), Level.NATIONAL, r.nextBoolean() ? Sex.F : Sex.M));
            }
            events.add(new ProgrammeEvent.Sdg1072Questionnaire(country, asOf.minusDays(r.nextInt(180)),
                    sdg1072Answers(r)));
        }
        for (String[] corridor : corridors) {
            for (String service : new String[] {"bank", "money transfer operator", "mobile money"}) {
                events.add(new ProgrammeEvent.RemittancePrice(corridor[1], corridor[0], asOf.minusDays(r.nextInt(90)),
                        service, 2 + r.nextInt(14), 0.3 + r.nextInt(30) / 10.0, r.nextInt(4), r.nextInt(5) > 0,
                        true));
            }
        }
    }
}
