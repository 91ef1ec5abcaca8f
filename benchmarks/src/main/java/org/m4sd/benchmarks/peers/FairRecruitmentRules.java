package org.m4sd.benchmarks.peers;

import static org.m4sd.benchmarks.peers.CaseProperties.call;
import static org.m4sd.benchmarks.peers.CaseProperties.flag;
import static org.m4sd.benchmarks.peers.CaseProperties.get;
import static org.m4sd.benchmarks.peers.CaseProperties.is;
import static org.m4sd.benchmarks.peers.CaseProperties.property;

import java.math.BigDecimal;
import java.util.Collection;
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
 * names. The rules compare what the case measured (the items paid for, sums in a cap's currency, the salary)
 * with the national fee rule in force it carries ({@code nationalRule}, and as {@code nepal},
 * {@code philippines} or {@code bangladesh}, with Bangladesh's {@code ceiling} for the destination): which workers
 * and destinations it governs, its caps and ceilings.
 */
final class FairRecruitmentRules {
    private FairRecruitmentRules() {
    }

    /** A rule that, as every DRL rule but {@code fr.facts.missing}, needs the recruitment facts. */
    private static Rule rule(String name, int order, Predicate<RuleCase> when, Consumer<RuleCase> then) {
        return EasyRulesDecider.rule(name, order, c -> is(c, "recruitmentPresent") && when.test(c), then);
    }

    static Rules rules() {
        return new Rules(
                // ---- facts
                EasyRulesDecider.rule("fr.facts.missing", 1, c -> !is(c, "recruitmentPresent"),
                        c -> c.unknown("fr.facts.missing", "FR_RECRUITMENT_MISSING", "$.recruitment")),

                // ---- which rule applies (reported, never decisive)
                rule("fr.rule.international", 10, c -> nationalRule(c) == null,
                        c -> c.met("fr.rule.international", "FR_RULE_INTERNATIONAL", get(c, "jurisdiction"))),
                rule("fr.rule.origin-elsewhere", 10, c -> nationalRule(c) != null && !recruitedInJurisdiction(c),
                        c -> c.met("fr.rule.origin-elsewhere", "FR_RULE_ORIGIN_ELSEWHERE", get(c, "origin"),
                                get(c, "jurisdiction"))),
                rule("fr.rule.destination-not-covered", 10,
                        c -> nationalRule(c) != null && recruitedInJurisdiction(c) && !covers(nationalRule(c), c),
                        c -> c.met("fr.rule.destination-not-covered", "FR_RULE_DESTINATION_NOT_COVERED",
                                get(c, "jurisdiction"), get(c, "destination"))),
                rule("fr.rule.npl", 10, FairRecruitmentRules::nepalGoverns,
                        c -> c.met("fr.rule.npl", "FR_RULE_NPL", get(c, "destination"),
                                property(get(c, "nepal"), "since"))),
                rule("fr.rule.phl", 10, FairRecruitmentRules::philippinesGoverns,
                        c -> c.met("fr.rule.phl", "FR_RULE_PHL", property(get(c, "philippines"), "since"))),
                rule("fr.rule.bgd", 10, c -> ceiling(c) != null,
                        c -> c.met("fr.rule.bgd", "FR_RULE_BGD", get(c, "destination"), property(ceiling(c), "text"),
                                property(ceiling(c), "since"))),

                // ---- the international rule: nothing may be charged
                rule("fr.fees.none", 20, c -> internationalRuleGoverns(c) && !anyPaid(c),
                        c -> c.met("fr.fees.none", "FR_NO_FEES")),
                rule("fr.fees.charged", 20, c -> internationalRuleGoverns(c) && anyPaid(c),
                        c -> c.notMet("fr.fees.charged", "FR_FEES_CHARGED", get(c, "itemsPaid"))),

                // ---- costs a national rule does not address stay under the international rule
                rule("fr.other-costs.none", 60, c -> nationalRuleLeavesCosts(c) && !paidOutsideNationalRule(c),
                        c -> c.met("fr.other-costs.none", "FR_OTHER_COSTS_NONE",
                                property(nationalRule(c), "coveredItemsText"))),
                rule("fr.other-costs.charged", 60, c -> nationalRuleLeavesCosts(c) && paidOutsideNationalRule(c),
                        c -> c.notMet("fr.other-costs.charged", "FR_OTHER_COSTS_CHARGED",
                                call(c.fact(), "itemsPaidOutside", property(nationalRule(c), "coveredItems")))),

                // ---- Nepal: free visa, free ticket
                rule("fr.npl.visa-ticket.employer-paid", 30, c -> nepalGoverns(c) && !paidEmployerItems(c),
                        c -> c.met("fr.npl.visa-ticket.employer-paid", "FR_NPL_VISA_TICKET_EMPLOYER",
                                get(c, "destination"))),
                rule("fr.npl.visa-ticket.charged", 30, c -> nepalGoverns(c) && paidEmployerItems(c),
                        c -> c.notMet("fr.npl.visa-ticket.charged", "FR_NPL_VISA_TICKET_CHARGED",
                                call(c.fact(), "itemsPaidAmong", property(get(c, "nepal"), "employerPaidItems")),
                                get(c, "destination"))),
                rule("fr.npl.service-charge.none", 40,
                        c -> nepalGoverns(c) && !anyPaid(c, CostType.SERVICE_CHARGE),
                        c -> c.met("fr.npl.service-charge.none", "FR_NPL_NO_SERVICE_CHARGE")),
                rule("fr.npl.service-charge.no-written-refusal", 40,
                        c -> nepalGoverns(c) && !is(c, "employerDeclinedToPay") && anyPaid(c, CostType.SERVICE_CHARGE),
                        c -> c.notMet("fr.npl.service-charge.no-written-refusal",
                                "FR_NPL_SERVICE_CHARGE_WITHOUT_REFUSAL", text(serviceChargePaid(c)))),
                rule("fr.npl.service-charge.above-cap", 40,
                        c -> nepalServiceChargeAllowed(c) && above(serviceChargePaid(c), serviceChargeCap(c)),
                        c -> c.notMet("fr.npl.service-charge.above-cap", "FR_NPL_SERVICE_CHARGE_ABOVE_CAP",
                                text(serviceChargePaid(c)), property(serviceChargeCap(c), "text"))),
                rule("fr.npl.service-charge.within-cap", 40,
                        c -> nepalServiceChargeAllowed(c) && within(serviceChargePaid(c), serviceChargeCap(c))
                                && rateKnown(serviceChargePaid(c)),
                        c -> c.met("fr.npl.service-charge.within-cap", "FR_NPL_SERVICE_CHARGE_WITHIN_CAP",
                                text(serviceChargePaid(c)), property(serviceChargeCap(c), "text"))),
                rule("fr.npl.service-charge.rate-unknown", 40,
                        c -> nepalServiceChargeAllowed(c) && within(serviceChargePaid(c), serviceChargeCap(c))
                                && !rateKnown(serviceChargePaid(c)),
                        c -> c.unknown("fr.npl.service-charge.rate-unknown", "FR_NPL_SERVICE_CHARGE_RATE_UNKNOWN",
                                missingRatePath(serviceChargePaid(c)))),
                rule("fr.npl.worker-costs.allowed", 50,
                        c -> nepalGoverns(c) && within(welfareFundPaid(c), welfareFund(c))
                                && rateKnown(welfareFundPaid(c)),
                        c -> c.met("fr.npl.worker-costs.allowed", "FR_NPL_WORKER_COSTS_ALLOWED",
                                property(get(c, "nepal"), "workerPaidItemsText"), property(welfareFund(c), "text"))),
                rule("fr.npl.worker-costs.welfare-fund-above", 50,
                        c -> nepalGoverns(c) && above(welfareFundPaid(c), welfareFund(c)),
                        c -> c.notMet("fr.npl.worker-costs.welfare-fund-above", "FR_NPL_WELFARE_FUND_ABOVE",
                                text(welfareFundPaid(c)), property(welfareFund(c), "text"))),
                rule("fr.npl.worker-costs.rate-unknown", 50,
                        c -> nepalGoverns(c) && within(welfareFundPaid(c), welfareFund(c))
                                && !rateKnown(welfareFundPaid(c)),
                        c -> c.unknown("fr.npl.worker-costs.rate-unknown", "FR_NPL_WORKER_COSTS_RATE_UNKNOWN",
                                missingRatePath(welfareFundPaid(c)))),

                // ---- the Philippines: placement fee
                rule("fr.phl.placement-fee.none", 30,
                        c -> philippinesGoverns(c) && !anyPaid(c, CostType.SERVICE_CHARGE),
                        c -> c.met("fr.phl.placement-fee.none", "FR_PHL_NO_PLACEMENT_FEE")),
                rule("fr.phl.placement-fee.household", 30,
                        c -> placementFeePaid(c) && householdZeroFee(c),
                        c -> c.notMet("fr.phl.placement-fee.household", "FR_PHL_ZERO_FEE_HOUSEHOLD",
                                placementFeeText(c))),
                rule("fr.phl.placement-fee.g2g", 30,
                        c -> placementFeePaid(c) && !householdZeroFee(c) && g2gZeroFee(c),
                        c -> c.notMet("fr.phl.placement-fee.g2g", "FR_PHL_ZERO_FEE_G2G", placementFeeText(c))),
                rule("fr.phl.placement-fee.destination-ban", 30,
                        c -> placementFeePaid(c) && !householdZeroFee(c) && !g2gZeroFee(c) && destinationBarsFees(c),
                        c -> c.notMet("fr.phl.placement-fee.destination-ban", "FR_PHL_ZERO_FEE_DESTINATION",
                                placementFeeText(c), get(c, "destination"))),
                rule("fr.phl.placement-fee.salary-unknown", 30, c -> placementFeeCapped(c) && salary(c) == null,
                        c -> c.unknown("fr.phl.placement-fee.salary-unknown", "FR_PHL_SALARY_UNKNOWN",
                                "$.recruitment.monthlyBasicSalary")),
                rule("fr.phl.placement-fee.above-cap", 30,
                        c -> placementFeeCapped(c) && salary(c) != null
                                && amount(placementFeeInSalaryCurrency(c)).compareTo(placementFeeCap(c)) > 0,
                        c -> c.notMet("fr.phl.placement-fee.above-cap", "FR_PHL_PLACEMENT_FEE_ABOVE_CAP",
                                placementFeeCapArgs(c))),
                rule("fr.phl.placement-fee.within-cap", 30,
                        c -> placementFeeCapped(c) && salary(c) != null
                                && amount(placementFeeInSalaryCurrency(c)).compareTo(placementFeeCap(c)) <= 0
                                && rateKnown(placementFeeInSalaryCurrency(c)),
                        c -> c.met("fr.phl.placement-fee.within-cap", "FR_PHL_PLACEMENT_FEE_WITHIN_CAP",
                                placementFeeCapArgs(c))),
                rule("fr.phl.placement-fee.rate-unknown", 30,
                        c -> placementFeeCapped(c) && salary(c) != null
                                && amount(placementFeeInSalaryCurrency(c)).compareTo(placementFeeCap(c)) <= 0
                                && !rateKnown(placementFeeInSalaryCurrency(c)),
                        c -> c.unknown("fr.phl.placement-fee.rate-unknown", "FR_PHL_PLACEMENT_FEE_RATE_UNKNOWN",
                                missingRatePath(placementFeeInSalaryCurrency(c)))),

                // ---- Bangladesh: government ceilings by destination; women workers cost-free
                rule("fr.bgd.ceiling.nothing-paid", 30, c -> ceiling(c) != null && !anyPaid(c),
                        c -> c.met("fr.bgd.ceiling.nothing-paid", "FR_BGD_NOTHING_PAID", property(ceiling(c), "text"))),
                rule("fr.bgd.ceiling.above", 30,
                        c -> ceiling(c) != null && anyPaid(c) && above(paidInAll(c), ceiling(c)),
                        c -> c.notMet("fr.bgd.ceiling.above", "FR_BGD_ABOVE_CEILING", text(paidInAll(c)),
                                property(ceiling(c), "text"), get(c, "destination"))),
                rule("fr.bgd.ceiling.within", 30,
                        c -> ceiling(c) != null && anyPaid(c) && within(paidInAll(c), ceiling(c))
                                && rateKnown(paidInAll(c)),
                        c -> c.met("fr.bgd.ceiling.within", "FR_BGD_WITHIN_CEILING", text(paidInAll(c)),
                                property(ceiling(c), "text"), get(c, "destination"))),
                rule("fr.bgd.ceiling.rate-unknown", 30,
                        c -> ceiling(c) != null && anyPaid(c) && within(paidInAll(c), ceiling(c))
                                && !rateKnown(paidInAll(c)),
                        c -> c.unknown("fr.bgd.ceiling.rate-unknown", "FR_BGD_CEILING_RATE_UNKNOWN",
                                missingRatePath(paidInAll(c)))),
                rule("fr.bgd.women.nothing-paid", 40, c -> ceiling(c) != null && !anyPaid(c),
                        c -> c.met("fr.bgd.women.nothing-paid", "FR_BGD_WOMEN_NOTHING_PAID")),
                rule("fr.bgd.women.charged", 40, c -> ceiling(c) != null && anyPaid(c) && get(c, "sex") == Sex.F,
                        c -> c.notMet("fr.bgd.women.charged", "FR_BGD_WOMEN_CHARGED", get(c, "itemsPaid"))),
                rule("fr.bgd.women.sex-unknown", 40, c -> ceiling(c) != null && anyPaid(c) && get(c, "sex") == null,
                        c -> c.unknown("fr.bgd.women.sex-unknown", "FR_BGD_SEX_UNKNOWN", "$.person.sex")),
                rule("fr.bgd.women.not-applicable", 40,
                        c -> ceiling(c) != null && anyPaid(c) && get(c, "sex") != null && get(c, "sex") != Sex.F,
                        c -> c.met("fr.bgd.women.not-applicable", "FR_BGD_WOMEN_NOT_APPLICABLE")),

                // ---- SDG 10.7.1: recruitment cost borne by the worker / first month's earnings
                rule("fr.sdg1071.ratio", 90, c -> get(c, "sdg1071Ratio") != null,
                        c -> c.met("fr.sdg1071.ratio", "FR_SDG1071_RATIO", get(c, "sdg1071Ratio"),
                                get(c, "costTotalText"), get(c, "earningsText"))),
                rule("fr.sdg1071.earnings-unknown", 90, c -> get(c, "firstMonthEarnings") == null,
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

    // ---- which rule governs the recruitment

    /** The national fee rule in force in the jurisdiction's pack, or null. */
    private static Object nationalRule(RuleCase c) {
        return get(c, "nationalRule");
    }

    /** A national rule governs the workers recruited in its own state. */
    private static boolean recruitedInJurisdiction(RuleCase c) {
        return get(c, "origin").equals(get(c, "jurisdiction"));
    }

    /** The national rule governs work in the recruitment's destination. */
    private static boolean covers(Object nationalRule, RuleCase c) {
        return flag(nationalRule, "everyDestination")
                || ((Collection<?>) property(nationalRule, "destinations")).contains(get(c, "destination"));
    }

    /** No national exception governs the recruitment: nothing may be charged. */
    private static boolean internationalRuleGoverns(RuleCase c) {
        return nationalRule(c) == null || !recruitedInJurisdiction(c) || !covers(nationalRule(c), c);
    }

    /** A national rule governs the recruitment and leaves the costs it does not address forbidden. */
    private static boolean nationalRuleLeavesCosts(RuleCase c) {
        Object rule = nationalRule(c);
        return rule != null && recruitedInJurisdiction(c) && !flag(rule, "allInclusive") && covers(rule, c);
    }

    private static boolean nepalGoverns(RuleCase c) {
        Object nepal = get(c, "nepal");
        return nepal != null && recruitedInJurisdiction(c)
                && ((Collection<?>) property(nepal, "destinations")).contains(get(c, "destination"));
    }

    private static boolean philippinesGoverns(RuleCase c) {
        return get(c, "philippines") != null && recruitedInJurisdiction(c);
    }

    /** Bangladesh's ceiling for the destination, where its rule governs the recruitment; else null. */
    private static Object ceiling(RuleCase c) {
        return get(c, "bangladesh") != null && recruitedInJurisdiction(c) ? get(c, "ceiling") : null;
    }

    // ---- what was paid

    /** The cost items the worker paid something for. */
    private static Collection<?> paidItems(RuleCase c) {
        return (Collection<?>) get(c, "paidItems");
    }

    /** The worker paid something. */
    private static boolean anyPaid(RuleCase c) {
        return !paidItems(c).isEmpty();
    }

    /** The worker paid something for {@code item}. */
    private static boolean anyPaid(RuleCase c, CostType item) {
        return paidItems(c).contains(item);
    }

    /** The worker paid for an item the national rule does not address. */
    private static boolean paidOutsideNationalRule(RuleCase c) {
        Collection<?> covered = (Collection<?>) property(nationalRule(c), "coveredItems");
        for (Object item : paidItems(c)) {
            if (!covered.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** The worker paid for an item Nepal's rule puts on the employer (visa, air ticket). */
    private static boolean paidEmployerItems(RuleCase c) {
        Collection<?> employerPaid = (Collection<?>) property(get(c, "nepal"), "employerPaidItems");
        for (Object item : paidItems(c)) {
            if (employerPaid.contains(item)) {
                return true;
            }
        }
        return false;
    }

    /** What the worker paid for {@code item}, measured in {@code currency}: amount, missing rate, text. */
    private static Object paidFor(RuleCase c, CostType item, String currency) {
        return call(c.fact(), "paidFor", item, currency);
    }

    private static Object paidInAll(RuleCase c) {
        return call(c.fact(), "paidInAll", property(ceiling(c), "currency"));
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

    private static Object serviceChargeCap(RuleCase c) {
        return property(get(c, "nepal"), "serviceChargeCap");
    }

    private static Object welfareFund(RuleCase c) {
        return property(get(c, "nepal"), "welfareFund");
    }

    /** A service charge was paid after the employer's written refusal to pay it: allowed up to the cap. */
    private static boolean nepalServiceChargeAllowed(RuleCase c) {
        return nepalGoverns(c) && is(c, "employerDeclinedToPay") && anyPaid(c, CostType.SERVICE_CHARGE);
    }

    private static Object serviceChargePaid(RuleCase c) {
        return paidFor(c, CostType.SERVICE_CHARGE, (String) property(serviceChargeCap(c), "currency"));
    }

    private static Object welfareFundPaid(RuleCase c) {
        return paidFor(c, CostType.WELFARE_FUND, (String) property(welfareFund(c), "currency"));
    }

    // ---- the Philippines

    private static Object philippines(RuleCase c) {
        return get(c, "philippines");
    }

    private static Money salary(RuleCase c) {
        return (Money) get(c, "monthlyBasicSalary");
    }

    /** The Philippine rule governs the recruitment and a placement fee was paid. */
    private static boolean placementFeePaid(RuleCase c) {
        return philippinesGoverns(c) && anyPaid(c, CostType.SERVICE_CHARGE);
    }

    private static boolean householdZeroFee(RuleCase c) {
        return is(c, "householdService") && flag(philippines(c), "householdZeroFee");
    }

    private static boolean g2gZeroFee(RuleCase c) {
        return is(c, "governmentToGovernment") && flag(philippines(c), "g2gZeroFee");
    }

    private static boolean destinationBarsFees(RuleCase c) {
        return ((Collection<?>) property(philippines(c), "feeBanDestinations")).contains(get(c, "destination"));
    }

    /** A placement fee was paid where no ground bars it: it is allowed up to the cap. */
    private static boolean placementFeeCapped(RuleCase c) {
        return placementFeePaid(c) && !householdZeroFee(c) && !g2gZeroFee(c) && !destinationBarsFees(c);
    }

    private static Object placementFeeInSalaryCurrency(RuleCase c) {
        return paidFor(c, CostType.SERVICE_CHARGE, salary(c).currency());
    }

    /** The cap for this worker: the monthly basic salary times the months the rule allows. */
    private static BigDecimal placementFeeCap(RuleCase c) {
        Object months = property(philippines(c), "placementFeeCap");
        return salary(c).amount().multiply((BigDecimal) property(months, "months"));
    }

    private static Object placementFeeText(RuleCase c) {
        return call(c.fact(), "paidText", CostType.SERVICE_CHARGE, salary(c));
    }

    private static Object[] placementFeeCapArgs(RuleCase c) {
        return new Object[] {text(placementFeeInSalaryCurrency(c)), call(philippines(c), "capText", salary(c)),
                property(property(philippines(c), "placementFeeCap"), "text")};
    }
}
