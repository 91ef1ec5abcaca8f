package org.m4sd.rules.internal.employment;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Recruitment;

/**
 * {@code employment.fair-recruitment}: no recruitment fee or related cost may be charged to a worker (ILO General
 * Principle 7; C181 art. 7(1)), save where a national authority has set exceptions (C181 art. 7(2)-(3)): the
 * jurisdiction's pack may hold one (Nepal's free visa, free ticket rule; the Philippine placement-fee cap;
 * Bangladesh's cost ceilings). The decision also gives the worker's SDG 10.7.1 ratio.
 *
 * <p>A national rule applies when the jurisdiction's pack has one in force on {@code asOf}, the worker was
 * recruited from that jurisdiction ({@code recruitment.origin}) and the rule covers the destination; otherwise the
 * international rule applies, and the decision says why. Cost kinds a national rule does not address stay under
 * the international rule.
 */
public final class FairRecruitment implements Determiner {
    static final String RULE_SET = "fr.rule-set";
    static final String WINDOW_YEARS = "fr.sdg1071.window-years";
    static final String NPL_DESTINATIONS = "fr.npl.destinations";
    static final String NPL_EMPLOYER_PAID = "fr.npl.employer-paid-items";
    static final String NPL_WORKER_PAID = "fr.npl.worker-paid-items";
    static final String NPL_SERVICE_CHARGE_CAP = "fr.npl.service-charge-cap";
    static final String NPL_WELFARE_FUND = "fr.npl.welfare-fund";
    static final String PHL_MONTHS = "fr.phl.placement-fee-months";
    static final String PHL_HOUSEHOLD_ZERO = "fr.phl.household-zero-fee";
    static final String PHL_G2G_ZERO = "fr.phl.g2g-zero-fee";
    static final String PHL_FEE_BAN_DESTINATIONS = "fr.phl.fee-ban-destinations";
    static final String BGD_CEILING_PREFIX = "fr.bgd.ceiling.";
    static final String BGD_WOMEN_COST_FREE = "fr.bgd.women-cost-free";

    /** Scale and rounding of the reported figures. */
    static final int RATIO_SCALE = 4;
    static final int MONEY_SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    @Override
    public Determination determination() {
        return Determination.EMPLOYMENT_FAIR_RECRUITMENT;
    }

    @Override
    public String knowledgeBase() {
        return "employment";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        FairRecruitmentCase c = new FairRecruitmentCase();
        c.jurisdiction = request.jurisdiction();
        Optional<Recruitment> maybe = request.recruitment();
        if (maybe.isEmpty()) {
            return c;
        }
        Recruitment r = maybe.get();
        c.recruitmentPresent = true;
        c.origin = r.origin();
        c.destination = r.destination();
        c.employerDeclinedToPay = r.employerDeclinedToPay();
        c.sex = request.person().sex().map(Enum::name).orElse("UNKNOWN");
        List<CostItem> costs = r.costsPaidByWorker();
        Set<CostType> paid = paidKinds(costs);
        c.anyPaid = !paid.isEmpty();
        c.itemsPaid = names(paid);
        Conversion conversion = new Conversion(r.firstMonthEarnings().map(Money::currency).orElse(null),
                r.exchangeRates());

        Resolved ruleSet = packs.findParam(RULE_SET).orElseThrow(() -> new IllegalArgumentException(
                "asOf " + request.asOf() + " is before any fair-recruitment standard the rule packs hold"));
        Set<CostType> covered = EnumSet.noneOf(CostType.class);
        if (!ruleSet.internationalDefault() && !r.origin().equals(request.jurisdiction())) {
            c.regimeNote = "ORIGIN_ELSEWHERE";
        } else if (!ruleSet.internationalDefault()) {
            c.ruleSince = ruleSet.value().validFrom().toString();
            switch (ruleSet.text()) {
                case "NPL_FREE_VISA_FREE_TICKET" -> nepal(c, r, packs, costs, conversion, covered);
                case "PHL_PLACEMENT_FEE" -> philippines(c, r, packs, costs, conversion, covered);
                case "BGD_COST_CEILINGS" -> bangladesh(c, r, packs, costs, conversion, covered);
                default -> throw new IllegalStateException("unknown fee rule set " + ruleSet.text());
            }
        }
        Set<CostType> residual = EnumSet.noneOf(CostType.class);
        residual.addAll(paid);
        residual.removeAll(covered);
        c.residualPaid = !residual.isEmpty();
        c.residualItems = names(residual);
        c.coveredItems = names(covered);
        ratio(c, r, conversion, request.asOf(), packs);
        return c;
    }

