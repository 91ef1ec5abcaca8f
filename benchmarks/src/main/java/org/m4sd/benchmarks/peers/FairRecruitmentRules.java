package org.m4sd.benchmarks.peers;

import static org.m4sd.benchmarks.peers.CaseProperties.call;
import static org.m4sd.benchmarks.peers.CaseProperties.flag;
import static org.m4sd.benchmarks.peers.CaseProperties.get;
import static org.m4sd.benchmarks.peers.CaseProperties.is;
import static org.m4sd.benchmarks.peers.CaseProperties.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.m4sd.rules.spi.RuleCase;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Sex;

/**
 * employment.fair-recruitment as Easy Rules: one rule per fair-recruitment rule of {@code employment.drl}, same
 * names. The case groups the costs paid into {@code assessments}, one per national fee rule of the state of
 * recruitment they are judged under (DOMAIN.md 4.18: the rule in force on the day each cost was paid, else on the
 * first job's start, else on the decision date), in the order of their earliest day. A rule on an assessment
 * compares what it measured (the items paid for, sums in a cap's currency) with its {@code nationalRule} (and as
 * {@code nepal}, {@code philippines}, or Bangladesh's {@code ceiling} for the destination), and reports once for
 * each assessment it holds for, in the assessments' order, as the DRL rule's salience makes Drools fire it. The ILO
 * principle is reported beside the national rule that decides; C181 is cited for its parties only.
 */
final class FairRecruitmentRules {
    private FairRecruitmentRules() {
    }

    /** A rule on the case as a whole. */
    private static Rule rule(String name, int order, Predicate<RuleCase> when, Consumer<RuleCase> then) {
        return EasyRulesDecider.rule(name, order, when, then);
    }

    /**
     * A rule on each assessment of the case's costs: it fires when it holds for one, and reports for every one it
     * holds for, in the assessments' order.
     */
    private static Rule onAssessments(String name, int order, BiPredicate<RuleCase, Object> when,
            BiConsumer<RuleCase, Object> then) {
        return EasyRulesDecider.rule(name, order,
                c -> {
                    for (Object a : assessments(c)) {
                        if (when.test(c, a)) {
                            return true;
                        }
                    }
                    return false;
                },
                c -> {
                    for (Object a : assessments(c)) {
                        if (when.test(c, a)) {
                            then.accept(c, a);
                        }
                    }
                });
    }

