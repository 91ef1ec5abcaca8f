package org.m4sd.benchmarks.peers;

import static org.m4sd.benchmarks.peers.CaseProperties.call;
import static org.m4sd.benchmarks.peers.CaseProperties.flag;
import static org.m4sd.benchmarks.peers.CaseProperties.get;
import static org.m4sd.benchmarks.peers.CaseProperties.is;
import static org.m4sd.benchmarks.peers.CaseProperties.number;
import static org.m4sd.benchmarks.peers.CaseProperties.property;
import static org.m4sd.benchmarks.peers.EasyRulesDecider.rule;
import static org.m4sd.benchmarks.peers.EasyRulesDecider.ruleCase;
import static org.m4sd.benchmarks.peers.EasyRulesDecider.ruleOnFacts;

import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.m4sd.rules.spi.RuleCase;

/**
 * social-security.old-age-pension as Easy Rules: one rule per pension rule of {@code socialsecurity.drl}, same
 * names, each comparing the case's measured facts (age in months, contribution units, months of own cover) with
 * the parameters in force it carries ({@code params}: whether the jurisdiction's own paths and age are encoded for
 * the date, the qualifying paths, the pensionable ages, the months of own cover for liability ...). A condition the
 * packs do not encode is reported as such ({@link RuleCase#notEncoded}). Where a DRL rule inserts a finding for later
 * rules (the period the record must reach, the path met), a rule of lower priority puts it among the facts.
 */
final class PensionRules {
    /** The contribution units the record must reach (the DRL's {@code RequiredPeriod}). */
    static final String REQUIRED_UNITS = "requiredUnits";
    /** The most demanding open path the record that reaches them meets (the DRL's {@code PathMet}). */
    static final String PATH_MET = "pathMet";

    /** Derivations run between the criteria that need them: after age (10), before contributions (20) ... */
    private static final int REQUIRED_PERIOD = 15;
    private static final int PATH = 35;

    /**
     * The pension is due: the most demanding path open at the person's age that the record which reaches the
     * required period meets.
     *
     * @param path      the path, as the case's parameters carry it
     * @param units     the contribution units of that record
     * @param provision NATIONAL (the jurisdiction's periods alone) or PRO_RATA (totalised, the jurisdiction liable)
     */
    record PathMet(Object path, long units, String provision) {
    }

    private PensionRules() {
    }

