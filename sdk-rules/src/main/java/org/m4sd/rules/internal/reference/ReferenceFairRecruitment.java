package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;
import static org.m4sd.rules.internal.reference.ReferenceRule.informs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.Sex;

/**
 * {@code employment.fair-recruitment}, written from DOMAIN.md section 4, items 16 to 22, and section 3 (SDG 10.7.1).
 *
 * <p>Two things are judged and reported apart (4.17): whether the worker was charged what the national law of the
 * state of recruitment allows, where that state's pack encodes its rule, and whether the worker was charged anything
 * at all, which ILO General Principle 7 forbids "regardless of the manner, timing or location". The outcome follows
 * national law where it is encoded, else the ILO principle; the principle is reported either way. Nepal's free visa,
 * free ticket rule (for the destinations it names), the Philippine placement-fee cap and Bangladesh's ceilings (by
 * destination, date and, where fixed for one, sex; all-inclusive only where the notice says so; women cost-free) are
 * the national rules the packs hold, each read from the pack of the state it belongs to. Costs a national rule does
 * not address follow the principle. C181 art. 7 is cited only for a state that ratified it (4.16).
 *
 * <p>Each cost is judged under the rule in force on the day it was paid, else on the first job's start, else on the
 * decision date (4.18; {@link ReferenceFrDays}); costs judged under the same national rule are judged together. The
 * decision also reports the worker's SDG 10.7.1 ratio.
 */
final class ReferenceFairRecruitment implements ReferenceDeterminer {
    // Rule names: the stable ids decisions carry.
    static final String FACTS_MISSING = "fr.facts.missing";
    static final String RULE_INTERNATIONAL = "fr.rule.international";
    static final String COST_DATE_PAID_ON = "fr.cost-date.paid-on";
    static final String COST_DATE_FIRST_JOB_START = "fr.cost-date.first-job-start";
    static final String COST_DATE_DECISION_DATE = "fr.cost-date.decision-date";
    static final String RULE_BGD_NOT_FOR_WORKER = "fr.rule.bgd-ceiling-not-for-worker";
    static final String ILO_NONE = "fr.ilo.none";
    static final String ILO_CHARGED = "fr.ilo.charged";
    static final String C181_PARTY = "fr.c181.party";
    static final String BGD_CEILING_SEX_UNKNOWN = "fr.bgd.ceiling.sex-unknown";
    static final String RULE_DESTINATION_NOT_COVERED = "fr.rule.destination-not-covered";
    static final String RULE_NPL = "fr.rule.npl";
    static final String RULE_PHL = "fr.rule.phl";
    static final String RULE_BGD = "fr.rule.bgd";
    static final String RULE_FEE_BAN = "fr.rule.fee-ban";
    static final String FEE_BAN_NONE = "fr.fee-ban.none";
    static final String FEE_BAN_CHARGED = "fr.fee-ban.charged";
    static final String FEES_NONE = "fr.fees.none";
    static final String FEES_CHARGED = "fr.fees.charged";
    static final String OTHER_COSTS_NONE = "fr.other-costs.none";
    static final String OTHER_COSTS_CHARGED = "fr.other-costs.charged";
    static final String NPL_VISA_TICKET_EMPLOYER_PAID = "fr.npl.visa-ticket.employer-paid";
    static final String NPL_VISA_TICKET_CHARGED = "fr.npl.visa-ticket.charged";
    static final String NPL_SERVICE_CHARGE_NONE = "fr.npl.service-charge.none";
    static final String NPL_SERVICE_CHARGE_NO_WRITTEN_REFUSAL = "fr.npl.service-charge.no-written-refusal";
    static final String NPL_SERVICE_CHARGE_ABOVE_CAP = "fr.npl.service-charge.above-cap";
    static final String NPL_SERVICE_CHARGE_WITHIN_CAP = "fr.npl.service-charge.within-cap";
    static final String NPL_SERVICE_CHARGE_RATE_UNKNOWN = "fr.npl.service-charge.rate-unknown";
    static final String NPL_WORKER_COSTS_ALLOWED = "fr.npl.worker-costs.allowed";
    static final String NPL_WELFARE_FUND_ABOVE = "fr.npl.worker-costs.welfare-fund-above";
    static final String NPL_WORKER_COSTS_RATE_UNKNOWN = "fr.npl.worker-costs.rate-unknown";
    static final String PHL_FEE_NONE = "fr.phl.placement-fee.none";
    static final String PHL_FEE_HOUSEHOLD = "fr.phl.placement-fee.household";
    static final String PHL_FEE_G2G = "fr.phl.placement-fee.g2g";
    static final String PHL_FEE_DESTINATION_BAN = "fr.phl.placement-fee.destination-ban";
    static final String PHL_FEE_SALARY_UNKNOWN = "fr.phl.placement-fee.salary-unknown";
    static final String PHL_FEE_ABOVE_CAP = "fr.phl.placement-fee.above-cap";
    static final String PHL_FEE_WITHIN_CAP = "fr.phl.placement-fee.within-cap";
    static final String PHL_FEE_RATE_UNKNOWN = "fr.phl.placement-fee.rate-unknown";
    static final String BGD_CEILING_NOTHING_PAID = "fr.bgd.ceiling.nothing-paid";
    static final String BGD_CEILING_ABOVE = "fr.bgd.ceiling.above";
    static final String BGD_CEILING_WITHIN = "fr.bgd.ceiling.within";
    static final String BGD_CEILING_RATE_UNKNOWN = "fr.bgd.ceiling.rate-unknown";
    static final String BGD_WOMEN_NOTHING_PAID = "fr.bgd.women.nothing-paid";
    static final String BGD_WOMEN_CHARGED = "fr.bgd.women.charged";
    static final String BGD_WOMEN_SEX_UNKNOWN = "fr.bgd.women.sex-unknown";
    static final String BGD_WOMEN_NOT_APPLICABLE = "fr.bgd.women.not-applicable";
    static final String SDG_RATIO = "fr.sdg1071.ratio";
    static final String SDG_EARNINGS_UNKNOWN = "fr.sdg1071.earnings-unknown";
    static final String SDG_EARNINGS_ZERO = "fr.sdg1071.earnings-zero";
    static final String SDG_RATE_UNKNOWN = "fr.sdg1071.rate-unknown";