    private static void nepal(FairRecruitmentCase c, Recruitment r, PackContext packs, List<CostItem> costs,
            Conversion conversion, Set<CostType> covered) {
        if (!textList(packs.param(NPL_DESTINATIONS).value().value()).contains(r.destination())) {
            c.regimeNote = "DESTINATION_NOT_COVERED";
            return;
        }
        c.regime = FairRecruitmentCase.NPL;
        c.regimeNote = "NATIONAL";
        Set<CostType> employerPaid = kinds(packs.param(NPL_EMPLOYER_PAID).value().value());
        Set<CostType> workerPaid = kinds(packs.param(NPL_WORKER_PAID).value().value());
        covered.addAll(employerPaid);
        covered.addAll(workerPaid);
        covered.add(CostType.SERVICE_CHARGE);
        Set<CostType> visaTicket = EnumSet.noneOf(CostType.class);
        visaTicket.addAll(employerPaid);
        visaTicket.retainAll(paidKinds(costs));
        c.visaTicketPaid = !visaTicket.isEmpty();
        c.visaTicketItems = names(visaTicket);
        List<CostItem> service = of(costs, CostType.SERVICE_CHARGE);
        c.serviceChargePaid = positive(service);
        Money cap = money(packs.param(NPL_SERVICE_CHARGE_CAP).value().value());
        c.serviceCharge = CapFigures.of(service, conversion.check(service, cap), cap.currency(), cap.amount());
        Money fund = money(packs.param(NPL_WELFARE_FUND).value().value());
        List<CostItem> welfare = of(costs, CostType.WELFARE_FUND);
        c.welfareFund = CapFigures.of(welfare, conversion.check(welfare, fund), fund.currency(), fund.amount());
        c.workerCostItems = names(workerPaid);
    }

    private static void philippines(FairRecruitmentCase c, Recruitment r, PackContext packs, List<CostItem> costs,
            Conversion conversion, Set<CostType> covered) {
        c.regime = FairRecruitmentCase.PHL;
        c.regimeNote = "NATIONAL";
        covered.add(CostType.SERVICE_CHARGE);
        List<CostItem> fee = of(costs, CostType.SERVICE_CHARGE);
        c.placementFeePaid = positive(fee);
        if (r.householdService() && flag(packs, PHL_HOUSEHOLD_ZERO)) {
            c.zeroFeeReason = "HOUSEHOLD";
        } else if (r.governmentToGovernment() && flag(packs, PHL_G2G_ZERO)) {
            c.zeroFeeReason = "G2G";
        } else if (packs.findParam(PHL_FEE_BAN_DESTINATIONS)
                .map(p -> textList(p.value().value()).contains(r.destination())).orElse(false)) {
            c.zeroFeeReason = "DESTINATION";
        }
        BigDecimal months = packs.param(PHL_MONTHS).decimal();
        c.placementFeeMonths = months.stripTrailingZeros().toPlainString();
        if (r.monthlyBasicSalary().isEmpty()) {
            c.placementFee = new CapFigures("NO_SALARY", CapFigures.describe(fee), "", "$.recruitment.monthlyBasicSalary");
        } else {
            Money salary = r.monthlyBasicSalary().get();
            BigDecimal capAmount = salary.amount().multiply(months);
            c.placementFee = CapFigures.of(fee, conversion.check(fee, new Money(capAmount, salary.currency())),
                    salary.currency(), capAmount);
        }
    }

    private static void bangladesh(FairRecruitmentCase c, Recruitment r, PackContext packs, List<CostItem> costs,
            Conversion conversion, Set<CostType> covered) {
        Optional<Resolved> ceiling = packs.findParam(BGD_CEILING_PREFIX + r.destination())
                .filter(p -> !p.internationalDefault());
        if (ceiling.isEmpty()) {
            c.regimeNote = "DESTINATION_NOT_COVERED";
            return;
        }
        c.regime = FairRecruitmentCase.BGD;
        c.regimeNote = "NATIONAL";
        c.ruleSince = ceiling.get().value().validFrom().toString();
        covered.addAll(EnumSet.allOf(CostType.class));
        Money cap = money(ceiling.get().value().value());
        c.ceiling = CapFigures.of(costs, conversion.check(costs, cap), cap.currency(), cap.amount());
        if (!flag(packs, BGD_WOMEN_COST_FREE)) {
            throw new IllegalStateException("the Bangladesh pack has cost ceilings but no " + BGD_WOMEN_COST_FREE);
        }
    }

