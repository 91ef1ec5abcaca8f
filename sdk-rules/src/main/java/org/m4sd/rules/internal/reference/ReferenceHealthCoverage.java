package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * One value of the pack parameter {@value #PARAMETER}, as the pack files write it: {@code {"rule": "ALL_PERSONS"}},
 * {@code {"rule": "RESIDENTS"}} or {@code {"rule": "BY_STATUS", "byStatus": {"IRREGULAR": "EMERGENCY_ONLY", ...}}}.
 *
 * @param scope    whom the jurisdiction's rule covers
 * @param byStatus under a {@link Scope#BY_STATUS} rule, the treatment of each status the rule names; a missing node
 *                 otherwise
 */
record ReferenceHealthCoverage(Scope scope, JsonNode byStatus) {
    static final String PARAMETER = "health.essential-care.coverage";

    /** Whom a coverage rule gives essential health care; the names are those of the pack data. */
    enum Scope {
        /** Everyone, whatever migratory status or residence. */
        ALL_PERSONS,
        /** Residents: the residence test decides. */
        RESIDENTS,
        /** The person's migratory status decides, through the rule's {@code byStatus} map. */
        BY_STATUS
    }

    /** What a {@link Scope#BY_STATUS} rule gives one migratory status; the names are those of the pack data. */
    enum Treatment {
        /** Essential care on equal terms, with no residence test. */
        COVERED,
        /** No essential care; emergency care remains. */
        EMERGENCY_ONLY,
        /** The residence test decides, as under a {@link Scope#RESIDENTS} rule. */
        RESIDENTS
    }

    /** Reads a value of the parameter; a value the pack format does not allow is a pack data error. */
    static ReferenceHealthCoverage of(JsonNode value) {
        String rule = value.path("rule").asText();
        Scope scope;
        try {
            scope = Scope.valueOf(rule);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PARAMETER + ": unknown rule \"" + rule + "\"", e);
        }
        return new ReferenceHealthCoverage(scope, value.path("byStatus"));
    }

    /** The treatment this rule names for a status; empty where the rule is not by status or does not name it. */
    Optional<Treatment> treatmentNamedFor(MigratoryStatus status) {
        JsonNode named = byStatus.get(status.name());
        if (named == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Treatment.valueOf(named.asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PARAMETER + ": unknown coverage " + named.asText() + " for " + status, e);
        }
    }

    /**
     * What this rule gives a person when it stands as the default for a status a national rule does not name: the
     * international default is a rule for everyone or for residents, never a rule by status.
     */
    Treatment asDefaultTreatment() {
        return switch (scope) {
            case ALL_PERSONS -> Treatment.COVERED;
            case RESIDENTS -> Treatment.RESIDENTS;
            case BY_STATUS -> throw new IllegalStateException("the international " + PARAMETER + " cannot be "
                    + scope);
        };
    }

    /** A source as the decision shows it: instrument, article where one is given, and its V/S/B status. */
    static String citation(Source source) {
        String article = source.article().isBlank() ? "" : ", art. " + source.article();
        return source.instrument() + article + " [" + source.status().name() + "]";
    }
}