    // Criteria.
    private static final String FACTS = "fr.facts";
    private static final String COST_DATE = "fr.cost-date";
    private static final String APPLICABLE_RULE = "fr.applicable-rule";
    private static final String C181 = "fr.c181";
    private static final String NO_FEES = "fr.no-fees";
    private static final String OTHER_COSTS = "fr.other-costs";
    private static final String NPL_VISA_TICKET = "fr.npl.visa-ticket";
    private static final String NPL_SERVICE_CHARGE = "fr.npl.service-charge";
    private static final String NPL_WORKER_COSTS = "fr.npl.worker-costs";
    private static final String PHL_PLACEMENT_FEE = "fr.phl.placement-fee";
    private static final String BGD_CEILING = "fr.bgd.ceiling";
    private static final String BGD_WOMEN = "fr.bgd.women-cost-free";
    private static final String FEE_BAN = "fr.fee-ban";
    private static final String SDG_10_7_1 = "fr.sdg-10-7-1";

    // Legal sources (keys of legal-sources.json).
    private static final String ILO_GP7 = "ilo-fr-gp7";
    private static final String C181_7 = "ilo-c181-7";
    private static final String NPL_NOTICE = "npl-fvft-2015";
    private static final String PHL_POEA = "phl-poea-placement-fee";
    private static final String PHL_HOUSEHOLD_RESOLUTION = "phl-poea-gbr-6-2006";
    private static final String BGD_CEILINGS = "bgd-cost-ceilings";
    private static final String BGD_WOMEN_FREE = "bgd-women-cost-free";
    private static final String NATIONAL_FEE_BAN = "fr-national-fee-ban";
    private static final String SDG = "sdg-10-7-1";

    // Pack parameters.
    private static final String FEE_STANDARD = "fr.rule-set";
    private static final String SDG_WINDOW_YEARS = "fr.sdg1071.window-years";
    private static final String NPL_DESTINATIONS = "fr.npl.destinations";
    private static final String NPL_EMPLOYER_PAYS = "fr.npl.employer-paid-items";
    private static final String NPL_WORKER_MAY_PAY = "fr.npl.worker-paid-items";
    private static final String NPL_SERVICE_CHARGE_CAP = "fr.npl.service-charge-cap";
    private static final String NPL_WELFARE_FUND = "fr.npl.welfare-fund";
    private static final String PHL_SALARY_MONTHS = "fr.phl.placement-fee-months";
    private static final String PHL_HOUSEHOLD_ZERO = "fr.phl.household-zero-fee";
    private static final String PHL_G2G_ZERO = "fr.phl.g2g-zero-fee";
    private static final String PHL_BANNING_DESTINATIONS = "fr.phl.fee-ban-destinations";
    private static final String BGD_CEILING_OF = "fr.bgd.ceiling.";
    private static final String BGD_WOMEN_COST_FREE = "fr.bgd.women-cost-free";
    private static final String BANNED_ITEMS = "fr.fee-ban.items";
    private static final String C181_PARTIES = "c181-parties";