    private static void ratio(FairRecruitmentCase c, Recruitment r, Conversion conversion, LocalDate asOf,
            PackContext packs) {
        r.firstJobStart().ifPresent(start -> packs.findParam(WINDOW_YEARS).ifPresent(years -> {
            boolean within = !start.isAfter(asOf) && !start.isBefore(asOf.minusYears(years.integer()));
            c.value("firstJobWithinThreeYears", within);
        }));
        TreeSet<String> missing = new TreeSet<>();
        if (r.firstMonthEarnings().isEmpty()) {
            c.ratioStatus = "NO_EARNINGS";
            c.ratioMissingPath = "$.recruitment.firstMonthEarnings";
            singleCurrencyTotal(r.costsPaidByWorker()).ifPresent(t -> {
                c.value("recruitmentCostTotal", t.amount().setScale(MONEY_SCALE, ROUNDING));
                if (!t.currency().isEmpty()) {
                    c.value("recruitmentCostCurrency", t.currency());
                }
            });
            return;
        }
        Money earnings = r.firstMonthEarnings().get();
        c.earnings = money(earnings.amount(), earnings.currency());
        Optional<BigDecimal> total = conversion.totalInEarningsCurrency(r.costsPaidByWorker(), missing);
        if (total.isEmpty()) {
            c.ratioStatus = "NO_RATE";
            c.ratioMissingPath = "$.recruitment.exchangeRates." + missing.first();
            return;
        }
        BigDecimal t = total.get().setScale(MONEY_SCALE, ROUNDING);
        c.costTotal = money(t, earnings.currency());
        c.value("recruitmentCostTotal", t);
        c.value("recruitmentCostCurrency", earnings.currency());
        if (earnings.amount().signum() == 0) {
            c.ratioStatus = "ZERO_EARNINGS";
            c.ratioMissingPath = "$.recruitment.firstMonthEarnings.amount";
            return;
        }
        c.ratioStatus = "COMPUTED";
        c.ratio = total.get().divide(earnings.amount(), RATIO_SCALE, ROUNDING);
        c.value("sdg1071Ratio", c.ratio);
    }

    /** With no earnings, a total can still be given when every cost is in one currency (or nothing was paid). */
    private record Total(BigDecimal amount, String currency) {
    }

    private static Optional<Total> singleCurrencyTotal(List<CostItem> costs) {
        Set<String> currencies = costs.stream().filter(i -> i.amount().signum() > 0).map(CostItem::currency)
                .collect(Collectors.toCollection(TreeSet::new));
        if (currencies.size() > 1) {
            return Optional.empty();
        }
        BigDecimal sum = costs.stream().map(CostItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Total(sum, currencies.isEmpty() ? "" : currencies.iterator().next()));
    }

    private static void nepalByReference(FairRecruitmentCase c) {
        if (c.visaTicketPaid) {
            c.notMet("fr.npl.visa-ticket.charged", "FR_NPL_VISA_TICKET_CHARGED", c.visaTicketItems, c.destination);
        } else {
            c.met("fr.npl.visa-ticket.employer-paid", "FR_NPL_VISA_TICKET_EMPLOYER", c.destination);
        }
        if (!c.serviceChargePaid) {
            c.met("fr.npl.service-charge.none", "FR_NPL_NO_SERVICE_CHARGE");
        } else if (!c.employerDeclinedToPay) {
            c.notMet("fr.npl.service-charge.no-written-refusal", "FR_NPL_SERVICE_CHARGE_WITHOUT_REFUSAL",
                    c.serviceCharge.paid());
        } else {
            switch (c.serviceCharge.check()) {
                case "EXCEEDED" -> c.notMet("fr.npl.service-charge.above-cap", "FR_NPL_SERVICE_CHARGE_ABOVE_CAP",
                        c.serviceCharge.paid(), c.serviceCharge.cap());
                case "WITHIN" -> c.met("fr.npl.service-charge.within-cap", "FR_NPL_SERVICE_CHARGE_WITHIN_CAP",
                        c.serviceCharge.paid(), c.serviceCharge.cap());
                default -> c.unknown("fr.npl.service-charge.rate-unknown", "FR_NPL_SERVICE_CHARGE_RATE_UNKNOWN",
                        c.serviceCharge.missingPath());
            }
        }
        switch (c.welfareFund.check()) {
            case "EXCEEDED" -> c.notMet("fr.npl.worker-costs.welfare-fund-above", "FR_NPL_WELFARE_FUND_ABOVE",
                    c.welfareFund.paid(), c.welfareFund.cap());
            case "WITHIN" -> c.met("fr.npl.worker-costs.allowed", "FR_NPL_WORKER_COSTS_ALLOWED", c.workerCostItems,
                    c.welfareFund.cap());
            default -> c.unknown("fr.npl.worker-costs.rate-unknown", "FR_NPL_WORKER_COSTS_RATE_UNKNOWN",
                    c.welfareFund.missingPath());
        }
    }

