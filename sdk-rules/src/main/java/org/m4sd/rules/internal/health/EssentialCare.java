package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.NotInForceException;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * {@code health.essential-care}: the social-protection floor's access to essential health care (ILO R202
 * paras. 5(a) and 6) as the jurisdiction defines who it covers. The coverage rule is pack data, parameter
 * {@value #COVERAGE}: {@code ALL_PERSONS} (Ecuador), {@code RESIDENTS} (the international default) or
 * {@code BY_STATUS} (Serbia: asylum seekers and refugees on equal terms, irregular migrants emergency care only).
 *
 * <p>Takes the status and the months of residence from the request and reaches the coverage in force from the
 * case; the rules in {@code health.drl} decide who is covered.
 */
public final class EssentialCare implements Determiner {
    public static final String COVERAGE = "health.essential-care.coverage";
    public static final String CHILDREN_UNDER_YEARS = "health.essential-care.children-under-years";

    @Override
    public Determination determination() {
        return Determination.HEALTH_ESSENTIAL_CARE;
    }

    @Override
    public String knowledgeBase() {
        return "health";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        Resolved resolved = packs.findParam(COVERAGE).orElseThrow(() -> new NotInForceException("$.asOf",
                "no essential-care coverage rule is in force on " + request.asOf() + " for "
                        + request.jurisdiction() + " (the international default, ILO R202, dates from its adoption)"));
        // A rule by status leaves the statuses it does not name to the international default in force.
        ParameterValue international = internationalValue(packs).orElse(null);
        Resolved children = packs.findParam(CHILDREN_UNDER_YEARS).orElseThrow(() -> new IllegalStateException(
                "no " + CHILDREN_UNDER_YEARS + " is in force on " + request.asOf() + " for " + request.jurisdiction()));
        // built once per pack value in force and international value, kept with the packs: pack data never changes
        Map<ValuesInForce, EssentialCareCoverage> built = packs.packs().cache(EssentialCare.class);
        EssentialCareCoverage coverage = built.computeIfAbsent(
                new ValuesInForce(resolved.value(), international, children.value()),
                k -> coverage(resolved, international, children.integer()));

        MigratoryStatus st = request.person().migratoryStatus();
        Integer months = request.person().residenceMonths().isPresent()
                ? request.person().residenceMonths().getAsInt() : null;
        Integer ageYears = request.person().birthDate().map(b -> Period.between(b, request.asOf()).getYears())
                .orElse(null);
        EssentialCareCase c = new EssentialCareCase(request.jurisdiction(),
                st == MigratoryStatus.UNKNOWN ? null : st.name(), months, ageYears, request.asOf(),
                IcrmwParties.of(packs).inForceFor(request.jurisdiction()), coverage);
        c.value("coverageRule", coverage.rule().name());
        c.value("coverageRuleSource", coverage.source());
        c.value("coverageRuleInternationalDefault", coverage.internationalDefault());
        return c;
    }

    private static Optional<ParameterValue> internationalValue(PackContext packs) {
        return packs.packs().international().parameter(COVERAGE).flatMap(p -> p.inForceOn(packs.asOf()));
    }

    private static EssentialCareCoverage coverage(Resolved resolved, ParameterValue international,
            int childrenUnderYears) {
        CoverageRule rule = ruleOf(resolved.value());
        Set<String> named = new LinkedHashSet<>();
        Set<String> covered = new LinkedHashSet<>();
        Set<String> emergencyOnly = new LinkedHashSet<>();
        Set<String> residenceTest = new LinkedHashSet<>();
        if (rule == CoverageRule.BY_STATUS) {
            for (Iterator<Map.Entry<String, JsonNode>> it = resolved.value().value().path("byStatus").fields();
                    it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                named.add(entry.getKey());
                switch (entry.getValue().asText()) {
                    case "COVERED" -> covered.add(entry.getKey());
                    case "EMERGENCY_ONLY" -> emergencyOnly.add(entry.getKey());
                    case "RESIDENTS" -> residenceTest.add(entry.getKey());
                    default -> throw new IllegalStateException(COVERAGE + ": unknown coverage "
                            + entry.getValue().asText() + " for " + entry.getKey());
                }
            }
            // Where no international value is in force, the floor's minimum, all residents, applies.
            CoverageRule unnamedRule = international == null ? CoverageRule.RESIDENTS : ruleOf(international);
            Set<String> unnamedGoTo = switch (unnamedRule) {
                case ALL_PERSONS -> covered;
                case RESIDENTS -> residenceTest;
                case BY_STATUS -> throw new IllegalStateException("the international " + COVERAGE + " cannot be "
                        + unnamedRule);
            };
            for (MigratoryStatus status : EnumSet.complementOf(EnumSet.of(MigratoryStatus.UNKNOWN))) {
                if (!named.contains(status.name())) {
                    unnamedGoTo.add(status.name());
                }
            }
        }
        return new EssentialCareCoverage(rule, named, covered, emergencyOnly, residenceTest, childrenUnderYears,
                EssentialCareCoverage.RESIDENT_FROM_MONTHS, cite(resolved.source()), resolved.internationalDefault());
    }

    private static CoverageRule ruleOf(ParameterValue value) {
        String rule = value.value().path("rule").asText();
        try {
            return CoverageRule.valueOf(rule);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(COVERAGE + ": unknown rule \"" + rule + "\"", e);
        }
    }

    private static String cite(Source s) {
        return s.instrument() + (s.article().isBlank() ? "" : ", art. " + s.article()) + " [" + s.status() + "]";
    }

    /**
     * The pack values in force, compared by identity: each value belongs to one pack, so it also fixes whether it
     * is the international default, and hashing a value's content on every request would cost what parsing does.
     */
    private record ValuesInForce(ParameterValue coverage, ParameterValue international, ParameterValue children) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ValuesInForce v && v.coverage == coverage && v.international == international
                    && v.children == children;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(coverage) * 31 + System.identityHashCode(international)) * 31
                    + System.identityHashCode(children);
        }
    }
}
