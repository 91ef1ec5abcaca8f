package org.m4sd.benchmarks.peers;

import static org.m4sd.benchmarks.peers.CaseProperties.get;
import static org.m4sd.benchmarks.peers.CaseProperties.is;
import static org.m4sd.benchmarks.peers.CaseProperties.text;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.m4sd.rules.spi.RuleCase;

/** social-security.old-age-pension as Easy Rules: one rule per rule of {@code old-age-pension.drl}, same names. */
final class PensionRules {
    private PensionRules() {
    }

    private static Rule rule(String name, int order, Predicate<RuleCase> when, Consumer<RuleCase> then) {
        return EasyRulesDecider.rule(name, order, when, then);
    }

    private static boolean notAnyAge(RuleCase c) {
        return !is(c, "anyAgeQualifies");
    }

    private static boolean reached(RuleCase c) {
        return Boolean.TRUE.equals(get(c, "ageReached"));
    }

    private static boolean notReached(RuleCase c) {
        return Boolean.FALSE.equals(get(c, "ageReached"));
    }

    private static Object[] ageArgs(RuleCase c) {
        return new Object[] {get(c, "ageYears"), get(c, "ageMonths"), get(c, "pensionableYears"),
                get(c, "pensionableMonths"),
                get(c, "pensionableDate"), get(c, "ageSource")};
    }