    private static final List<ReferenceRule> RULES = List.of(
            blocks(FACTS_MISSING, FACTS, 1, ILO_GP7),
            informs(COST_DATE_PAID_ON, COST_DATE, 5, ILO_GP7),
            informs(COST_DATE_FIRST_JOB_START, COST_DATE, 5, ILO_GP7),
            informs(COST_DATE_DECISION_DATE, COST_DATE, 5, ILO_GP7),
            informs(RULE_INTERNATIONAL, APPLICABLE_RULE, 10, ILO_GP7),
            informs(RULE_DESTINATION_NOT_COVERED, APPLICABLE_RULE, 10, ILO_GP7),
            informs(RULE_BGD_NOT_FOR_WORKER, APPLICABLE_RULE, 10, BGD_CEILINGS),
            informs(RULE_NPL, APPLICABLE_RULE, 10, NPL_NOTICE),
            informs(RULE_PHL, APPLICABLE_RULE, 10, PHL_POEA),
            informs(RULE_BGD, APPLICABLE_RULE, 10, BGD_CEILINGS),
            informs(RULE_FEE_BAN, APPLICABLE_RULE, 10, NATIONAL_FEE_BAN),
            blocks(FEE_BAN_NONE, FEE_BAN, 30, NATIONAL_FEE_BAN),
            blocks(FEE_BAN_CHARGED, FEE_BAN, 30, NATIONAL_FEE_BAN),
            blocks(FEES_NONE, NO_FEES, 20, ILO_GP7),
            blocks(FEES_CHARGED, NO_FEES, 20, ILO_GP7),
            informs(ILO_NONE, NO_FEES, 20, ILO_GP7),
            informs(ILO_CHARGED, NO_FEES, 20, ILO_GP7),
            informs(C181_PARTY, C181, 25, C181_7),
            blocks(OTHER_COSTS_NONE, OTHER_COSTS, 60, ILO_GP7),
            blocks(OTHER_COSTS_CHARGED, OTHER_COSTS, 60, ILO_GP7),
            blocks(NPL_VISA_TICKET_EMPLOYER_PAID, NPL_VISA_TICKET, 30, NPL_NOTICE),
            blocks(NPL_VISA_TICKET_CHARGED, NPL_VISA_TICKET, 30, NPL_NOTICE),
            blocks(NPL_SERVICE_CHARGE_NONE, NPL_SERVICE_CHARGE, 40, NPL_NOTICE),
            blocks(NPL_SERVICE_CHARGE_NO_WRITTEN_REFUSAL, NPL_SERVICE_CHARGE, 40, NPL_NOTICE),
            blocks(NPL_SERVICE_CHARGE_ABOVE_CAP, NPL_SERVICE_CHARGE, 40, NPL_NOTICE),
            blocks(NPL_SERVICE_CHARGE_WITHIN_CAP, NPL_SERVICE_CHARGE, 40, NPL_NOTICE),
            blocks(NPL_SERVICE_CHARGE_RATE_UNKNOWN, NPL_SERVICE_CHARGE, 40, NPL_NOTICE),
            blocks(NPL_WORKER_COSTS_ALLOWED, NPL_WORKER_COSTS, 50, NPL_NOTICE),
            blocks(NPL_WELFARE_FUND_ABOVE, NPL_WORKER_COSTS, 50, NPL_NOTICE),
            blocks(NPL_WORKER_COSTS_RATE_UNKNOWN, NPL_WORKER_COSTS, 50, NPL_NOTICE),
            blocks(PHL_FEE_NONE, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(PHL_FEE_HOUSEHOLD, PHL_PLACEMENT_FEE, 30, PHL_HOUSEHOLD_RESOLUTION),
            blocks(PHL_FEE_G2G, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(PHL_FEE_DESTINATION_BAN, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(PHL_FEE_SALARY_UNKNOWN, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(PHL_FEE_ABOVE_CAP, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(PHL_FEE_WITHIN_CAP, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(PHL_FEE_RATE_UNKNOWN, PHL_PLACEMENT_FEE, 30, PHL_POEA),
            blocks(BGD_CEILING_NOTHING_PAID, BGD_CEILING, 30, BGD_CEILINGS),
            blocks(BGD_CEILING_ABOVE, BGD_CEILING, 30, BGD_CEILINGS),
            blocks(BGD_CEILING_WITHIN, BGD_CEILING, 30, BGD_CEILINGS),
            blocks(BGD_CEILING_RATE_UNKNOWN, BGD_CEILING, 30, BGD_CEILINGS),
            blocks(BGD_CEILING_SEX_UNKNOWN, BGD_CEILING, 30, BGD_CEILINGS),
            blocks(BGD_WOMEN_NOTHING_PAID, BGD_WOMEN, 40, BGD_WOMEN_FREE),
            blocks(BGD_WOMEN_CHARGED, BGD_WOMEN, 40, BGD_WOMEN_FREE),
            blocks(BGD_WOMEN_SEX_UNKNOWN, BGD_WOMEN, 40, BGD_WOMEN_FREE),
            blocks(BGD_WOMEN_NOT_APPLICABLE, BGD_WOMEN, 40, BGD_WOMEN_FREE),
            informs(SDG_RATIO, SDG_10_7_1, 90, SDG),
            informs(SDG_EARNINGS_UNKNOWN, SDG_10_7_1, 90, SDG),
            informs(SDG_EARNINGS_ZERO, SDG_10_7_1, 90, SDG),
            informs(SDG_RATE_UNKNOWN, SDG_10_7_1, 90, SDG));

    @Override
    public Determination determination() {
        return Determination.EMPLOYMENT_FAIR_RECRUITMENT;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters inForce, Findings findings) {
        Optional<Recruitment> given = request.recruitment();
        if (given.isEmpty()) {
            findings.unknown(FACTS_MISSING, "FR_RECRUITMENT_MISSING", "$.recruitment");
            return;
        }
        Recruitment recruitment = given.get();
        if (inForce.find(FEE_STANDARD).isEmpty()) {
            throw new NotInForce("$.asOf", "asOf " + request.asOf()
                    + " is before any fair-recruitment standard the rule packs hold");
        }
        Worker worker = new Worker(request, recruitment, new ReferenceFrCosts(recruitment.costsPaidByWorker()),
                ReferenceFrRates.of(recruitment));
        List<ReferenceFrDays.DatedCost> dated = ReferenceFrDays.of(recruitment, request.asOf());
        reportDays(worker, dated, findings);

        // The costs judged under one national rule of the state of recruitment (its pack, on their days) are
        // judged together, in the order of their first day; with nothing paid, the rule of the day the job began
        // (else the decision date) is the one that would have governed.
        Map<Optional<List<ParameterValue>>, Judged> byRule = new LinkedHashMap<>();
        if (dated.isEmpty()) {
            LocalDate day = recruitment.firstJobStart().orElse(request.asOf());
            Regime regime = regime(inForce, recruitment, day, "$.recruitment.firstJobStart");
            byRule.put(regime.identity(), new Judged(regime, day, new ArrayList<>()));
        }
        for (ReferenceFrDays.DatedCost d : dated) {
            Regime regime = regime(inForce, recruitment, d.day(), d.dayPath());
            byRule.computeIfAbsent(regime.identity(), k -> new Judged(regime, d.day(), new ArrayList<>()))
                    .costs().add(d.cost());
        }
        boolean nationalLawDecides = false;
        for (Judged judged : byRule.values()) {
            nationalLawDecides |= judge(worker, judged, findings);
        }
        // ILO General Principle 7 beside the national law that decides: nothing should have been charged at all.
        if (nationalLawDecides) {
            Set<CostType> paid = worker.costs().kindsPaid();
            if (paid.isEmpty()) {
                findings.met(ILO_NONE, "FR_ILO_NO_FEES");
            } else {
                ReferenceFrRepayment repay = ReferenceFrRepayment.allOf(worker.costs(), worker.earningsCurrency(),
                        worker.rates());
                findings.notMet(ILO_CHARGED, "FR_ILO_CHARGED", repay.gap(), ReferenceFrCosts.kindNames(paid),
                        repay.text());
            }
        }
        c181(worker, inForce, findings);
        sdg1071(worker, inForce, findings);
    }

    /** DOMAIN.md 4.18: the explanation says which day each cost was judged on, and why that day. */
    private static void reportDays(Worker worker, List<ReferenceFrDays.DatedCost> dated, Findings findings) {
        String paidOn = ReferenceFrDays.describe(dated, ReferenceFrDays.Basis.PAID_ON);
        if (!paidOn.isEmpty()) {
            findings.met(COST_DATE_PAID_ON, "FR_COST_DATE_PAID_ON", paidOn);
        }
        String atFirstJob = ReferenceFrDays.describe(dated, ReferenceFrDays.Basis.FIRST_JOB_START);
        if (!atFirstJob.isEmpty()) {
            findings.met(COST_DATE_FIRST_JOB_START, "FR_COST_DATE_FIRST_JOB_START", atFirstJob,
                    worker.recruitment().firstJobStart().orElseThrow().toString());
        }
        String atDecision = ReferenceFrDays.describe(dated, ReferenceFrDays.Basis.DECISION_DATE);
        if (!atDecision.isEmpty()) {
            findings.met(COST_DATE_DECISION_DATE, "FR_COST_DATE_DECISION_DATE", atDecision,
                    worker.request().asOf().toString());
        }
    }

    /** C181 art. 7 binds the state of recruitment only once its ratification has taken effect (4.16). */
    private static void c181(Worker worker, Parameters inForce, Findings findings) {
        JsonNode table = inForce.table(C181_PARTIES).orElseThrow(() -> new IllegalStateException(
                "the rule packs have no " + C181_PARTIES + " table"));
        String origin = worker.recruitment().origin();
        for (JsonNode party : table.path("parties")) {
            if (party.path("state").asText().equals(origin)
                    && !LocalDate.parse(party.path("inForceFrom").asText()).isAfter(worker.request().asOf())) {
                findings.met(C181_PARTY, "FR_C181_PARTY", origin, party.path("ratified").asInt());
            }
        }
    }

    /**
     * The fee rule of the state of recruitment in force on {@code day}, read from that state's pack: the rule set
     * and the values it reads (the ceiling for the destination among them), or none where the pack encodes no rule
     * for the day.
     */
    private static Regime regime(Parameters inForce, Recruitment recruitment, LocalDate day, String dayPath) {
        Parameters states = new Parameters(inForce.packs(), recruitment.origin(), day);
        Resolved standard = states.find(FEE_STANDARD).orElseThrow(() -> new IllegalArgumentException(
                dayPath + ": " + day + " is before any fair-recruitment standard the rule packs hold"));
        if (standard.internationalDefault()) {
            return new Regime(null, states, null);
        }
        return new Regime(standard, states, states.find(BGD_CEILING_OF + recruitment.destination())
                .filter(national -> !national.internationalDefault()).orElse(null));
    }

    /** A state's rule set in force on a day, with the values it reads, or none ({@code standard} null). */
    private record Regime(Resolved standard, Parameters states, Resolved ceilingFor) {
        /** What the rule is made of on its day: two days under the same values are judged under the same rule. */
        Optional<List<ParameterValue>> identity() {
            if (standard == null) {
                return Optional.empty();
            }
            List<ParameterValue> values = new ArrayList<>();
            values.add(standard.value());
            for (String name : List.of(NPL_DESTINATIONS, NPL_EMPLOYER_PAYS, NPL_WORKER_MAY_PAY,
                    NPL_SERVICE_CHARGE_CAP, NPL_WELFARE_FUND, PHL_SALARY_MONTHS, PHL_HOUSEHOLD_ZERO, PHL_G2G_ZERO,
                    PHL_BANNING_DESTINATIONS, BGD_WOMEN_COST_FREE, BANNED_ITEMS)) {
                states.find(name).filter(r -> !r.internationalDefault()).ifPresent(r -> values.add(r.value()));
            }
            if (ceilingFor != null) {
                values.add(ceilingFor.value());
            }
            return Optional.of(values);
        }
    }

    /** The costs judged under one rule, from the first of their days. */
    private record Judged(Regime regime, LocalDate from, List<CostItem> costs) {
    }

    /**
     * Judges the costs of one rule: under the state's national rule where it governs them, else under the ILO
     * principle. Whether national law decided them.
     */
    private static boolean judge(Worker worker, Judged judged, Findings findings) {
        Regime regime = judged.regime();
        Worker under = worker.judging(judged.costs());
        if (regime.standard() == null) {
            internationalRule(under, findings, RULE_INTERNATIONAL, "FR_RULE_INTERNATIONAL",
                    worker.recruitment().origin(), judged.from().toString());
            return false;
        }
        Parameters states = regime.states();
        String since = regime.standard().value().validFrom().toString();
        return switch (regime.standard().text()) {
            case "NPL_FREE_VISA_FREE_TICKET" -> nepal(under, states, since, judged.from(), findings);
            case "PHL_PLACEMENT_FEE" -> philippines(under, states, since, findings);
            case "BGD_COST_CEILINGS" -> bangladesh(under, states, judged.from(), findings);
            case "FEE_BAN" -> feeBan(under, states, regime.standard(), since, findings);
            default -> throw new IllegalStateException("unknown fee rule set " + regime.standard().text());
        };
    }

    /** The facts of one request this determination reads, measured once; {@code costs} those being judged. */
    private record Worker(EligibilityRequest request, Recruitment recruitment, ReferenceFrCosts costs,
            ReferenceFrRates rates) {
        String destination() {
            return recruitment.destination();
        }

        /** The currency of the first month's earnings, in which the request's exchange rates value the others. */
        Optional<String> earningsCurrency() {
            return recruitment.firstMonthEarnings().map(Money::currency);
        }

        /** What this worker is to be repaid for {@code charged}, none of which may be charged to a worker. */
        ReferenceFrRepayment repayAll(ReferenceFrCosts charged) {
            return ReferenceFrRepayment.allOf(charged, earningsCurrency(), rates);
        }

        Worker judging(List<CostItem> items) {
            return new Worker(request, recruitment, new ReferenceFrCosts(items), rates);
        }
    }

    // ---- the ILO principle deciding: nothing may be charged (ILO GP 7)

    private static void internationalRule(Worker worker, Findings findings, String why, String reason,
            Object... whyArgs) {
        findings.met(why, reason, whyArgs);
        Set<CostType> paid = worker.costs().kindsPaid();
        if (paid.isEmpty()) {
            findings.met(FEES_NONE, "FR_NO_FEES");
        } else {
            ReferenceFrRepayment repay = worker.repayAll(worker.costs());
            findings.notMet(FEES_CHARGED, "FR_FEES_CHARGED", repay.gap(), ReferenceFrCosts.kindNames(paid),
                    repay.text());
        }
    }

    /** Costs outside those a national rule addresses follow the ILO principle. */
    private static void otherCosts(Worker worker, Set<CostType> addressed, Findings findings) {
        Set<CostType> outside = EnumSet.noneOf(CostType.class);
        outside.addAll(worker.costs().kindsPaid());
        outside.removeAll(addressed);
        if (outside.isEmpty()) {
            findings.met(OTHER_COSTS_NONE, "FR_OTHER_COSTS_NONE", ReferenceFrCosts.kindNames(addressed));
        } else {
            ReferenceFrRepayment repay = worker.repayAll(worker.costs().ofKinds(outside));
            findings.notMet(OTHER_COSTS_CHARGED, "FR_OTHER_COSTS_CHARGED", repay.gap(),
                    ReferenceFrCosts.kindNames(outside), repay.text());
        }
    }

    // ---- Nepal: free visa, free ticket (public notice of 9 June 2015, from FY 2015/16); DOMAIN.md 4.19

    private static boolean nepal(Worker worker, Parameters inForce, String since, LocalDate from,
            Findings findings) {
        String destination = worker.destination();
        if (!texts(inForce.get(NPL_DESTINATIONS).value().value()).contains(destination)) {
            internationalRule(worker, findings, RULE_DESTINATION_NOT_COVERED, "FR_RULE_DESTINATION_NOT_COVERED",
                    worker.recruitment().origin(), destination, from.toString());
            return false;
        }
        findings.met(RULE_NPL, "FR_RULE_NPL", destination, since);
        Set<CostType> employerPays = kinds(inForce.get(NPL_EMPLOYER_PAYS).value().value());
        Set<CostType> workerMayPay = kinds(inForce.get(NPL_WORKER_MAY_PAY).value().value());
        ReferenceFrCosts costs = worker.costs();

        // The employer pays visa and air ticket.
        Set<CostType> employerCostsPaid = EnumSet.noneOf(CostType.class);
        employerCostsPaid.addAll(costs.kindsPaid());
        employerCostsPaid.retainAll(employerPays);
        if (employerCostsPaid.isEmpty()) {
            findings.met(NPL_VISA_TICKET_EMPLOYER_PAID, "FR_NPL_VISA_TICKET_EMPLOYER", destination);
        } else {
            ReferenceFrRepayment repay = worker.repayAll(costs.ofKinds(employerCostsPaid));
            findings.notMet(NPL_VISA_TICKET_CHARGED, "FR_NPL_VISA_TICKET_CHARGED", repay.gap(),
                    ReferenceFrCosts.kindNames(employerCostsPaid), destination, repay.text());
        }

        // An agency service charge only after the employer's written refusal to pay, and at most the cap.
        ReferenceFrCosts serviceCharge = costs.ofKind(ReferenceFrCosts.AGENCY_FEE);
        Money serviceChargeCap = money(inForce.get(NPL_SERVICE_CHARGE_CAP).value().value());
        ReferenceFrCap againstCap = ReferenceFrCap.compare(serviceCharge, serviceChargeCap, worker.rates());
        if (!serviceCharge.anyPaid()) {
            findings.met(NPL_SERVICE_CHARGE_NONE, "FR_NPL_NO_SERVICE_CHARGE");
        } else if (!worker.recruitment().employerDeclinedToPay()) {
            // Without the refusal no service charge may be taken: all of it is to be repaid, summed in the cap's
            // currency where it was paid in several.
            ReferenceFrRepayment repay = ReferenceFrRepayment.allOf(serviceCharge,
                    Optional.of(serviceChargeCap.currency()), worker.rates());
            findings.notMet(NPL_SERVICE_CHARGE_NO_WRITTEN_REFUSAL, "FR_NPL_SERVICE_CHARGE_WITHOUT_REFUSAL",
                    repay.gap(), againstCap.paid(), repay.text());
        } else {
            switch (againstCap.verdict()) {
                case WITHIN -> findings.met(NPL_SERVICE_CHARGE_WITHIN_CAP, "FR_NPL_SERVICE_CHARGE_WITHIN_CAP",
                        againstCap.paid(), againstCap.cap());
                case EXCEEDED -> findings.notMet(NPL_SERVICE_CHARGE_ABOVE_CAP, "FR_NPL_SERVICE_CHARGE_ABOVE_CAP",
                        againstCap.excess().orElseThrow(), againstCap.paid(), againstCap.cap());
                case UNKNOWN -> findings.unknown(NPL_SERVICE_CHARGE_RATE_UNKNOWN,
                        "FR_NPL_SERVICE_CHARGE_RATE_UNKNOWN", againstCap.missingRatePath());
            }
        }

        // The worker pays orientation, medical, insurance and the welfare fund, the fund no more than is due.
        ReferenceFrCap welfareFund = ReferenceFrCap.compare(costs.ofKind(CostType.WELFARE_FUND),
                money(inForce.get(NPL_WELFARE_FUND).value().value()), worker.rates());
        switch (welfareFund.verdict()) {
            case WITHIN -> findings.met(NPL_WORKER_COSTS_ALLOWED, "FR_NPL_WORKER_COSTS_ALLOWED",
                    ReferenceFrCosts.kindNames(workerMayPay), welfareFund.cap());
            case EXCEEDED -> findings.notMet(NPL_WELFARE_FUND_ABOVE, "FR_NPL_WELFARE_FUND_ABOVE",
                    welfareFund.excess().orElseThrow(), welfareFund.paid(), welfareFund.cap());
            case UNKNOWN -> findings.unknown(NPL_WORKER_COSTS_RATE_UNKNOWN, "FR_NPL_WORKER_COSTS_RATE_UNKNOWN",
                    welfareFund.missingRatePath());
        }

        Set<CostType> addressed = EnumSet.of(ReferenceFrCosts.AGENCY_FEE);
        addressed.addAll(employerPays);
        addressed.addAll(workerMayPay);
        otherCosts(worker, addressed, findings);
        return true;
    }

    // ---- Philippines: placement fee at most one month's basic salary; none for household service workers
    // (POEA Board Resolution 6, 2006), government-to-government hiring and destinations that ban fees; DOMAIN 4.20

    private static boolean philippines(Worker worker, Parameters inForce, String since, Findings findings) {
        findings.met(RULE_PHL, "FR_RULE_PHL", since);
        Recruitment recruitment = worker.recruitment();
        ReferenceFrCosts placementFee = worker.costs().ofKind(ReferenceFrCosts.AGENCY_FEE);
        BigDecimal salaryMonths = inForce.get(PHL_SALARY_MONTHS).decimal();
        // The cap is a number of months of the contract's basic salary, in the salary's currency.
        Optional<ReferenceFrCap> againstCap = recruitment.monthlyBasicSalary().map(salary -> ReferenceFrCap.compare(
                placementFee, new Money(salary.amount().multiply(salaryMonths), salary.currency()), worker.rates()));
        String paid = againstCap.map(ReferenceFrCap::paid).orElseGet(placementFee::describe);
        // Where no placement fee may be taken, all of it is to be repaid, summed in the salary's currency where it
        // was paid in several.
        Supplier<ReferenceFrRepayment> wholeFee = () -> ReferenceFrRepayment.allOf(placementFee,
                recruitment.monthlyBasicSalary().map(Money::currency), worker.rates());
        if (!placementFee.anyPaid()) {
            findings.met(PHL_FEE_NONE, "FR_PHL_NO_PLACEMENT_FEE");
        } else if (recruitment.householdService() && flag(inForce, PHL_HOUSEHOLD_ZERO)) {
            findings.notMet(PHL_FEE_HOUSEHOLD, "FR_PHL_ZERO_FEE_HOUSEHOLD", wholeFee.get().gap(), paid,
                    wholeFee.get().text());
        } else if (recruitment.governmentToGovernment() && flag(inForce, PHL_G2G_ZERO)) {
            findings.notMet(PHL_FEE_G2G, "FR_PHL_ZERO_FEE_G2G", wholeFee.get().gap(), paid, wholeFee.get().text());
        } else if (inForce.find(PHL_BANNING_DESTINATIONS)
                .filter(banning -> texts(banning.value().value()).contains(worker.destination())).isPresent()) {
            findings.notMet(PHL_FEE_DESTINATION_BAN, "FR_PHL_ZERO_FEE_DESTINATION", wholeFee.get().gap(), paid,
                    worker.destination(), wholeFee.get().text());
        } else if (againstCap.isEmpty()) {
            findings.unknown(PHL_FEE_SALARY_UNKNOWN, "FR_PHL_SALARY_UNKNOWN", "$.recruitment.monthlyBasicSalary");
        } else {
            ReferenceFrCap cap = againstCap.get();
            String months = salaryMonths.stripTrailingZeros().toPlainString();
            switch (cap.verdict()) {
                case WITHIN -> findings.met(PHL_FEE_WITHIN_CAP, "FR_PHL_PLACEMENT_FEE_WITHIN_CAP", cap.paid(),
                        cap.cap(), months);
                case EXCEEDED -> findings.notMet(PHL_FEE_ABOVE_CAP, "FR_PHL_PLACEMENT_FEE_ABOVE_CAP",
                        cap.excess().orElseThrow(), cap.paid(), cap.cap(), months);
                case UNKNOWN -> findings.unknown(PHL_FEE_RATE_UNKNOWN, "FR_PHL_PLACEMENT_FEE_RATE_UNKNOWN",
                        cap.missingRatePath());
            }
        }
        otherCosts(worker, EnumSet.of(ReferenceFrCosts.AGENCY_FEE), findings);
        return true;
    }

    // ---- Bangladesh: the government ceiling for the destination, date and (where the notice fixes it for one)
    // sex, capping the agency's charge, or everything the worker paid where it is all-inclusive; women workers
    // cost-free; DOMAIN.md 4.21

    private static boolean bangladesh(Worker worker, Parameters inForce, LocalDate from, Findings findings) {
        String destination = worker.destination();
        String origin = worker.recruitment().origin();
        Optional<Resolved> ceiling = inForce.find(BGD_CEILING_OF + destination)
                .filter(national -> !national.internationalDefault());
        if (ceiling.isEmpty()) {
            internationalRule(worker, findings, RULE_DESTINATION_NOT_COVERED, "FR_RULE_DESTINATION_NOT_COVERED",
                    origin, destination, from.toString());
            return false;
        }
        if (!flag(inForce, BGD_WOMEN_COST_FREE)) {
            throw new IllegalStateException("the Bangladesh pack has cost ceilings but no " + BGD_WOMEN_COST_FREE);
        }
        JsonNode fixed = ceiling.get().value().value();
        Optional<Sex> fixedFor = fixed.hasNonNull("sex") ? Optional.of(Sex.valueOf(fixed.get("sex").asText()))
                : Optional.empty();
        Optional<Sex> sex = worker.request().person().sex();
        // A ceiling fixed for male workers says nothing of a worker of another sex; women have their own rule.
        if (fixedFor.isPresent() && sex.isPresent() && sex.get() != Sex.F && sex.get() != fixedFor.get()) {
            internationalRule(worker, findings, RULE_BGD_NOT_FOR_WORKER, "FR_RULE_BGD_CEILING_NOT_FOR_WORKER",
                    destination, fixedFor.get().name(), sex.get().name());
            return false;
        }
        ReferenceFrCosts costs = worker.costs();
        boolean allInclusive = fixed.path("allInclusive").asBoolean(false);
        ReferenceFrCosts capped = allInclusive ? costs : costs.ofKind(ReferenceFrCosts.AGENCY_FEE);
        ReferenceFrCap againstCeiling = ReferenceFrCap.compare(capped, money(fixed), worker.rates());
        findings.met(RULE_BGD, "FR_RULE_BGD", destination, againstCeiling.cap(),
                ceiling.get().value().validFrom().toString());
        // The agency's charge (or, all-inclusive, everything paid) against the ceiling, where it is fixed for
        // workers of the worker's sex or for all.
        if (!capped.anyPaid()) {
            findings.met(BGD_CEILING_NOTHING_PAID, "FR_BGD_NOTHING_PAID", againstCeiling.cap());
        } else if (fixedFor.isPresent() && sex.isEmpty()) {
            findings.unknown(BGD_CEILING_SEX_UNKNOWN, "FR_BGD_CEILING_SEX_UNKNOWN", "$.person.sex");
        } else if (fixedFor.isEmpty() || sex.get() == fixedFor.get()) {
            String kinds = ReferenceFrCosts.kindNames(capped.kindsPaid());
            switch (againstCeiling.verdict()) {
                case WITHIN -> findings.met(BGD_CEILING_WITHIN, "FR_BGD_WITHIN_CEILING", againstCeiling.paid(),
                        againstCeiling.cap(), destination, kinds);
                case EXCEEDED -> findings.notMet(BGD_CEILING_ABOVE, "FR_BGD_ABOVE_CEILING",
                        againstCeiling.excess().orElseThrow(), againstCeiling.paid(), againstCeiling.cap(),
                        destination, kinds);
                case UNKNOWN -> findings.unknown(BGD_CEILING_RATE_UNKNOWN, "FR_BGD_CEILING_RATE_UNKNOWN",
                        againstCeiling.missingRatePath());
            }
        }
        // Women workers migrate cost-free, whatever the ceiling.
        if (!costs.anyPaid()) {
            findings.met(BGD_WOMEN_NOTHING_PAID, "FR_BGD_WOMEN_NOTHING_PAID");
        } else if (sex.isEmpty()) {
            findings.unknown(BGD_WOMEN_SEX_UNKNOWN, "FR_BGD_SEX_UNKNOWN", "$.person.sex");
        } else if (sex.get() == Sex.F) {
            ReferenceFrRepayment repay = worker.repayAll(costs);
            findings.notMet(BGD_WOMEN_CHARGED, "FR_BGD_WOMEN_CHARGED", repay.gap(),
                    ReferenceFrCosts.kindNames(costs.kindsPaid()), repay.text());
        } else {
            findings.met(BGD_WOMEN_NOT_APPLICABLE, "FR_BGD_WOMEN_NOT_APPLICABLE");
        }
        if (!allInclusive) {
            otherCosts(worker, EnumSet.of(ReferenceFrCosts.AGENCY_FEE), findings);
        }
        return true;
    }

    // ---- A national ban on charging workers some costs, whatever the destination (Moldova: Laws 102/2003 and
    // 180/2008, agencies may charge workers no fee); DOMAIN.md 4.16 and 4.17

    private static boolean feeBan(Worker worker, Parameters inForce, Resolved ruleSet, String since,
            Findings findings) {
        Set<CostType> banned = kinds(inForce.get(BANNED_ITEMS).value().value());
        String law = ruleSet.source().instrument()
                + (ruleSet.source().article().isBlank() ? "" : ", art. " + ruleSet.source().article())
                + " [" + ruleSet.source().status() + "]";
        String origin = worker.recruitment().origin();
        findings.met(RULE_FEE_BAN, "FR_RULE_FEE_BAN", origin, ReferenceFrCosts.kindNames(banned), since, law);
        Set<CostType> bannedPaid = EnumSet.noneOf(CostType.class);
        bannedPaid.addAll(worker.costs().kindsPaid());
        bannedPaid.retainAll(banned);
        if (bannedPaid.isEmpty()) {
            findings.met(FEE_BAN_NONE, "FR_FEE_BAN_NONE", ReferenceFrCosts.kindNames(banned), law);
        } else {
            ReferenceFrRepayment repay = worker.repayAll(worker.costs().ofKinds(bannedPaid));
            findings.notMet(FEE_BAN_CHARGED, "FR_FEE_BAN_CHARGED", repay.gap(), ReferenceFrCosts.kindNames(bannedPaid),
                    origin, law, repay.text());
        }
        otherCosts(worker, banned, findings);
        return true;
    }

    // ---- SDG 10.7.1, reported for information

    private static void sdg1071(Worker worker, Parameters inForce, Findings findings) {
        Recruitment recruitment = worker.recruitment();
        LocalDate asOf = worker.request().asOf();
        // The indicator counts workers whose first job abroad began within the window before the reference date.
        recruitment.firstJobStart().ifPresent(start -> inForce.find(SDG_WINDOW_YEARS).ifPresent(years -> {
            LocalDate windowOpens = asOf.minusYears(years.integer());
            findings.value("firstJobWithinThreeYears", !start.isBefore(windowOpens) && !start.isAfter(asOf));
        }));
        ReferenceFrSdg1071.Measure measure = ReferenceFrSdg1071.measure(worker.costs(),
                recruitment.firstMonthEarnings(), worker.rates());
        if (measure instanceof ReferenceFrSdg1071.Ratio r) {
            findings.value("recruitmentCostTotal", r.costs());
            findings.value("recruitmentCostCurrency", r.earnings().currency());
            findings.value("sdg1071Ratio", r.ratio());
            findings.met(SDG_RATIO, "FR_SDG1071_RATIO", r.ratio(),
                    ReferenceFrCosts.text(r.costs(), r.earnings().currency()),
                    ReferenceFrCosts.text(r.earnings().amount(), r.earnings().currency()));
        } else if (measure instanceof ReferenceFrSdg1071.ZeroEarnings z) {
            findings.value("recruitmentCostTotal", z.costs());
            findings.value("recruitmentCostCurrency", z.currency());
            findings.unknown(SDG_EARNINGS_ZERO, "FR_SDG1071_EARNINGS_ZERO", "$.recruitment.firstMonthEarnings.amount");
        } else if (measure instanceof ReferenceFrSdg1071.RateMissing m) {
            findings.unknown(SDG_RATE_UNKNOWN, "FR_SDG1071_RATE_UNKNOWN", ReferenceFrRates.missingRatePath(m.currency()));
        } else if (measure instanceof ReferenceFrSdg1071.NoEarnings n) {
            n.costs().ifPresent(total -> findings.value("recruitmentCostTotal", total));
            n.currency().ifPresent(currency -> findings.value("recruitmentCostCurrency", currency));
            findings.unknown(SDG_EARNINGS_UNKNOWN, "FR_SDG1071_EARNINGS_UNKNOWN", "$.recruitment.firstMonthEarnings");
        }
    }

    // ---- reading pack values

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<CostType> kinds(JsonNode array) {
        Set<CostType> kinds = EnumSet.noneOf(CostType.class);
        texts(array).forEach(name -> kinds.add(CostType.valueOf(name)));
        return kinds;
    }

    private static Money money(JsonNode node) {
        return new Money(node.get("amount").decimalValue(), node.get("currency").asText());
    }

    /** A yes/no parameter: no when the packs hold no value in force. */
    private static boolean flag(Parameters inForce, String name) {
        return inForce.find(name).map(p -> p.value().value().asBoolean()).orElse(false);
    }
}