    static Rules rules() {
        return new Rules(
                // ---- ss.pension.age
                rule("ss.pension.age.not-required", 10, PensionRules::anyAgePathMet,
                        c -> c.met("ss.pension.age.not-required", "SS_AGE_NOT_REQUIRED",
                                property(param(c, "anyAgePath"), "minimum"), get(c, "unitIndex"),
                                param(c, "pathsSource"))),
                rule("ss.pension.age.not-encoded", 10, c -> !flag(params(c), "ageEncoded"),
                        c -> c.notEncoded("ss.pension.age.not-encoded", "SS_AGE_NOT_ENCODED", "ss.pension.age",
                                get(c, "jurisdiction"), get(c, "asOf"))),
                rule("ss.pension.age.birth-date-unknown", 10,
                        c -> !anyAgePathMet(c) && flag(params(c), "ageEncoded") && !birthDateKnown(c),
                        c -> c.unknown("ss.pension.age.birth-date-unknown", "SS_BIRTH_DATE_UNKNOWN",
                                "$.person.birthDate")),
                rule("ss.pension.age.sex-unknown", 10,
                        c -> !anyAgePathMet(c) && get(c, "sex") == null && flag(params(c), "pensionAgeBySex")
                                && (!birthDateKnown(c) || betweenPensionAges(c)),
                        c -> c.unknown("ss.pension.age.sex-unknown", "SS_SEX_UNKNOWN", "$.person.sex")),
                rule("ss.pension.age.reached", 10,
                        c -> !anyAgePathMet(c) && birthDateKnown(c) && pensionAgeReached(c)
                                && !flag(pensionAge(c), "bySchedule"),
                        c -> c.met("ss.pension.age.reached", "SS_AGE_REACHED", ageArgs(c, pensionAge(c)))),
                rule("ss.pension.age.not-reached", 10,
                        c -> !anyAgePathMet(c) && birthDateKnown(c) && earliestPensionAgeNotReached(c)
                                && !flag(earliestPensionAge(c), "bySchedule"),
                        c -> c.notMet("ss.pension.age.not-reached", "SS_AGE_NOT_REACHED",
                                ageArgs(c, earliestPensionAge(c)))),
                rule("ss.pension.age.reached-by-schedule", 10,
                        c -> !anyAgePathMet(c) && birthDateKnown(c) && pensionAgeReached(c)
                                && flag(pensionAge(c), "bySchedule"),
                        c -> c.met("ss.pension.age.reached-by-schedule", "SS_AGE_REACHED_SCHEDULE",
                                ageArgs(c, pensionAge(c)))),
                rule("ss.pension.age.not-reached-by-schedule", 10,
                        c -> !anyAgePathMet(c) && birthDateKnown(c) && earliestPensionAgeNotReached(c)
                                && flag(earliestPensionAge(c), "bySchedule"),
                        c -> c.notMet("ss.pension.age.not-reached-by-schedule", "SS_AGE_NOT_REACHED_SCHEDULE",
                                ageArgs(c, earliestPensionAge(c)))),
                // Where a path without an age condition is met, the decision still gives the pensionable age.
                rule("ss.pension.age.date.reached", 10,
                        c -> anyAgePathMet(c) && birthDateKnown(c) && pensionAgeReached(c),
                        c -> reportPensionableAge(c, pensionAge(c))),
                rule("ss.pension.age.date.not-reached", 10,
                        c -> anyAgePathMet(c) && birthDateKnown(c) && earliestPensionAgeNotReached(c),
                        c -> reportPensionableAge(c, earliestPensionAge(c))),

                // ---- which qualifying path applies: the period the record must reach
                // From the pensionable age (or where no path has an age condition), the lowest open minimum.
                ruleOnFacts("ss.pension.required.lowest-open-path", REQUIRED_PERIOD,
                        f -> birthDateKnown(ruleCase(f))
                                && (pensionAge(ruleCase(f)) == null || pensionAgeReached(ruleCase(f)))
                                && lowestOpenMinimum(ruleCase(f)) != null,
                        f -> f.put(REQUIRED_UNITS, lowestOpenMinimum(ruleCase(f)))),
                // Before the pensionable age, the ordinary path (DOMAIN.md 4.25).
                ruleOnFacts("ss.pension.required.ordinary-path", REQUIRED_PERIOD,
                        f -> birthDateKnown(ruleCase(f)) && pathsEncoded(ruleCase(f))
                                && earliestPensionAgeNotReached(ruleCase(f)) && !anyAgePathMet(ruleCase(f)),
                        f -> f.put(REQUIRED_UNITS, number(params(ruleCase(f)), "ordinaryMinimum"))),
                ruleOnFacts("ss.pension.required.any-age-path-met", REQUIRED_PERIOD,
                        f -> anyAgePathMet(ruleCase(f)) && (!birthDateKnown(ruleCase(f))
                                || pensionAge(ruleCase(f)) != null && !pensionAgeReached(ruleCase(f))),
                        f -> f.put(REQUIRED_UNITS, number(param(ruleCase(f), "anyAgePath"), "minimum"))),
                ruleOnFacts("ss.pension.required.age-unknown", REQUIRED_PERIOD,
                        f -> pathsEncoded(ruleCase(f)) && !anyAgePathMet(ruleCase(f)) && ageUncheckable(ruleCase(f)),
                        f -> f.put(REQUIRED_UNITS, number(params(ruleCase(f)), "lowestMinimum"))),

                // ---- ss.pension.contributions
                rule("ss.pension.contributions.not-encoded", 20, c -> !pathsEncoded(c),
                        c -> c.notEncoded("ss.pension.contributions.not-encoded", "SS_PATHS_NOT_ENCODED",
                                "ss.pension.paths", get(c, "jurisdiction"), get(c, "asOf"))),
                ruleOnFacts("ss.pension.contributions.met", 20,
                        f -> required(f) != null && units(f, "ownUnits") >= required(f),
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.met("ss.pension.contributions.met", "SS_CONTRIB_MET", get(c, "ownUnits"), required(f),
                                    get(c, "unitIndex"), param(c, "pathsSource"));
                        }),
                ruleOnFacts("ss.pension.contributions.totalised", 20,
                        f -> ownShortWithPartners(f) && units(f, "totalUnits") >= required(f),
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.met("ss.pension.contributions.totalised", "SS_CONTRIB_TOTALISED", get(c, "ownUnits"),
                                    get(c, "partnerUnits"), get(c, "totalUnits"), required(f), get(c, "unitIndex"),
                                    get(c, "agreements"));
                        }),
                ruleOnFacts("ss.pension.contributions.short-totalised", 20,
                        f -> ownShortWithPartners(f) && units(f, "totalUnits") < required(f),
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.notMet("ss.pension.contributions.short-totalised", "SS_CONTRIB_SHORT_TOTALISED",
                                    get(c, "totalUnits"), required(f), get(c, "unitIndex"), get(c, "ownUnits"),
                                    get(c, "agreements"));
                        }),
                ruleOnFacts("ss.pension.contributions.short", 20,
                        f -> required(f) != null && units(f, "ownUnits") < required(f) && units(f, "partnerUnits") == 0,
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.notMet("ss.pension.contributions.short", "SS_CONTRIB_SHORT", get(c, "ownUnits"),
                                    required(f), get(c, "unitIndex"), param(c, "pathsSource"));
                        }),

                // ---- ss.pension.record: how the record was counted (an estimate without the scheme's units)
                ruleOnFacts("ss.pension.record.estimated", 21,
                        f -> required(f) != null && is(ruleCase(f), "recordEstimated"),
                        f -> {
                            RuleCase c = ruleCase(f);
                            long maxDays = number(c.fact(), "maxDaysPerMonth");
                            if (maxDays > 0) {
                                c.met("ss.pension.record.estimated", "SS_RECORD_ESTIMATED_DAY_LIMIT",
                                        get(c, "maxDaysPerMonth"), param(c, "contributionUnitSource"));
                            } else {
                                c.met("ss.pension.record.estimated", "SS_RECORD_ESTIMATED", get(c, "unitIndex"),
                                        param(c, "contributionUnitSource"));
                            }
                        }),

                // ---- ss.pension.totalisation: one agreement at a time, the most favourable
                ruleOnFacts("ss.pension.totalisation.most-favourable", 25,
                        f -> required(f) != null && units(f, "ownUnits") < required(f)
                                && units(f, "agreementsAdding") > 1,
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.met("ss.pension.totalisation.most-favourable", "SS_TOTALISATION_ONE_AGREEMENT",
                                    get(c, "agreementsAdding"), get(c, "agreements"), get(c, "totalUnits"),
                                    get(c, "unitIndex"), get(c, "otherAgreements"));
                        }),

                // ---- ss.pension.liability (only after totalisation)
                ruleOnFacts("ss.pension.liability.met", 30,
                        f -> liable(f),
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.met("ss.pension.liability.met", "SS_LIABILITY_MET", get(c, "ownMonths"),
                                    minOwnMonths(f));
                        }),
                ruleOnFacts("ss.pension.liability.under-minimum", 30,
                        f -> totalisedRecordSuffices(f) && units(f, "ownMonths") < minOwnMonths(f),
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.notMet("ss.pension.liability.under-minimum", "SS_LIABILITY_UNDER_MINIMUM",
                                    get(c, "ownMonths"), minOwnMonths(f));
                        }),

                // ---- the pension is due: the most demanding open path the qualifying record meets
                ruleOnFacts("ss.pension.path.met.national", PATH,
                        f -> required(f) != null && units(f, "ownUnits") >= required(f)
                                && mostDemandingPathMet(ruleCase(f), units(f, "ownUnits")) != null,
                        f -> pensionDue(f, units(f, "ownUnits"), "NATIONAL")),
                ruleOnFacts("ss.pension.path.met.pro-rata", PATH,
                        f -> liable(f) && mostDemandingPathMet(ruleCase(f), units(f, "totalUnits")) != null,
                        f -> pensionDue(f, units(f, "totalUnits"), "PRO_RATA")),

                // ---- ss.pension.condition (a condition the request cannot show)
                ruleOnFacts("ss.pension.condition.cessation", 40, f -> conditionOnly(f, "CESSATION"),
                        f -> ruleCase(f).notMet("ss.pension.condition.cessation", "SS_CONDITION_CESSATION",
                                param(ruleCase(f), "pathsSource"))),
                ruleOnFacts("ss.pension.condition.separation", 40, f -> conditionOnly(f, "SEPARATION"),
                        f -> ruleCase(f).notMet("ss.pension.condition.separation", "SS_CONDITION_SEPARATION",
                                param(ruleCase(f), "pathsSource"))),

                // ---- ss.pension.benefit-level
                ruleOnFacts("ss.pension.benefit.full", 50, f -> levelMet(f, "FULL"),
                        f -> ruleCase(f).met("ss.pension.benefit.full", "SS_LEVEL_FULL",
                                param(ruleCase(f), "pathsSource"))),
                ruleOnFacts("ss.pension.benefit.proportional", 50, f -> levelMet(f, "PROPORTIONAL"),
                        f -> ruleCase(f).met("ss.pension.benefit.proportional", "SS_LEVEL_PROPORTIONAL",
                                param(ruleCase(f), "pathsSource"))),
                ruleOnFacts("ss.pension.benefit.flat", 50, f -> levelMet(f, "FLAT"),
                        f -> ruleCase(f).met("ss.pension.benefit.flat", "SS_LEVEL_FLAT",
                                param(ruleCase(f), "flatBand"), param(ruleCase(f), "pathsSource"))),

                // ---- ss.pension.provision: national law alone, or pro-rata after totalisation
                ruleOnFacts("ss.pension.provision.national-more-favourable", 60,
                        f -> provisionMet(f, "NATIONAL") && units(f, "partnerUnits") > 0,
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.met("ss.pension.provision.national-more-favourable", "SS_PROVISION_NATIONAL",
                                    get(c, "ownUnits"), get(c, "totalUnits"), get(c, "proRataShare"),
                                    get(c, "unitIndex"), get(c, "agreements"));
                        }),
                ruleOnFacts("ss.pension.provision.pro-rata", 60, f -> provisionMet(f, "PRO_RATA"),
                        f -> {
                            RuleCase c = ruleCase(f);
                            c.met("ss.pension.provision.pro-rata", "SS_PROVISION_PRO_RATA", get(c, "proRataShare"),
                                    get(c, "ownUnits"), get(c, "totalUnits"), get(c, "unitIndex"));
                        }),

                // ---- ss.pension.alternative: what the law pays below the minimum
                ruleOnFacts("ss.pension.alternative.lump-sum", 70, f -> belowMinimumPays(f, "LUMP_SUM"),
                        f -> ruleCase(f).met("ss.pension.alternative.lump-sum", "SS_ALTERNATIVE_LUMP_SUM",
                                param(ruleCase(f), "pathsSource"))),
                ruleOnFacts("ss.pension.alternative.refund", 70, f -> belowMinimumPays(f, "REFUND"),
                        f -> ruleCase(f).met("ss.pension.alternative.refund", "SS_ALTERNATIVE_REFUND",
                                param(ruleCase(f), "pathsSource"))));
    }

    // ---- the case and its parameters

    private static Object params(RuleCase c) {
        return get(c, "params");
    }

    private static Object param(RuleCase c, String name) {
        return property(params(c), name);
    }

    /** The jurisdiction's own qualifying paths are encoded for the date (C102's figures stand in for nothing). */
    private static boolean pathsEncoded(RuleCase c) {
        return flag(params(c), "pathsEncoded");
    }

    private static boolean birthDateKnown(RuleCase c) {
        return is(c, "birthDateKnown");
    }

    private static long monthsOfAge(RuleCase c) {
        return number(c.fact(), "monthsOfAge");
    }

    /** The latest pensionable age the person may have; null when no path has an age condition. */
    private static Object pensionAge(RuleCase c) {
        return param(c, "pensionAge");
    }

    /** The earliest pensionable age the person may have; null as {@link #pensionAge}. */
    private static Object earliestPensionAge(RuleCase c) {
        return param(c, "earliestPensionAge");
    }

    // ---- the tests

    /** A path without an age condition exists, and the totalised record reaches its minimum. */
    private static boolean anyAgePathMet(RuleCase c) {
        Object path = param(c, "anyAgePath");
        return path != null && number(c.fact(), "totalUnits") >= number(path, "minimum");
    }

    private static boolean pensionAgeReached(RuleCase c) {
        Object age = pensionAge(c);
        return age != null && monthsOfAge(c) >= number(age, "months");
    }

    private static boolean earliestPensionAgeNotReached(RuleCase c) {
        Object age = earliestPensionAge(c);
        return age != null && monthsOfAge(c) < number(age, "months");
    }

    /** Between the earliest and the latest pensionable age the person may have: only the sex would decide. */
    private static boolean betweenPensionAges(RuleCase c) {
        return pensionAge(c) != null && !pensionAgeReached(c) && !earliestPensionAgeNotReached(c);
    }

    private static boolean ageUncheckable(RuleCase c) {
        return !birthDateKnown(c) || betweenPensionAges(c);
    }

    /** The lowest minimum among the paths open at the person's age (a path without an age condition opens at 0). */
    private static Long lowestOpenMinimum(RuleCase c) {
        long months = monthsOfAge(c);
        Long lowest = null;
        for (Object path : paths(c)) {
            if (number(path, "ageMonths") <= months) {
                long minimum = number(path, "minimum");
                lowest = lowest == null ? minimum : Math.min(lowest, minimum);
            }
        }
        return lowest;
    }

    /** A path is open without an age condition, or once the person's known age reaches its age. */
    private static boolean open(RuleCase c, Object path) {
        return flag(path, "anyAge") || birthDateKnown(c) && number(path, "ageMonths") <= monthsOfAge(c);
    }

    /** The most demanding open path that {@code units} meet, the first in the table among equals; or null. */
    private static Object mostDemandingPathMet(RuleCase c, long units) {
        Object best = null;
        for (Object path : paths(c)) {
            if (open(c, path) && number(path, "minimum") <= units && (best == null
                    || number(path, "minimum") > number(best, "minimum")
                    || number(path, "minimum") == number(best, "minimum")
                            && number(path, "order") < number(best, "order"))) {
                best = path;
            }
        }
        return best;
    }

    private static List<?> paths(RuleCase c) {
        return (List<?>) param(c, "paths");
    }

    private static Object[] ageArgs(RuleCase c, Object pensionAge) {
        return new Object[] {get(c, "ageYears"), get(c, "ageMonths"), property(pensionAge, "years"),
                property(pensionAge, "monthsOverYears"), reportPensionableAge(c, pensionAge),
                property(pensionAge, "source")};
    }

    /** Reports the pensionable age the person's age was compared with and the day it is reached; returns that day. */
    private static Object reportPensionableAge(RuleCase c, Object pensionAge) {
        return call(c.fact(), "reportPensionableAge", pensionAge);
    }

    // ---- the facts derived along the way

    private static Long required(Facts f) {
        return f.get(REQUIRED_UNITS);
    }

    private static PathMet pathMet(Facts f) {
        return f.get(PATH_MET);
    }

    private static long units(Facts f, String property) {
        return number(ruleCase(f).fact(), property);
    }

    private static long minOwnMonths(Facts f) {
        return number(params(ruleCase(f)), "minOwnMonths");
    }

    /** The jurisdiction's periods fall short, and partner states' periods under an agreement are counted. */
    private static boolean ownShortWithPartners(Facts f) {
        return required(f) != null && units(f, "ownUnits") < required(f) && units(f, "partnerUnits") > 0;
    }

    private static boolean totalisedRecordSuffices(Facts f) {
        return ownShortWithPartners(f) && units(f, "totalUnits") >= required(f);
    }

    /** Only the totalised record suffices, and the jurisdiction has the months of own cover to be liable. */
    private static boolean liable(Facts f) {
        return totalisedRecordSuffices(f) && units(f, "ownMonths") >= minOwnMonths(f);
    }

    /** The record of {@code units} qualifies under {@code provision}: the path it meets gives the benefit. */
    private static void pensionDue(Facts f, long units, String provision) {
        RuleCase c = ruleCase(f);
        Object path = mostDemandingPathMet(c, units);
        f.put(PATH_MET, new PathMet(path, units, provision));
        c.value("benefitLevel", property(path, "level"));
        c.value("provision", provision);
    }

    /** The path met carries {@code condition}, and no open path without a condition is met by the record. */
    private static boolean conditionOnly(Facts f, String condition) {
        PathMet met = pathMet(f);
        if (met == null || !condition.equals(property(met.path(), "condition"))) {
            return false;
        }
        RuleCase c = ruleCase(f);
        for (Object path : paths(c)) {
            if (property(path, "condition") == null && open(c, path)
                    && number(path, "minimum") <= met.units()) {
                return false;
            }
        }
        return true;
    }

    private static boolean levelMet(Facts f, String level) {
        PathMet met = pathMet(f);
        return met != null && level.equals(property(met.path(), "level"));
    }

    private static boolean provisionMet(Facts f, String provision) {
        PathMet met = pathMet(f);
        return met != null && provision.equals(met.provision());
    }

    /** Even totalised, the record falls short, and the law pays {@code benefit} below the minimum. */
    private static boolean belowMinimumPays(Facts f, String benefit) {
        return required(f) != null && units(f, "totalUnits") < required(f)
                && benefit.equals(param(ruleCase(f), "belowMinimum"));
    }
}
