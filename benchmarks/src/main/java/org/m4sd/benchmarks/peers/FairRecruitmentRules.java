package org.m4sd.benchmarks.peers;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.m4sd.rules.internal.employment.FairRecruitmentCase;

/** employment.fair-recruitment as Easy Rules: one rule per rule of {@code fair-recruitment.drl}, same names. */
final class FairRecruitmentRules {
    private FairRecruitmentRules() {
    }

    /** A rule that, as every DRL rule but {@code fr.facts.missing}, needs the recruitment facts. */
    private static Rule rule(String name, int order, Predicate<FairRecruitmentCase> when,
            Consumer<FairRecruitmentCase> then) {
        return EasyRulesDecider.rule(FairRecruitmentCase.class, name, order,
                c -> c.isRecruitmentPresent() && when.test(c), then);
    }

    private static Predicate<FairRecruitmentCase> regime(String regime) {
        return c -> regime.equals(c.getRegime());
    }

    private static Predicate<FairRecruitmentCase> national(String regime) {
        return c -> "NATIONAL".equals(c.getRegimeNote()) && regime.equals(c.getRegime());
    }

    static Rules rules() {
        Predicate<FairRecruitmentCase> npl = regime("NPL");
        Predicate<FairRecruitmentCase> phl = regime("PHL");
        Predicate<FairRecruitmentCase> bgd = regime("BGD");
        Predicate<FairRecruitmentCase> nplCharge = npl.and(FairRecruitmentCase::isServiceChargePaid)
                .and(FairRecruitmentCase::isEmployerDeclinedToPay);
        Predicate<FairRecruitmentCase> phlCapped = phl.and(FairRecruitmentCase::isPlacementFeePaid)
                .and(c -> "NONE".equals(c.getZeroFeeReason()));
        Predicate<FairRecruitmentCase> bgdPaid = bgd.and(FairRecruitmentCase::isAnyPaid);
        return new Rules(
                // facts
                EasyRulesDecider.rule(FairRecruitmentCase.class, "fr.facts.missing", 1, c -> !c.isRecruitmentPresent(),
                        c -> c.unknown("fr.facts.missing", "FR_RECRUITMENT_MISSING", "$.recruitment")),
                // which rule applies
                rule("fr.rule.international", 10, c -> "NO_NATIONAL_RULE".equals(c.getRegimeNote()),
                        c -> c.met("fr.rule.international", "FR_RULE_INTERNATIONAL", c.getJurisdiction())),
                rule("fr.rule.origin-elsewhere", 10, c -> "ORIGIN_ELSEWHERE".equals(c.getRegimeNote()),
                        c -> c.met("fr.rule.origin-elsewhere", "FR_RULE_ORIGIN_ELSEWHERE", c.getOrigin(),
                                c.getJurisdiction())),
                rule("fr.rule.destination-not-covered", 10, c -> "DESTINATION_NOT_COVERED".equals(c.getRegimeNote()),
                        c -> c.met("fr.rule.destination-not-covered", "FR_RULE_DESTINATION_NOT_COVERED",
                                c.getJurisdiction(), c.getDestination())),
                rule("fr.rule.npl", 10, national("NPL"),
                        c -> c.met("fr.rule.npl", "FR_RULE_NPL", c.getDestination(), c.getRuleSince())),
                rule("fr.rule.phl", 10, national("PHL"),
                        c -> c.met("fr.rule.phl", "FR_RULE_PHL", c.getRuleSince())),
                rule("fr.rule.bgd", 10, national("BGD"),
                        c -> c.met("fr.rule.bgd", "FR_RULE_BGD", c.getDestination(), c.getCeilingText(),
                                c.getRuleSince())),
                // the international rule
                rule("fr.fees.none", 20, regime("INTERNATIONAL").and(c -> !c.isAnyPaid()),
                        c -> c.met("fr.fees.none", "FR_NO_FEES")),
                rule("fr.fees.charged", 20, regime("INTERNATIONAL").and(FairRecruitmentCase::isAnyPaid),
                        c -> c.notMet("fr.fees.charged", "FR_FEES_CHARGED", c.getItemsPaid())),
                // costs a national rule does not address
                rule("fr.other-costs.none", 60, npl.or(phl).and(c -> !c.isResidualPaid()),
                        c -> c.met("fr.other-costs.none", "FR_OTHER_COSTS_NONE", c.getCoveredItems())),
                rule("fr.other-costs.charged", 60, npl.or(phl).and(FairRecruitmentCase::isResidualPaid),
                        c -> c.notMet("fr.other-costs.charged", "FR_OTHER_COSTS_CHARGED", c.getResidualItems())),
                // Nepal
                rule("fr.npl.visa-ticket.employer-paid", 30, npl.and(c -> !c.isVisaTicketPaid()),
                        c -> c.met("fr.npl.visa-ticket.employer-paid", "FR_NPL_VISA_TICKET_EMPLOYER",
                                c.getDestination())),
                rule("fr.npl.visa-ticket.charged", 30, npl.and(FairRecruitmentCase::isVisaTicketPaid),
                        c -> c.notMet("fr.npl.visa-ticket.charged", "FR_NPL_VISA_TICKET_CHARGED",
                                c.getVisaTicketItems(), c.getDestination())),
                rule("fr.npl.service-charge.none", 40, npl.and(c -> !c.isServiceChargePaid()),
                        c -> c.met("fr.npl.service-charge.none", "FR_NPL_NO_SERVICE_CHARGE")),
                rule("fr.npl.service-charge.no-written-refusal", 40,
                        npl.and(FairRecruitmentCase::isServiceChargePaid).and(c -> !c.isEmployerDeclinedToPay()),
                        c -> c.notMet("fr.npl.service-charge.no-written-refusal",
                                "FR_NPL_SERVICE_CHARGE_WITHOUT_REFUSAL", c.getServiceChargePaidText())),
                rule("fr.npl.service-charge.above-cap", 40,
                        nplCharge.and(c -> "EXCEEDED".equals(c.getServiceChargeCheck())),
                        c -> c.notMet("fr.npl.service-charge.above-cap", "FR_NPL_SERVICE_CHARGE_ABOVE_CAP",
                                c.getServiceChargePaidText(), c.getServiceChargeCapText())),
                rule("fr.npl.service-charge.within-cap", 40,
                        nplCharge.and(c -> "WITHIN".equals(c.getServiceChargeCheck())),
                        c -> c.met("fr.npl.service-charge.within-cap", "FR_NPL_SERVICE_CHARGE_WITHIN_CAP",
                                c.getServiceChargePaidText(), c.getServiceChargeCapText())),
                rule("fr.npl.service-charge.rate-unknown", 40,
                        nplCharge.and(c -> "UNKNOWN".equals(c.getServiceChargeCheck())),
                        c -> c.unknown("fr.npl.service-charge.rate-unknown", "FR_NPL_SERVICE_CHARGE_RATE_UNKNOWN",
                                c.getServiceChargeMissingPath())),
                rule("fr.npl.worker-costs.allowed", 50, npl.and(c -> "WITHIN".equals(c.getWelfareFundCheck())),
                        c -> c.met("fr.npl.worker-costs.allowed", "FR_NPL_WORKER_COSTS_ALLOWED",
                                c.getWorkerCostItems(), c.getWelfareFundCapText())),
                rule("fr.npl.worker-costs.welfare-fund-above", 50,
                        npl.and(c -> "EXCEEDED".equals(c.getWelfareFundCheck())),
                        c -> c.notMet("fr.npl.worker-costs.welfare-fund-above", "FR_NPL_WELFARE_FUND_ABOVE",
                                c.getWelfareFundPaidText(), c.getWelfareFundCapText())),
                rule("fr.npl.worker-costs.rate-unknown", 50, npl.and(c -> "UNKNOWN".equals(c.getWelfareFundCheck())),
                        c -> c.unknown("fr.npl.worker-costs.rate-unknown", "FR_NPL_WORKER_COSTS_RATE_UNKNOWN",
                                c.getWelfareFundMissingPath())),
                // the Philippines
                rule("fr.phl.placement-fee.none", 30, phl.and(c -> !c.isPlacementFeePaid()),
                        c -> c.met("fr.phl.placement-fee.none", "FR_PHL_NO_PLACEMENT_FEE")),
                rule("fr.phl.placement-fee.household", 30,
                        phl.and(FairRecruitmentCase::isPlacementFeePaid).and(c -> "HOUSEHOLD".equals(c.getZeroFeeReason())),
                        c -> c.notMet("fr.phl.placement-fee.household", "FR_PHL_ZERO_FEE_HOUSEHOLD",
                                c.getPlacementFeePaidText())),
                rule("fr.phl.placement-fee.g2g", 30,
                        phl.and(FairRecruitmentCase::isPlacementFeePaid).and(c -> "G2G".equals(c.getZeroFeeReason())),
                        c -> c.notMet("fr.phl.placement-fee.g2g", "FR_PHL_ZERO_FEE_G2G", c.getPlacementFeePaidText())),
                rule("fr.phl.placement-fee.destination-ban", 30,
                        phl.and(FairRecruitmentCase::isPlacementFeePaid)
                                .and(c -> "DESTINATION".equals(c.getZeroFeeReason())),
                        c -> c.notMet("fr.phl.placement-fee.destination-ban", "FR_PHL_ZERO_FEE_DESTINATION",
                                c.getPlacementFeePaidText(), c.getDestination())),
                rule("fr.phl.placement-fee.salary-unknown", 30,
                        phlCapped.and(c -> "NO_SALARY".equals(c.getPlacementFeeCheck())),
                        c -> c.unknown("fr.phl.placement-fee.salary-unknown", "FR_PHL_SALARY_UNKNOWN",
                                c.getPlacementFeeMissingPath())),
                rule("fr.phl.placement-fee.above-cap", 30,
                        phlCapped.and(c -> "EXCEEDED".equals(c.getPlacementFeeCheck())),
                        c -> c.notMet("fr.phl.placement-fee.above-cap", "FR_PHL_PLACEMENT_FEE_ABOVE_CAP",
                                c.getPlacementFeePaidText(), c.getPlacementFeeCapText(), c.getPlacementFeeMonths())),
                rule("fr.phl.placement-fee.within-cap", 30,
                        phlCapped.and(c -> "WITHIN".equals(c.getPlacementFeeCheck())),
                        c -> c.met("fr.phl.placement-fee.within-cap", "FR_PHL_PLACEMENT_FEE_WITHIN_CAP",
                                c.getPlacementFeePaidText(), c.getPlacementFeeCapText(), c.getPlacementFeeMonths())),
                rule("fr.phl.placement-fee.rate-unknown", 30,
                        phlCapped.and(c -> "UNKNOWN".equals(c.getPlacementFeeCheck())),
                        c -> c.unknown("fr.phl.placement-fee.rate-unknown", "FR_PHL_PLACEMENT_FEE_RATE_UNKNOWN",
                                c.getPlacementFeeMissingPath())),
                // Bangladesh
                rule("fr.bgd.ceiling.nothing-paid", 30, bgd.and(c -> !c.isAnyPaid()),
                        c -> c.met("fr.bgd.ceiling.nothing-paid", "FR_BGD_NOTHING_PAID", c.getCeilingText())),
                rule("fr.bgd.ceiling.above", 30, bgdPaid.and(c -> "EXCEEDED".equals(c.getCeilingCheck())),
                        c -> c.notMet("fr.bgd.ceiling.above", "FR_BGD_ABOVE_CEILING", c.getCeilingPaidText(),
                                c.getCeilingText(), c.getDestination())),
                rule("fr.bgd.ceiling.within", 30, bgdPaid.and(c -> "WITHIN".equals(c.getCeilingCheck())),
                        c -> c.met("fr.bgd.ceiling.within", "FR_BGD_WITHIN_CEILING", c.getCeilingPaidText(),
                                c.getCeilingText(), c.getDestination())),
                rule("fr.bgd.ceiling.rate-unknown", 30, bgdPaid.and(c -> "UNKNOWN".equals(c.getCeilingCheck())),
                        c -> c.unknown("fr.bgd.ceiling.rate-unknown", "FR_BGD_CEILING_RATE_UNKNOWN",
                                c.getCeilingMissingPath())),
                rule("fr.bgd.women.nothing-paid", 40, bgd.and(c -> !c.isAnyPaid()),
                        c -> c.met("fr.bgd.women.nothing-paid", "FR_BGD_WOMEN_NOTHING_PAID")),
                rule("fr.bgd.women.charged", 40, bgdPaid.and(c -> "F".equals(c.getSex())),
                        c -> c.notMet("fr.bgd.women.charged", "FR_BGD_WOMEN_CHARGED", c.getItemsPaid())),
                rule("fr.bgd.women.sex-unknown", 40, bgdPaid.and(c -> "UNKNOWN".equals(c.getSex())),
                        c -> c.unknown("fr.bgd.women.sex-unknown", "FR_BGD_SEX_UNKNOWN", "$.person.sex")),
                rule("fr.bgd.women.not-applicable", 40,
                        bgdPaid.and(c -> "M".equals(c.getSex()) || "X".equals(c.getSex())),
                        c -> c.met("fr.bgd.women.not-applicable", "FR_BGD_WOMEN_NOT_APPLICABLE")),
                // SDG 10.7.1
                rule("fr.sdg1071.ratio", 90, c -> "COMPUTED".equals(c.getRatioStatus()),
                        c -> c.met("fr.sdg1071.ratio", "FR_SDG1071_RATIO", c.getRatio(), c.getCostTotal(),
                                c.getEarnings())),
                rule("fr.sdg1071.earnings-unknown", 90, c -> "NO_EARNINGS".equals(c.getRatioStatus()),
                        c -> c.unknown("fr.sdg1071.earnings-unknown", "FR_SDG1071_EARNINGS_UNKNOWN",
                                c.getRatioMissingPath())),
                rule("fr.sdg1071.earnings-zero", 90, c -> "ZERO_EARNINGS".equals(c.getRatioStatus()),
                        c -> c.unknown("fr.sdg1071.earnings-zero", "FR_SDG1071_EARNINGS_ZERO",
                                c.getRatioMissingPath())),
                rule("fr.sdg1071.rate-unknown", 90, c -> "NO_RATE".equals(c.getRatioStatus()),
                        c -> c.unknown("fr.sdg1071.rate-unknown", "FR_SDG1071_RATE_UNKNOWN",
                                c.getRatioMissingPath())));
    }
}