    static Rules rules() {
        return new Rules(
                // ---- facts
                rule("fr.facts.missing", 1, c -> !is(c, "recruitmentPresent"),
                        c -> c.unknown("fr.facts.missing", "FR_RECRUITMENT_MISSING", "$.recruitment")),

                // ---- the day each cost is judged on (reported, never decisive)
                rule("fr.cost-date.paid-on", 5, c -> judgedBy(c, "PAID_ON") != null,
                        c -> c.met("fr.cost-date.paid-on", "FR_COST_DATE_PAID_ON", costsJudgedBy(c, "PAID_ON"))),
                rule("fr.cost-date.first-job-start", 5,
                        c -> judgedBy(c, "FIRST_JOB_START") != null && get(c, "firstJobStart") != null,
                        c -> c.met("fr.cost-date.first-job-start", "FR_COST_DATE_FIRST_JOB_START",
                                costsJudgedBy(c, "FIRST_JOB_START"), get(c, "firstJobStart").toString())),
                rule("fr.cost-date.decision-date", 5, c -> judgedBy(c, "DECISION_DATE") != null,
                        c -> c.met("fr.cost-date.decision-date", "FR_COST_DATE_DECISION_DATE",
                                costsJudgedBy(c, "DECISION_DATE"), get(c, "asOf").toString())),

                // ---- national law: which rule of the state of recruitment governs (reported, never decisive)
                onAssessments("fr.rule.international", 10,
                        (c, a) -> is(c, "recruitmentPresent") && nationalRule(a) == null,
                        (c, a) -> c.met("fr.rule.international", "FR_RULE_INTERNATIONAL", get(c, "origin"),
                                judgedFrom(a))),
                onAssessments("fr.rule.destination-not-covered", 10,
                        (c, a) -> nationalRule(a) != null && !flag(nationalRule(a), "everyDestination")
                                && !destinations(nationalRule(a)).contains(destination(c)),
                        (c, a) -> c.met("fr.rule.destination-not-covered", "FR_RULE_DESTINATION_NOT_COVERED",
                                get(c, "origin"), destination(c), judgedFrom(a))),
                onAssessments("fr.rule.bgd-ceiling-not-for-worker", 10,
                        (c, a) -> sex(c) != null && sex(c) != Sex.F && ceiling(a) != null && forSex(a) != null
                                && forSex(a) != sex(c),
                        (c, a) -> c.met("fr.rule.bgd-ceiling-not-for-worker", "FR_RULE_BGD_CEILING_NOT_FOR_WORKER",
                                destination(c), forSex(a).name(), sex(c).name())),
                onAssessments("fr.rule.npl", 10, FairRecruitmentRules::nepalGoverns,
                        (c, a) -> c.met("fr.rule.npl", "FR_RULE_NPL", destination(c), property(nepal(a), "since"))),
                onAssessments("fr.rule.phl", 10,
                        (c, a) -> is(c, "recruitmentPresent") && philippines(a) != null,
                        (c, a) -> c.met("fr.rule.phl", "FR_RULE_PHL", property(philippines(a), "since"))),
                onAssessments("fr.rule.bgd", 10, (c, a) -> ceiling(a) != null && ceilingReachesWorker(c, a),
                        (c, a) -> c.met("fr.rule.bgd", "FR_RULE_BGD", destination(c), property(ceiling(a), "text"),
                                property(ceiling(a), "since"))),

                // ---- the ILO principle: it decides where national law is not encoded, and is reported always
                onAssessments("fr.fees.none", 20, (c, a) -> iloPrincipleDecides(c, a) && paidItems(a).isEmpty(),
                        (c, a) -> c.met("fr.fees.none", "FR_NO_FEES")),
                onAssessments("fr.fees.charged", 20, (c, a) -> iloPrincipleDecides(c, a) && !paidItems(a).isEmpty(),
                        (c, a) -> c.notMet("fr.fees.charged", "FR_FEES_CHARGED", property(a, "itemsPaid"))),
                rule("fr.ilo.none", 20, c -> paidItems(c.fact()).isEmpty() && nationalLawDecidesSome(c),
                        c -> c.met("fr.ilo.none", "FR_ILO_NO_FEES")),
                rule("fr.ilo.charged", 20, c -> !paidItems(c.fact()).isEmpty() && nationalLawDecidesSome(c),
                        c -> c.notMet("fr.ilo.charged", "FR_ILO_CHARGED", get(c, "itemsPaid"))),
                rule("fr.c181.party", 25,
                        c -> is(c, "recruitmentPresent") && get(c, "c181") != null
                                && !((LocalDate) property(get(c, "c181"), "inForceFrom")).isAfter(
                                        (LocalDate) get(c, "asOf")),
                        c -> c.met("fr.c181.party", "FR_C181_PARTY", get(c, "origin"),
                                property(get(c, "c181"), "ratified"))),

                // ---- costs a national rule does not address follow the ILO principle
                onAssessments("fr.other-costs.none", 60,
                        (c, a) -> nationalRuleLeavesCosts(c, a) && !paidOutside(a, coveredItems(a)),
                        (c, a) -> c.met("fr.other-costs.none", "FR_OTHER_COSTS_NONE",
                                property(a, "coveredItemsText"))),
                onAssessments("fr.other-costs.charged", 60,
                        (c, a) -> nationalRuleLeavesCosts(c, a) && paidOutside(a, coveredItems(a)),
                        (c, a) -> c.notMet("fr.other-costs.charged", "FR_OTHER_COSTS_CHARGED",
                                call(a, "itemsPaidOutside", coveredItems(a)))),

                // ---- Nepal: free visa, free ticket
                onAssessments("fr.npl.visa-ticket.employer-paid", 30,
                        (c, a) -> nepalGoverns(c, a) && !paidAmong(a, employerPaidItems(a)),
                        (c, a) -> c.met("fr.npl.visa-ticket.employer-paid", "FR_NPL_VISA_TICKET_EMPLOYER",
                                destination(c))),
                onAssessments("fr.npl.visa-ticket.charged", 30,
                        (c, a) -> nepalGoverns(c, a) && paidAmong(a, employerPaidItems(a)),
                        (c, a) -> c.notMet("fr.npl.visa-ticket.charged", "FR_NPL_VISA_TICKET_CHARGED",
                                call(a, "itemsPaidAmong", employerPaidItems(a)), destination(c))),
                onAssessments("fr.npl.service-charge.none", 40,
                        (c, a) -> nepalGoverns(c, a) && !paid(a, CostType.SERVICE_CHARGE),
                        (c, a) -> c.met("fr.npl.service-charge.none", "FR_NPL_NO_SERVICE_CHARGE")),
                onAssessments("fr.npl.service-charge.no-written-refusal", 40,
                        (c, a) -> !is(c, "employerDeclinedToPay") && nepalGoverns(c, a)
                                && paid(a, CostType.SERVICE_CHARGE),
                        (c, a) -> c.notMet("fr.npl.service-charge.no-written-refusal",
                                "FR_NPL_SERVICE_CHARGE_WITHOUT_REFUSAL", text(serviceChargePaid(a)))),
                onAssessments("fr.npl.service-charge.above-cap", 40,
                        (c, a) -> is(c, "employerDeclinedToPay") && nepalGoverns(c, a)
                                && above(serviceChargePaid(a), serviceChargeCap(a)),
                        (c, a) -> c.notMet("fr.npl.service-charge.above-cap", "FR_NPL_SERVICE_CHARGE_ABOVE_CAP",
                                text(serviceChargePaid(a)), property(serviceChargeCap(a), "text"))),
                onAssessments("fr.npl.service-charge.within-cap", 40,
                        (c, a) -> is(c, "employerDeclinedToPay") && nepalGoverns(c, a)
                                && paid(a, CostType.SERVICE_CHARGE)
                                && within(serviceChargePaid(a), serviceChargeCap(a)) && rateKnown(serviceChargePaid(a)),
                        (c, a) -> c.met("fr.npl.service-charge.within-cap", "FR_NPL_SERVICE_CHARGE_WITHIN_CAP",
                                text(serviceChargePaid(a)), property(serviceChargeCap(a), "text"))),
                onAssessments("fr.npl.service-charge.rate-unknown", 40,
                        (c, a) -> is(c, "employerDeclinedToPay") && nepalGoverns(c, a)
                                && within(serviceChargePaid(a), serviceChargeCap(a)) && !rateKnown(serviceChargePaid(a)),
                        (c, a) -> c.unknown("fr.npl.service-charge.rate-unknown", "FR_NPL_SERVICE_CHARGE_RATE_UNKNOWN",
                                missingRatePath(serviceChargePaid(a)))),
                onAssessments("fr.npl.worker-costs.allowed", 50,
                        (c, a) -> nepalGoverns(c, a) && within(welfareFundPaid(a), welfareFund(a))
                                && rateKnown(welfareFundPaid(a)),
                        (c, a) -> c.met("fr.npl.worker-costs.allowed", "FR_NPL_WORKER_COSTS_ALLOWED",
                                property(nepal(a), "workerPaidItemsText"), property(welfareFund(a), "text"))),
                onAssessments("fr.npl.worker-costs.welfare-fund-above", 50,
                        (c, a) -> nepalGoverns(c, a) && above(welfareFundPaid(a), welfareFund(a)),
                        (c, a) -> c.notMet("fr.npl.worker-costs.welfare-fund-above", "FR_NPL_WELFARE_FUND_ABOVE",
                                text(welfareFundPaid(a)), property(welfareFund(a), "text"))),
                onAssessments("fr.npl.worker-costs.rate-unknown", 50,
                        (c, a) -> nepalGoverns(c, a) && within(welfareFundPaid(a), welfareFund(a))
                                && !rateKnown(welfareFundPaid(a)),
                        (c, a) -> c.unknown("fr.npl.worker-costs.rate-unknown", "FR_NPL_WORKER_COSTS_RATE_UNKNOWN",
                                missingRatePath(welfareFundPaid(a)))),

                // ---- the Philippines: placement fee
                onAssessments("fr.phl.placement-fee.none", 30,
                        (c, a) -> is(c, "recruitmentPresent") && philippines(a) != null
                                && !paid(a, CostType.SERVICE_CHARGE),
                        (c, a) -> c.met("fr.phl.placement-fee.none", "FR_PHL_NO_PLACEMENT_FEE")),
                onAssessments("fr.phl.placement-fee.household", 30,
                        (c, a) -> placementFeePaid(a) && householdZeroFee(c, a),
                        (c, a) -> c.notMet("fr.phl.placement-fee.household", "FR_PHL_ZERO_FEE_HOUSEHOLD",
                                placementFeeText(c, a))),
                onAssessments("fr.phl.placement-fee.g2g", 30,
                        (c, a) -> placementFeePaid(a) && !householdZeroFee(c, a) && g2gZeroFee(c, a),
                        (c, a) -> c.notMet("fr.phl.placement-fee.g2g", "FR_PHL_ZERO_FEE_G2G", placementFeeText(c, a))),
                onAssessments("fr.phl.placement-fee.destination-ban", 30,
                        (c, a) -> placementFeePaid(a) && !householdZeroFee(c, a) && !g2gZeroFee(c, a)
                                && destinationBarsFees(c, a),
                        (c, a) -> c.notMet("fr.phl.placement-fee.destination-ban", "FR_PHL_ZERO_FEE_DESTINATION",
                                placementFeeText(c, a), destination(c))),
                onAssessments("fr.phl.placement-fee.salary-unknown", 30,
                        (c, a) -> get(c, "monthlyBasicSalary") == null && placementFeePaid(a) && placementFeeCapped(c, a),
                        (c, a) -> c.unknown("fr.phl.placement-fee.salary-unknown", "FR_PHL_SALARY_UNKNOWN",
                                "$.recruitment.monthlyBasicSalary")),
                onAssessments("fr.phl.placement-fee.above-cap", 30,
                        (c, a) -> philippines(a) != null && salary(a) != null && placementFeeCapped(c, a)
                                && amount(placementFeeInSalaryCurrency(a)).compareTo(placementFeeCap(a)) > 0,
                        (c, a) -> c.notMet("fr.phl.placement-fee.above-cap", "FR_PHL_PLACEMENT_FEE_ABOVE_CAP",
                                placementFeeCapArgs(a))),
                onAssessments("fr.phl.placement-fee.within-cap", 30,
                        (c, a) -> philippines(a) != null && salary(a) != null && paid(a, CostType.SERVICE_CHARGE)
                                && placementFeeCapped(c, a)
                                && amount(placementFeeInSalaryCurrency(a)).compareTo(placementFeeCap(a)) <= 0
                                && rateKnown(placementFeeInSalaryCurrency(a)),
                        (c, a) -> c.met("fr.phl.placement-fee.within-cap", "FR_PHL_PLACEMENT_FEE_WITHIN_CAP",
                                placementFeeCapArgs(a))),
                onAssessments("fr.phl.placement-fee.rate-unknown", 30,
                        (c, a) -> philippines(a) != null && salary(a) != null && placementFeeCapped(c, a)
                                && amount(placementFeeInSalaryCurrency(a)).compareTo(placementFeeCap(a)) <= 0
                                && !rateKnown(placementFeeInSalaryCurrency(a)),
                        (c, a) -> c.unknown("fr.phl.placement-fee.rate-unknown", "FR_PHL_PLACEMENT_FEE_RATE_UNKNOWN",
                                missingRatePath(placementFeeInSalaryCurrency(a)))),

                // ---- Bangladesh: ceilings by destination, date and (where fixed for one) sex; women cost-free
                onAssessments("fr.bgd.ceiling.nothing-paid", 30,
                        (c, a) -> ceiling(a) != null && ceilingReachesWorker(c, a)
                                && !paidAmong(a, ceilingItems(a)),
                        (c, a) -> c.met("fr.bgd.ceiling.nothing-paid", "FR_BGD_NOTHING_PAID",
                                property(ceiling(a), "text"))),
                onAssessments("fr.bgd.ceiling.above", 30,
                        (c, a) -> ceiling(a) != null && ceilingForSexOf(c, a)
                                && above(paidAgainstCeiling(a), ceiling(a)),
                        (c, a) -> c.notMet("fr.bgd.ceiling.above", "FR_BGD_ABOVE_CEILING",
                                text(paidAgainstCeiling(a)), property(ceiling(a), "text"), destination(c),
                                call(a, "itemsPaidAmong", ceilingItems(a)))),
                onAssessments("fr.bgd.ceiling.within", 30,
                        (c, a) -> ceiling(a) != null && ceilingForSexOf(c, a) && paidAmong(a, ceilingItems(a))
                                && within(paidAgainstCeiling(a), ceiling(a)) && rateKnown(paidAgainstCeiling(a)),
                        (c, a) -> c.met("fr.bgd.ceiling.within", "FR_BGD_WITHIN_CEILING",
                                text(paidAgainstCeiling(a)), property(ceiling(a), "text"), destination(c),
                                call(a, "itemsPaidAmong", ceilingItems(a)))),
                onAssessments("fr.bgd.ceiling.rate-unknown", 30,
                        (c, a) -> ceiling(a) != null && ceilingForSexOf(c, a)
                                && within(paidAgainstCeiling(a), ceiling(a)) && !rateKnown(paidAgainstCeiling(a)),
                        (c, a) -> c.unknown("fr.bgd.ceiling.rate-unknown", "FR_BGD_CEILING_RATE_UNKNOWN",
                                missingRatePath(paidAgainstCeiling(a)))),
                onAssessments("fr.bgd.ceiling.sex-unknown", 30,
                        (c, a) -> sex(c) == null && ceiling(a) != null && forSex(a) != null
                                && paidAmong(a, ceilingItems(a)),
                        (c, a) -> c.unknown("fr.bgd.ceiling.sex-unknown", "FR_BGD_CEILING_SEX_UNKNOWN",
                                "$.person.sex")),
                onAssessments("fr.bgd.women.nothing-paid", 40,
                        (c, a) -> ceiling(a) != null && ceilingReachesWorker(c, a) && paidItems(a).isEmpty(),
                        (c, a) -> c.met("fr.bgd.women.nothing-paid", "FR_BGD_WOMEN_NOTHING_PAID")),
                onAssessments("fr.bgd.women.charged", 40,
                        (c, a) -> sex(c) == Sex.F && ceiling(a) != null && !paidItems(a).isEmpty(),
                        (c, a) -> c.notMet("fr.bgd.women.charged", "FR_BGD_WOMEN_CHARGED", property(a, "itemsPaid"))),
                onAssessments("fr.bgd.women.sex-unknown", 40,
                        (c, a) -> sex(c) == null && ceiling(a) != null && !paidItems(a).isEmpty(),
                        (c, a) -> c.unknown("fr.bgd.women.sex-unknown", "FR_BGD_SEX_UNKNOWN", "$.person.sex")),
                onAssessments("fr.bgd.women.not-applicable", 40,
                        (c, a) -> sex(c) != null && sex(c) != Sex.F && ceiling(a) != null && ceilingForSexOf(c, a)
                                && !paidItems(a).isEmpty(),
                        (c, a) -> c.met("fr.bgd.women.not-applicable", "FR_BGD_WOMEN_NOT_APPLICABLE")),

                // ---- SDG 10.7.1: recruitment cost borne by the worker / first month's earnings
                rule("fr.sdg1071.ratio", 90, c -> get(c, "sdg1071Ratio") != null,
                        c -> c.met("fr.sdg1071.ratio", "FR_SDG1071_RATIO", get(c, "sdg1071Ratio"),
                                get(c, "costTotalText"), get(c, "earningsText"))),
                rule("fr.sdg1071.earnings-unknown", 90,
                        c -> is(c, "recruitmentPresent") && get(c, "firstMonthEarnings") == null,
                        c -> c.unknown("fr.sdg1071.earnings-unknown", "FR_SDG1071_EARNINGS_UNKNOWN",
                                "$.recruitment.firstMonthEarnings")),
                rule("fr.sdg1071.earnings-zero", 90,
                        c -> get(c, "firstMonthEarnings") != null && get(c, "costTotal") != null
                                && get(c, "sdg1071Ratio") == null,
                        c -> c.unknown("fr.sdg1071.earnings-zero", "FR_SDG1071_EARNINGS_ZERO",
                                "$.recruitment.firstMonthEarnings.amount")),
                rule("fr.sdg1071.rate-unknown", 90,
                        c -> get(c, "firstMonthEarnings") != null && get(c, "costTotal") == null,
                        c -> c.unknown("fr.sdg1071.rate-unknown", "FR_SDG1071_RATE_UNKNOWN",
                                (String) get(c, "costTotalMissingRatePath"))));
    }