    static Rules rules() {
        return new Rules(
                // ss.pension.age
                rule("ss.pension.age.not-required", 10, c -> is(c, "anyAgeQualifies"),
                        c -> c.met("ss.pension.age.not-required", "SS_AGE_NOT_REQUIRED", get(c, "anyAgeMinimum"),
                                get(c, "unitIndex"), get(c, "pathsSource"))),
                rule("ss.pension.age.birth-date-unknown", 10, c -> notAnyAge(c) && !is(c, "birthDateKnown"),
                        c -> c.unknown("ss.pension.age.birth-date-unknown", "SS_BIRTH_DATE_UNKNOWN",
                                "$.person.birthDate")),
                rule("ss.pension.age.sex-unknown", 10, c -> notAnyAge(c) && is(c, "sexMissing"),
                        c -> c.unknown("ss.pension.age.sex-unknown", "SS_SEX_UNKNOWN", "$.person.sex")),
                rule("ss.pension.age.reached", 10, c -> notAnyAge(c) && reached(c) && !is(c, "ageBySchedule"),
                        c -> c.met("ss.pension.age.reached", "SS_AGE_REACHED", ageArgs(c))),
                rule("ss.pension.age.not-reached", 10, c -> notAnyAge(c) && notReached(c) && !is(c, "ageBySchedule"),
                        c -> c.notMet("ss.pension.age.not-reached", "SS_AGE_NOT_REACHED", ageArgs(c))),
                rule("ss.pension.age.reached-by-schedule", 10,
                        c -> notAnyAge(c) && reached(c) && is(c, "ageBySchedule"),
                        c -> c.met("ss.pension.age.reached-by-schedule", "SS_AGE_REACHED_SCHEDULE", ageArgs(c))),
                rule("ss.pension.age.not-reached-by-schedule", 10,
                        c -> notAnyAge(c) && notReached(c) && is(c, "ageBySchedule"),
                        c -> c.notMet("ss.pension.age.not-reached-by-schedule", "SS_AGE_NOT_REACHED_SCHEDULE",
                                ageArgs(c))),
                // ss.pension.contributions
                rule("ss.pension.contributions.met", 20, c -> is(c, "ownQualifies"),
                        c -> c.met("ss.pension.contributions.met", "SS_CONTRIB_MET", get(c, "ownUnits"),
                                get(c, "requiredUnits"), get(c, "unitIndex"), get(c, "pathsSource"))),
                rule("ss.pension.contributions.totalised", 20, c -> !is(c, "ownQualifies") && is(c, "totalQualifies"),
                        c -> c.met("ss.pension.contributions.totalised", "SS_CONTRIB_TOTALISED", get(c, "ownUnits"),
                                get(c, "partnerUnits"), get(c, "totalUnits"), get(c, "requiredUnits"),
                                get(c, "unitIndex"),
                                get(c, "agreements"))),
                rule("ss.pension.contributions.short-totalised", 20,
                        c -> !is(c, "ownQualifies") && !is(c, "totalQualifies") && is(c, "totalisationUsed"),
                        c -> c.notMet("ss.pension.contributions.short-totalised", "SS_CONTRIB_SHORT_TOTALISED",
                                get(c, "totalUnits"), get(c, "requiredUnits"), get(c, "unitIndex"), get(c, "ownUnits"),
                                get(c, "agreements"))),
                rule("ss.pension.contributions.short", 20,
                        c -> !is(c, "ownQualifies") && !is(c, "totalQualifies") && !is(c, "totalisationUsed"),
                        c -> c.notMet("ss.pension.contributions.short", "SS_CONTRIB_SHORT", get(c, "ownUnits"),
                                get(c, "requiredUnits"), get(c, "unitIndex"), get(c, "pathsSource"))),
                // ss.pension.liability (only after totalisation)
                rule("ss.pension.liability.met", 30, c -> is(c, "totalQualifies") && is(c, "liabilityMet"),
                        c -> c.met("ss.pension.liability.met", "SS_LIABILITY_MET", get(c, "ownMonths"),
                                get(c, "minOwnMonths"))),
                rule("ss.pension.liability.under-minimum", 30, c -> is(c, "totalQualifies") && !is(c, "liabilityMet"),
                        c -> c.notMet("ss.pension.liability.under-minimum", "SS_LIABILITY_UNDER_MINIMUM",
                                get(c, "ownMonths"), get(c, "minOwnMonths"))),
                // ss.pension.condition
                rule("ss.pension.condition.cessation", 40, c -> is(c, "cessationRequired"),
                        c -> c.notMet("ss.pension.condition.cessation", "SS_CONDITION_CESSATION",
                                get(c, "pathsSource"))),
                rule("ss.pension.condition.separation", 40, c -> is(c, "separationRequired"),
                        c -> c.notMet("ss.pension.condition.separation", "SS_CONDITION_SEPARATION",
                                get(c, "pathsSource"))),
                // ss.pension.benefit-level
                rule("ss.pension.benefit.full", 50, c -> "FULL".equals(get(c, "benefitLevel")),
                        c -> c.met("ss.pension.benefit.full", "SS_LEVEL_FULL", get(c, "pathsSource"))),
                rule("ss.pension.benefit.reduced", 50, c -> "REDUCED".equals(get(c, "benefitLevel")),
                        c -> c.met("ss.pension.benefit.reduced", "SS_LEVEL_REDUCED", get(c, "pathsSource"))),
                rule("ss.pension.benefit.proportional", 50, c -> "PROPORTIONAL".equals(get(c, "benefitLevel")),
                        c -> c.met("ss.pension.benefit.proportional", "SS_LEVEL_PROPORTIONAL", get(c, "pathsSource"))),
                rule("ss.pension.benefit.flat", 50, c -> "FLAT".equals(get(c, "benefitLevel")),
                        c -> c.met("ss.pension.benefit.flat", "SS_LEVEL_FLAT", get(c, "flatBand"),
                                get(c, "pathsSource"))),
                // ss.pension.provision
                rule("ss.pension.provision.national-more-favourable", 60,
                        c -> get(c, "benefitLevel") != null && is(c, "ownQualifies")
                                && is(c, "partnerPeriodsUnderAgreement"),
                        c -> c.met("ss.pension.provision.national-more-favourable", "SS_PROVISION_NATIONAL",
                                get(c, "ownUnits"), get(c, "totalUnits"), get(c, "proRataShare"), get(c, "unitIndex"),
                                get(c, "agreements"))),
                rule("ss.pension.provision.pro-rata", 60,
                        c -> get(c, "benefitLevel") != null && is(c, "totalisationUsed"),
                        c -> c.met("ss.pension.provision.pro-rata", "SS_PROVISION_PRO_RATA", get(c, "proRataShare"),
                                get(c, "ownUnits"), get(c, "totalUnits"), get(c, "unitIndex"))),
                // ss.pension.alternative
                rule("ss.pension.alternative.lump-sum", 70, c -> "LUMP_SUM".equals(get(c, "belowMinimum")),
                        c -> c.met("ss.pension.alternative.lump-sum", "SS_ALTERNATIVE_LUMP_SUM",
                                get(c, "pathsSource"))),
                rule("ss.pension.alternative.refund", 70, c -> "REFUND".equals(get(c, "belowMinimum")),
                        c -> c.met("ss.pension.alternative.refund", "SS_ALTERNATIVE_REFUND", get(c, "pathsSource"))),
                // ss.pension.defaults
                rule("ss.pension.defaults.international", 90,
                        c -> !text(c, "defaultsApplied").isEmpty(),
                        c -> c.met("ss.pension.defaults.international", "SS_INTERNATIONAL_DEFAULT",
                                get(c, "defaultsApplied"), get(c, "jurisdiction"), get(c, "defaultsSource"))));
    }
}