    private static void philippinesByReference(FairRecruitmentCase c) {
        if (!c.placementFeePaid) {
            c.met("fr.phl.placement-fee.none", "FR_PHL_NO_PLACEMENT_FEE");
            return;
        }
        switch (c.zeroFeeReason) {
            case "HOUSEHOLD" -> c.notMet("fr.phl.placement-fee.household", "FR_PHL_ZERO_FEE_HOUSEHOLD",
                    c.placementFee.paid());
            case "G2G" -> c.notMet("fr.phl.placement-fee.g2g", "FR_PHL_ZERO_FEE_G2G", c.placementFee.paid());
            case "DESTINATION" -> c.notMet("fr.phl.placement-fee.destination-ban", "FR_PHL_ZERO_FEE_DESTINATION",
                    c.placementFee.paid(), c.destination);
            default -> {
                switch (c.placementFee.check()) {
                    case "NO_SALARY" -> c.unknown("fr.phl.placement-fee.salary-unknown", "FR_PHL_SALARY_UNKNOWN",
                            c.placementFee.missingPath());
                    case "EXCEEDED" -> c.notMet("fr.phl.placement-fee.above-cap", "FR_PHL_PLACEMENT_FEE_ABOVE_CAP",
                            c.placementFee.paid(), c.placementFee.cap(), c.placementFeeMonths);
                    case "WITHIN" -> c.met("fr.phl.placement-fee.within-cap", "FR_PHL_PLACEMENT_FEE_WITHIN_CAP",
                            c.placementFee.paid(), c.placementFee.cap(), c.placementFeeMonths);
                    default -> c.unknown("fr.phl.placement-fee.rate-unknown", "FR_PHL_PLACEMENT_FEE_RATE_UNKNOWN",
                            c.placementFee.missingPath());
                }
            }
        }
    }

    private static void bangladeshByReference(FairRecruitmentCase c) {
        if (!c.anyPaid) {
            c.met("fr.bgd.ceiling.nothing-paid", "FR_BGD_NOTHING_PAID", c.ceiling.cap());
        } else {
            switch (c.ceiling.check()) {
                case "EXCEEDED" -> c.notMet("fr.bgd.ceiling.above", "FR_BGD_ABOVE_CEILING", c.ceiling.paid(),
                        c.ceiling.cap(), c.destination);
                case "WITHIN" -> c.met("fr.bgd.ceiling.within", "FR_BGD_WITHIN_CEILING", c.ceiling.paid(),
                        c.ceiling.cap(), c.destination);
                default -> c.unknown("fr.bgd.ceiling.rate-unknown", "FR_BGD_CEILING_RATE_UNKNOWN",
                        c.ceiling.missingPath());
            }
        }
        if (!c.anyPaid) {
            c.met("fr.bgd.women.nothing-paid", "FR_BGD_WOMEN_NOTHING_PAID");
        } else if (c.sex.equals("F")) {
            c.notMet("fr.bgd.women.charged", "FR_BGD_WOMEN_CHARGED", c.itemsPaid);
        } else if (c.sex.equals("UNKNOWN")) {
            c.unknown("fr.bgd.women.sex-unknown", "FR_BGD_SEX_UNKNOWN", "$.person.sex");
        } else {
            c.met("fr.bgd.women.not-applicable", "FR_BGD_WOMEN_NOT_APPLICABLE");
        }
    }

    // --- helpers

    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal a = amount.stripTrailingZeros();
        if (a.scale() < 0) {
            a = a.setScale(0);
        }
        return currency + " " + a.toPlainString();
    }

    private static Set<CostType> paidKinds(List<CostItem> costs) {
        Set<CostType> kinds = EnumSet.noneOf(CostType.class);
        for (CostItem i : costs) {
            if (i.amount().signum() > 0) {
                kinds.add(i.item());
            }
        }
        return kinds;
    }

    private static List<CostItem> of(List<CostItem> costs, CostType kind) {
        List<CostItem> out = new ArrayList<>();
        for (CostItem i : costs) {
            if (i.item() == kind) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean positive(List<CostItem> items) {
        return items.stream().anyMatch(i -> i.amount().signum() > 0);
    }

    /** Kind names in their declared order, comma-separated: the same whatever the order of the request's items. */
    private static String names(Set<CostType> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static List<String> textList(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<CostType> kinds(JsonNode node) {
        Set<CostType> out = EnumSet.noneOf(CostType.class);
        node.forEach(n -> out.add(CostType.valueOf(n.asText())));
        return out;
    }

    private static Money money(JsonNode node) {
        return new Money(node.get("amount").decimalValue(), node.get("currency").asText());
    }

    private static boolean flag(PackContext packs, String name) {
        return packs.findParam(name).map(p -> p.value().value().asBoolean()).orElse(false);
    }
}