    // ---- the case

    private static List<?> assessments(RuleCase c) {
        return (List<?>) get(c, "assessments");
    }

    private static String destination(RuleCase c) {
        return (String) get(c, "destination");
    }

    private static Sex sex(RuleCase c) {
        return (Sex) get(c, "sex");
    }

    /**
     * The kind of day some cost paid is judged on ({@code PAID_ON}, {@code FIRST_JOB_START}, {@code DECISION_DATE}),
     * as the case names it; null when no cost paid is judged so.
     */
    private static Object judgedBy(RuleCase c, String kind) {
        for (Object by : (Collection<?>) get(c, "judgedBy")) {
            if (by.toString().equals(kind)) {
                return by;
            }
        }
        return null;
    }

    private static Object costsJudgedBy(RuleCase c, String kind) {
        return call(c.fact(), "costsJudgedBy", judgedBy(c, kind));
    }

    // ---- which national rule governs an assessment

    private static Object nationalRule(Object assessment) {
        return property(assessment, "nationalRule");
    }

    private static Object nepal(Object assessment) {
        return property(assessment, "nepal");
    }

    private static Object philippines(Object assessment) {
        return property(assessment, "philippines");
    }

    /** Bangladesh's ceiling for the destination, where its rule is in force on the assessment's days; else null. */
    private static Object ceiling(Object assessment) {
        return property(assessment, "ceiling");
    }

