package org.m4sd.benchmarks.peers;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase;

/** social-security.old-age-pension as Easy Rules: one rule per rule of {@code old-age-pension.drl}, same names. */
final class PensionRules {
    private PensionRules() {
    }

    private static Rule rule(String name, int order, Predicate<OldAgePensionCase> when,
            Consumer<OldAgePensionCase> then) {
        return EasyRulesDecider.rule(OldAgePensionCase.class, name, order, when, then);
    }

    private static boolean notAnyAge(OldAgePensionCase c) {
        return !c.isAnyAgeQualifies();
    }

    private static boolean reached(OldAgePensionCase c) {
        return Boolean.TRUE.equals(c.getAgeReached());
    }

    private static boolean notReached(OldAgePensionCase c) {
        return Boolean.FALSE.equals(c.getAgeReached());
    }

    private static Object[] ageArgs(OldAgePensionCase c) {
        return new Object[] {c.getAgeYears(), c.getAgeMonths(), c.getPensionableYears(), c.getPensionableMonths(),
                c.getPensionableDate(), c.getAgeSource()};
    }

    static Rules rules() {
        return new Rules(
                // ss.pension.age
                rule("ss.pension.age.not-required", 10, OldAgePensionCase::isAnyAgeQualifies,
                        c -> c.met("ss.pension.age.not-required", "SS_AGE_NOT_REQUIRED", c.getAnyAgeMinimum(),
                                c.getUnitIndex(), c.getPathsSource())),
                rule("ss.pension.age.birth-date-unknown", 10, c -> notAnyAge(c) && !c.isBirthDateKnown(),
                        c -> c.unknown("ss.pension.age.birth-date-unknown", "SS_BIRTH_DATE_UNKNOWN",
                                "$.person.birthDate")),
                rule("ss.pension.age.sex-unknown", 10, c -> notAnyAge(c) && c.isSexMissing(),
                        c -> c.unknown("ss.pension.age.sex-unknown", "SS_SEX_UNKNOWN", "$.person.sex")),
                rule("ss.pension.age.reached", 10, c -> notAnyAge(c) && reached(c) && !c.isAgeBySchedule(),
                        c -> c.met("ss.pension.age.reached", "SS_AGE_REACHED", ageArgs(c))),
                rule("ss.pension.age.not-reached", 10, c -> notAnyAge(c) && notReached(c) && !c.isAgeBySchedule(),
                        c -> c.notMet("ss.pension.age.not-reached", "SS_AGE_NOT_REACHED", ageArgs(c))),
                rule("ss.pension.age.reached-by-schedule", 10,
                        c -> notAnyAge(c) && reached(c) && c.isAgeBySchedule(),
                        c -> c.met("ss.pension.age.reached-by-schedule", "SS_AGE_REACHED_SCHEDULE", ageArgs(c))),
                rule("ss.pension.age.not-reached-by-schedule", 10,
                        c -> notAnyAge(c) && notReached(c) && c.isAgeBySchedule(),
                        c -> c.notMet("ss.pension.age.not-reached-by-schedule", "SS_AGE_NOT_REACHED_SCHEDULE",
                                ageArgs(c))),
                // ss.pension.contributions
                rule("ss.pension.contributions.met", 20, OldAgePensionCase::isOwnQualifies,
                        c -> c.met("ss.pension.contributions.met", "SS_CONTRIB_MET", c.getOwnUnits(),
                                c.getRequiredUnits(), c.getUnitIndex(), c.getPathsSource())),
                rule("ss.pension.contributions.totalised", 20, c -> !c.isOwnQualifies() && c.isTotalQualifies(),
                        c -> c.met("ss.pension.contributions.totalised", "SS_CONTRIB_TOTALISED", c.getOwnUnits(),
                                c.getPartnerUnits(), c.getTotalUnits(), c.getRequiredUnits(), c.getUnitIndex(),
                                c.getAgreements())),
                rule("ss.pension.contributions.short-totalised", 20,
                        c -> !c.isOwnQualifies() && !c.isTotalQualifies() && c.isTotalisationUsed(),
                        c -> c.notMet("ss.pension.contributions.short-totalised", "SS_CONTRIB_SHORT_TOTALISED",
                                c.getTotalUnits(), c.getRequiredUnits(), c.getUnitIndex(), c.getOwnUnits(),
                                c.getAgreements())),
                rule("ss.pension.contributions.short", 20,
                        c -> !c.isOwnQualifies() && !c.isTotalQualifies() && !c.isTotalisationUsed(),
                        c -> c.notMet("ss.pension.contributions.short", "SS_CONTRIB_SHORT", c.getOwnUnits(),
                                c.getRequiredUnits(), c.getUnitIndex(), c.getPathsSource())),
                // ss.pension.liability (only after totalisation)
                rule("ss.pension.liability.met", 30, c -> c.isTotalQualifies() && c.isLiabilityMet(),
                        c -> c.met("ss.pension.liability.met", "SS_LIABILITY_MET", c.getOwnMonths(),
                                c.getMinOwnMonths())),
                rule("ss.pension.liability.under-minimum", 30, c -> c.isTotalQualifies() && !c.isLiabilityMet(),
                        c -> c.notMet("ss.pension.liability.under-minimum", "SS_LIABILITY_UNDER_MINIMUM",
                                c.getOwnMonths(), c.getMinOwnMonths())),
                // ss.pension.condition
                rule("ss.pension.condition.cessation", 40, OldAgePensionCase::isCessationRequired,
                        c -> c.notMet("ss.pension.condition.cessation", "SS_CONDITION_CESSATION",
                                c.getPathsSource())),
                rule("ss.pension.condition.separation", 40, OldAgePensionCase::isSeparationRequired,
                        c -> c.notMet("ss.pension.condition.separation", "SS_CONDITION_SEPARATION",
                                c.getPathsSource())),
                // ss.pension.benefit-level
                rule("ss.pension.benefit.full", 50, c -> "FULL".equals(c.getBenefitLevel()),
                        c -> c.met("ss.pension.benefit.full", "SS_LEVEL_FULL", c.getPathsSource())),
                rule("ss.pension.benefit.reduced", 50, c -> "REDUCED".equals(c.getBenefitLevel()),
                        c -> c.met("ss.pension.benefit.reduced", "SS_LEVEL_REDUCED", c.getPathsSource())),
                rule("ss.pension.benefit.proportional", 50, c -> "PROPORTIONAL".equals(c.getBenefitLevel()),
                        c -> c.met("ss.pension.benefit.proportional", "SS_LEVEL_PROPORTIONAL", c.getPathsSource())),
                rule("ss.pension.benefit.flat", 50, c -> "FLAT".equals(c.getBenefitLevel()),
                        c -> c.met("ss.pension.benefit.flat", "SS_LEVEL_FLAT", c.getFlatBand(), c.getPathsSource())),
                // ss.pension.provision
                rule("ss.pension.provision.national-more-favourable", 60,
                        c -> c.getBenefitLevel() != null && c.isOwnQualifies() && c.isPartnerPeriodsUnderAgreement(),
                        c -> c.met("ss.pension.provision.national-more-favourable", "SS_PROVISION_NATIONAL",
                                c.getOwnUnits(), c.getTotalUnits(), c.getProRataShare(), c.getUnitIndex(),
                                c.getAgreements())),
                rule("ss.pension.provision.pro-rata", 60, c -> c.getBenefitLevel() != null && c.isTotalisationUsed(),
                        c -> c.met("ss.pension.provision.pro-rata", "SS_PROVISION_PRO_RATA", c.getProRataShare(),
                                c.getOwnUnits(), c.getTotalUnits(), c.getUnitIndex())),
                // ss.pension.alternative
                rule("ss.pension.alternative.lump-sum", 70, c -> "LUMP_SUM".equals(c.getBelowMinimum()),
                        c -> c.met("ss.pension.alternative.lump-sum", "SS_ALTERNATIVE_LUMP_SUM", c.getPathsSource())),
                rule("ss.pension.alternative.refund", 70, c -> "REFUND".equals(c.getBelowMinimum()),
                        c -> c.met("ss.pension.alternative.refund", "SS_ALTERNATIVE_REFUND", c.getPathsSource())),
                // ss.pension.defaults
                rule("ss.pension.defaults.international", 90, c -> !c.getDefaultsApplied().isEmpty(),
                        c -> c.met("ss.pension.defaults.international", "SS_INTERNATIONAL_DEFAULT",
                                c.getDefaultsApplied(), c.getJurisdiction(), c.getDefaultsSource())));
    }
}
