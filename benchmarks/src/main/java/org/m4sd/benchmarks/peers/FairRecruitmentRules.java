package org.m4sd.benchmarks.peers;

import static org.m4sd.benchmarks.peers.CaseProperties.get;
import static org.m4sd.benchmarks.peers.CaseProperties.is;
import static org.m4sd.benchmarks.peers.CaseProperties.text;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.m4sd.rules.spi.RuleCase;

/** employment.fair-recruitment as Easy Rules: one rule per rule of {@code fair-recruitment.drl}, same names. */
final class FairRecruitmentRules {
    private FairRecruitmentRules() {
    }

    /** A rule that, as every DRL rule but {@code fr.facts.missing}, needs the recruitment facts. */
    private static Rule rule(String name, int order, Predicate<RuleCase> when, Consumer<RuleCase> then) {
        return EasyRulesDecider.rule(name, order,
                c -> is(c, "recruitmentPresent") && when.test(c), then);
    }

    private static Predicate<RuleCase> regime(String regime) {
        return c -> regime.equals(get(c, "regime"));
    }

    private static Predicate<RuleCase> national(String regime) {
        return c -> "NATIONAL".equals(get(c, "regimeNote")) && regime.equals(get(c, "regime"));
    }

    static Rules rules() {
        Predicate<RuleCase> npl = regime("NPL");
        Predicate<RuleCase> phl = regime("PHL");
        Predicate<RuleCase> bgd = regime("BGD");
        Predicate<RuleCase> nplCharge = npl.and(c -> is(c, "serviceChargePaid"))
                .and(c -> is(c, "employerDeclinedToPay"));
        Predicate<RuleCase> phlCapped = phl.and(c -> is(c, "placementFeePaid"))
                .and(c -> "NONE".equals(get(c, "zeroFeeReason")));
        Predicate<RuleCase> bgdPaid = bgd.and(c -> is(c, "anyPaid"));
        return new Rules(
                // facts
                EasyRulesDecider.rule("fr.facts.missing", 1, c -> !is(c, "recruitmentPresent"),
                        c -> c.unknown("fr.facts.missing", "FR_RECRUITMENT_MISSING", "$.recruitment")),
                // which rule applies
                rule("fr.rule.international", 10, c -> "NO_NATIONAL_RULE".equals(get(c, "regimeNote")),
                        c -> c.met("fr.rule.international", "FR_RULE_INTERNATIONAL", get(c, "jurisdiction"))),
                rule("fr.rule.origin-elsewhere", 10, c -> "ORIGIN_ELSEWHERE".equals(get(c, "regimeNote")),
                        c -> c.met("fr.rule.origin-elsewhere", "FR_RULE_ORIGIN_ELSEWHERE", get(c, "origin"),
                                get(c, "jurisdiction"))),
                rule("fr.rule.destination-not-covered", 10, c -> "DESTINATION_NOT_COVERED".equals(get(c, "regimeNote")),
                        c -> c.met("fr.rule.destination-not-covered", "FR_RULE_DESTINATION_NOT_COVERED",
                                get(c, "jurisdiction"), get(c, "destination"))),
                rule("fr.rule.npl", 10, national("NPL"),
                        c -> c.met("fr.rule.npl", "FR_RULE_NPL", get(c, "destination"), get(c, "ruleSince"))),
                rule("fr.rule.phl", 10, national("PHL"),
                        c -> c.met("fr.rule.phl", "FR_RULE_PHL", get(c, "ruleSince"))),
                rule("fr.rule.bgd", 10, national("BGD"),
                        c -> c.met("fr.rule.bgd", "FR_RULE_BGD", get(c, "destination"), get(c, "ceilingText"),
                                get(c, "ruleSince"))),
                // the international rule
                rule("fr.fees.none", 20, regime("INTERNATIONAL").and(c -> !is(c, "anyPaid")),
                        c -> c.met("fr.fees.none", "FR_NO_FEES")),
                rule("fr.fees.charged", 20, regime("INTERNATIONAL").and(c -> is(c, "anyPaid")),
                        c -> c.notMet("fr.fees.charged", "FR_FEES_CHARGED", get(c, "itemsPaid"))),
                // costs a national rule does not address
                rule("fr.other-costs.none", 60, npl.or(phl).and(c -> !is(c, "residualPaid")),
                        c -> c.met("fr.other-costs.none", "FR_OTHER_COSTS_NONE", get(c, "coveredItems"))),
                rule("fr.other-costs.charged", 60, npl.or(phl).and(c -> is(c, "residualPaid")),
                        c -> c.notMet("fr.other-costs.charged", "FR_OTHER_COSTS_CHARGED", get(c, "residualItems"))),
                // Nepal
                rule("fr.npl.visa-ticket.employer-paid", 30, npl.and(c -> !is(c, "visaTicketPaid")),
                        c -> c.met("fr.npl.visa-ticket.employer-paid", "FR_NPL_VISA_TICKET_EMPLOYER",
                                get(c, "destination"))),
                rule("fr.npl.visa-ticket.charged", 30, npl.and(c -> is(c, "visaTicketPaid")),
                        c -> c.notMet("fr.npl.visa-ticket.charged", "FR_NPL_VISA_TICKET_CHARGED",
                                get(c, "visaTicketItems"), get(c, "destination"))),
                rule("fr.npl.service-charge.none", 40, npl.and(c -> !is(c, "serviceChargePaid")),
                        c -> c.met("fr.npl.service-charge.none", "FR_NPL_NO_SERVICE_CHARGE")),
                rule("fr.npl.service-charge.no-written-refusal", 40,
                        npl.and(c -> is(c, "serviceChargePaid")).and(c -> !is(c, "employerDeclinedToPay")),
                        c -> c.notMet("fr.npl.service-charge.no-written-refusal",
                                "FR_NPL_SERVICE_CHARGE_WITHOUT_REFUSAL", get(c, "serviceChargePaidText"))),
                rule("fr.npl.service-charge.above-cap", 40,
                        nplCharge.and(c -> "EXCEEDED".equals(get(c, "serviceChargeCheck"))),
                        c -> c.notMet("fr.npl.service-charge.above-cap", "FR_NPL_SERVICE_CHARGE_ABOVE_CAP",
                                get(c, "serviceChargePaidText"), get(c, "serviceChargeCapText"))),
                rule("fr.npl.service-charge.within-cap", 40,
                        nplCharge.and(c -> "WITHIN".equals(get(c, "serviceChargeCheck"))),
                        c -> c.met("fr.npl.service-charge.within-cap", "FR_NPL_SERVICE_CHARGE_WITHIN_CAP",
                                get(c, "serviceChargePaidText"), get(c, "serviceChargeCapText"))),
                rule("fr.npl.service-charge.rate-unknown", 40,
                        nplCharge.and(c -> "UNKNOWN".equals(get(c, "serviceChargeCheck"))),
                        c -> c.unknown("fr.npl.service-charge.rate-unknown", "FR_NPL_SERVICE_CHARGE_RATE_UNKNOWN",
                                text(c, "serviceChargeMissingPath"))),
                rule("fr.npl.worker-costs.allowed", 50, npl.and(c -> "WITHIN".equals(get(c, "welfareFundCheck"))),
                        c -> c.met("fr.npl.worker-costs.allowed", "FR_NPL_WORKER_COSTS_ALLOWED",
                                get(c, "workerCostItems"), get(c, "welfareFundCapText"))),
                rule("fr.npl.worker-costs.welfare-fund-above", 50,
                        npl.and(c -> "EXCEEDED".equals(get(c, "welfareFundCheck"))),
                        c -> c.notMet("fr.npl.worker-costs.welfare-fund-above", "FR_NPL_WELFARE_FUND_ABOVE",
                                get(c, "welfareFundPaidText"), get(c, "welfareFundCapText"))),
                rule("fr.npl.worker-costs.rate-unknown", 50, npl.and(c -> "UNKNOWN".equals(get(c, "welfareFundCheck"))),
                        c -> c.unknown("fr.npl.worker-costs.rate-unknown", "FR_NPL_WORKER_COSTS_RATE_UNKNOWN",
                                text(c, "welfareFundMissingPath"))),
                // the Philippines
                rule("fr.phl.placement-fee.none", 30, phl.and(c -> !is(c, "placementFeePaid")),
                        c -> c.met("fr.phl.placement-fee.none", "FR_PHL_NO_PLACEMENT_FEE")),
                rule("fr.phl.placement-fee.household", 30,
                        phl.and(c -> is(c, "placementFeePaid")).and(c -> "HOUSEHOLD".equals(get(c, "zeroFeeReason"))),
                        c -> c.notMet("fr.phl.placement-fee.household", "FR_PHL_ZERO_FEE_HOUSEHOLD",
                                get(c, "placementFeePaidText"))),
                rule("fr.phl.placement-fee.g2g", 30,
                        phl.and(c -> is(c, "placementFeePaid")).and(c -> "G2G".equals(get(c, "zeroFeeReason"))),
                        c -> c.notMet("fr.phl.placement-fee.g2g", "FR_PHL_ZERO_FEE_G2G",
                                get(c, "placementFeePaidText"))),
                rule("fr.phl.placement-fee.destination-ban", 30,
                        phl.and(c -> is(c, "placementFeePaid"))
                                .and(c -> "DESTINATION".equals(get(c, "zeroFeeReason"))),
                        c -> c.notMet("fr.phl.placement-fee.destination-ban", "FR_PHL_ZERO_FEE_DESTINATION",
                                get(c, "placementFeePaidText"), get(c, "destination"))),
                rule("fr.phl.placement-fee.salary-unknown", 30,
                        phlCapped.and(c -> "NO_SALARY".equals(get(c, "placementFeeCheck"))),
                        c -> c.unknown("fr.phl.placement-fee.salary-unknown", "FR_PHL_SALARY_UNKNOWN",
                                text(c, "placementFeeMissingPath"))),
                rule("fr.phl.placement-fee.above-cap", 30,
                        phlCapped.and(c -> "EXCEEDED".equals(get(c, "placementFeeCheck"))),
                        c -> c.notMet("fr.phl.placement-fee.above-cap", "FR_PHL_PLACEMENT_FEE_ABOVE_CAP",
                                get(c, "placementFeePaidText"), get(c, "placementFeeCapText"),
                                get(c, "placementFeeMonths"))),
                rule("fr.phl.placement-fee.within-cap", 30,
                        phlCapped.and(c -> "WITHIN".equals(get(c, "placementFeeCheck"))),
                        c -> c.met("fr.phl.placement-fee.within-cap", "FR_PHL_PLACEMENT_FEE_WITHIN_CAP",
                                get(c, "placementFeePaidText"), get(c, "placementFeeCapText"),
                                get(c, "placementFeeMonths"))),
                rule("fr.phl.placement-fee.rate-unknown", 30,
                        phlCapped.and(c -> "UNKNOWN".equals(get(c, "placementFeeCheck"))),
                        c -> c.unknown("fr.phl.placement-fee.rate-unknown", "FR_PHL_PLACEMENT_FEE_RATE_UNKNOWN",
                                text(c, "placementFeeMissingPath"))),
                // Bangladesh
                rule("fr.bgd.ceiling.nothing-paid", 30, bgd.and(c -> !is(c, "anyPaid")),
                        c -> c.met("fr.bgd.ceiling.nothing-paid", "FR_BGD_NOTHING_PAID", get(c, "ceilingText"))),
                rule("fr.bgd.ceiling.above", 30, bgdPaid.and(c -> "EXCEEDED".equals(get(c, "ceilingCheck"))),
                        c -> c.notMet("fr.bgd.ceiling.above", "FR_BGD_ABOVE_CEILING", get(c, "ceilingPaidText"),
                                get(c, "ceilingText"), get(c, "destination"))),
                rule("fr.bgd.ceiling.within", 30, bgdPaid.and(c -> "WITHIN".equals(get(c, "ceilingCheck"))),
                        c -> c.met("fr.bgd.ceiling.within", "FR_BGD_WITHIN_CEILING", get(c, "ceilingPaidText"),
                                get(c, "ceilingText"), get(c, "destination"))),
                rule("fr.bgd.ceiling.rate-unknown", 30, bgdPaid.and(c -> "UNKNOWN".equals(get(c, "ceilingCheck"))),
                        c -> c.unknown("fr.bgd.ceiling.rate-unknown", "FR_BGD_CEILING_RATE_UNKNOWN",
                                text(c, "ceilingMissingPath"))),
                rule("fr.bgd.women.nothing-paid", 40, bgd.and(c -> !is(c, "anyPaid")),
                        c -> c.met("fr.bgd.women.nothing-paid", "FR_BGD_WOMEN_NOTHING_PAID")),
                rule("fr.bgd.women.charged", 40, bgdPaid.and(c -> "F".equals(get(c, "sex"))),
                        c -> c.notMet("fr.bgd.women.charged", "FR_BGD_WOMEN_CHARGED", get(c, "itemsPaid"))),
                rule("fr.bgd.women.sex-unknown", 40, bgdPaid.and(c -> "UNKNOWN".equals(get(c, "sex"))),
                        c -> c.unknown("fr.bgd.women.sex-unknown", "FR_BGD_SEX_UNKNOWN", "$.person.sex")),
                rule("fr.bgd.women.not-applicable", 40,
                        bgdPaid.and(c -> "M".equals(get(c, "sex")) || "X".equals(get(c, "sex"))),
                        c -> c.met("fr.bgd.women.not-applicable", "FR_BGD_WOMEN_NOT_APPLICABLE")),
                // SDG 10.7.1
                rule("fr.sdg1071.ratio", 90, c -> "COMPUTED".equals(get(c, "ratioStatus")),
                        c -> c.met("fr.sdg1071.ratio", "FR_SDG1071_RATIO", get(c, "ratio"), get(c, "costTotal"),
                                get(c, "earnings"))),
                rule("fr.sdg1071.earnings-unknown", 90, c -> "NO_EARNINGS".equals(get(c, "ratioStatus")),
                        c -> c.unknown("fr.sdg1071.earnings-unknown", "FR_SDG1071_EARNINGS_UNKNOWN",
                                text(c, "ratioMissingPath"))),
                rule("fr.sdg1071.earnings-zero", 90, c -> "ZERO_EARNINGS".equals(get(c, "ratioStatus")),
                        c -> c.unknown("fr.sdg1071.earnings-zero", "FR_SDG1071_EARNINGS_ZERO",
                                text(c, "ratioMissingPath"))),
                rule("fr.sdg1071.rate-unknown", 90, c -> "NO_RATE".equals(get(c, "ratioStatus")),
                        c -> c.unknown("fr.sdg1071.rate-unknown", "FR_SDG1071_RATE_UNKNOWN",
                                text(c, "ratioMissingPath"))));
    }
}