    /** The sex a ceiling is fixed for, or null where it is fixed for every worker. */
    private static Sex forSex(Object assessment) {
        return (Sex) property(ceiling(assessment), "forSex");
    }

    private static String judgedFrom(Object assessment) {
        return property(assessment, "judgedFrom").toString();
    }

    private static Collection<?> destinations(Object nationalRule) {
        return (Collection<?>) property(nationalRule, "destinations");
    }

    /** The national rule governs work in the recruitment's destination. */
    private static boolean covers(Object nationalRule, RuleCase c) {
        return flag(nationalRule, "everyDestination") || destinations(nationalRule).contains(destination(c));
    }

    /**
     * No ceiling, or one that reaches this worker: fixed for every worker, for the worker's sex, or the sex not
     * given, or a woman (who migrates cost-free under another rule of the same state).
     */
    private static boolean ceilingReachesWorker(RuleCase c, Object a) {
        return ceiling(a) == null || forSex(a) == null || sex(c) == null || sex(c) == Sex.F || forSex(a) == sex(c);
    }

    /** The ceiling is fixed for every worker or for the worker's sex. */
    private static boolean ceilingForSexOf(RuleCase c, Object a) {
        return forSex(a) == null || forSex(a) == sex(c);
    }

    /** No national rule governs the assessment's costs: the ILO principle decides them. */
    private static boolean iloPrincipleDecides(RuleCase c, Object a) {
        Object rule = nationalRule(a);
        return rule == null || !flag(rule, "everyDestination") && !destinations(rule).contains(destination(c))
                || ceiling(a) != null && forSex(a) != null && sex(c) != null && sex(c) != Sex.F
                        && forSex(a) != sex(c);
    }

    /** A national rule governs the assessment's costs: it decides them, the ILO principle is reported beside it. */
    private static boolean nationalLawDecides(RuleCase c, Object a) {
        Object rule = nationalRule(a);
        return rule != null && covers(rule, c) && ceilingReachesWorker(c, a);
    }

    private static boolean nationalLawDecidesSome(RuleCase c) {
        for (Object a : assessments(c)) {
            if (nationalLawDecides(c, a)) {
                return true;
            }
        }
        return false;
    }

    /** A national rule governs the assessment and leaves the costs it does not address under the ILO principle. */
    private static boolean nationalRuleLeavesCosts(RuleCase c, Object a) {
        return nationalRule(a) != null && !flag(a, "allInclusive") && nationalLawDecides(c, a);
    }

    private static boolean nepalGoverns(RuleCase c, Object a) {
        return nepal(a) != null && destinations(nepal(a)).contains(destination(c));
    }

    // ---- what was paid

    /** The cost items paid for among the costs of an assessment, or of the whole case. */
    private static Collection<?> paidItems(Object assessmentOrCase) {
        return (Collection<?>) property(assessmentOrCase, "paidItems");
    }

    private static boolean paid(Object assessment, CostType item) {
        return paidItems(assessment).contains(item);
    }

    private static boolean paidAmong(Object assessment, Collection<?> items) {
        for (Object item : paidItems(assessment)) {
            if (items.contains(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean paidOutside(Object assessment, Collection<?> items) {
        return !items.containsAll(paidItems(assessment));
    }

    private static Collection<?> coveredItems(Object assessment) {
        return (Collection<?>) property(assessment, "coveredItems");
    }

    /** What the assessment's costs came to for {@code item}, in {@code currency}: amount, missing rate, text. */
    private static Object paidFor(Object assessment, CostType item, String currency) {
        return call(assessment, "paidFor", item, currency);
    }

    private static BigDecimal amount(Object paidOrLimit) {
        return (BigDecimal) property(paidOrLimit, "amount");
    }

    /** The amount that could be converted is above the limit (a cap or ceiling with an amount). */
    private static boolean above(Object paid, Object limit) {
        return amount(paid).compareTo(amount(limit)) > 0;
    }

    private static boolean within(Object paid, Object limit) {
        return amount(paid).compareTo(amount(limit)) <= 0;
    }

    /** Every amount could be converted: nothing paid in a currency without an exchange rate. */
    private static boolean rateKnown(Object paid) {
        return property(paid, "missingRate") == null;
    }

    private static Object text(Object paid) {
        return property(paid, "text");
    }

    private static String missingRatePath(Object paid) {
        return (String) property(paid, "missingRatePath");
    }

    // ---- Nepal

    private static Collection<?> employerPaidItems(Object a) {
        return (Collection<?>) property(nepal(a), "employerPaidItems");
    }

    private static Object serviceChargeCap(Object a) {
        return property(nepal(a), "serviceChargeCap");
    }

    private static Object welfareFund(Object a) {
        return property(nepal(a), "welfareFund");
    }

    private static Object serviceChargePaid(Object a) {
        return paidFor(a, CostType.SERVICE_CHARGE, (String) property(serviceChargeCap(a), "currency"));
    }

    private static Object welfareFundPaid(Object a) {
        return paidFor(a, CostType.WELFARE_FUND, (String) property(welfareFund(a), "currency"));
    }

    // ---- the Philippines

    /** The monthly basic salary the assessment compares a placement fee with, or null. */
    private static Money salary(Object a) {
        return (Money) property(a, "monthlyBasicSalary");
    }

    /** The Philippine rule is in force on the assessment's days and a placement fee was paid. */
    private static boolean placementFeePaid(Object a) {
        return philippines(a) != null && paid(a, CostType.SERVICE_CHARGE);
    }

    private static boolean householdZeroFee(RuleCase c, Object a) {
        return is(c, "householdService") && flag(philippines(a), "householdZeroFee");
    }

    private static boolean g2gZeroFee(RuleCase c, Object a) {
        return is(c, "governmentToGovernment") && flag(philippines(a), "g2gZeroFee");
    }

    private static boolean destinationBarsFees(RuleCase c, Object a) {
        return ((Collection<?>) property(philippines(a), "feeBanDestinations")).contains(destination(c));
    }

    /** No ground bars a placement fee: it is allowed up to the cap. */
    private static boolean placementFeeCapped(RuleCase c, Object a) {
        return !householdZeroFee(c, a) && !g2gZeroFee(c, a) && !destinationBarsFees(c, a);
    }

    private static Object placementFeeInSalaryCurrency(Object a) {
        return paidFor(a, CostType.SERVICE_CHARGE, salary(a).currency());
    }

    /** The cap for this worker: the monthly basic salary times the months the rule allows. */
    private static BigDecimal placementFeeCap(Object a) {
        return salary(a).amount().multiply((BigDecimal) property(property(philippines(a), "placementFeeCap"),
                "months"));
    }

    private static Object placementFeeText(RuleCase c, Object a) {
        return call(a, "paidText", CostType.SERVICE_CHARGE, get(c, "monthlyBasicSalary"));
    }

    private static Object[] placementFeeCapArgs(Object a) {
        return new Object[] {text(placementFeeInSalaryCurrency(a)), call(philippines(a), "capText", salary(a)),
                property(property(philippines(a), "placementFeeCap"), "text")};
    }

    // ---- Bangladesh

    private static Collection<?> ceilingItems(Object a) {
        return (Collection<?>) property(ceiling(a), "coveredItems");
    }

    /** What the assessment's costs of the items the ceiling caps came to, in the ceiling's currency. */
    private static Object paidAgainstCeiling(Object a) {
        return call(a, "paidAmong", ceilingItems(a), property(ceiling(a), "currency"));
    }
}
