package org.m4sd.rules.internal.reference;

import java.util.List;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code health.emergency-care}, read from DOMAIN.md section 4 item 9: emergency medical care is given to anyone
 * present in the territory, on equal terms with nationals, whatever the regularity of their stay or employment
 * (ICRMW art. 28). Presence in the territory is the only fact this determination reads: it is status-neutral, so
 * the person's migratory status is never looked at.
 */
final class ReferenceEmergencyCare implements ReferenceDeterminer {
    private static final String PRESENT = "he.emergency.present";
    private static final String NOT_PRESENT = "he.emergency.not-present";
    private static final String PRESENCE_UNKNOWN = "he.emergency.presence-unknown";

    private static final String PRESENCE = "he.presence";
    private static final String PRESENCE_FACT = "$.person.presentInTerritory";

    private static final List<ReferenceRule> RULES = List.of(
            ReferenceRule.blocks(PRESENT, PRESENCE, 10, "icrmw-28"),
            ReferenceRule.blocks(NOT_PRESENT, PRESENCE, 10, "icrmw-28"),
            ReferenceRule.blocks(PRESENCE_UNKNOWN, PRESENCE, 10, "icrmw-28"));

    @Override
    public Determination determination() {
        return Determination.HEALTH_EMERGENCY_CARE;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters parameters, Findings findings) {
        // ICRMW art. 28: "the right to receive any medical care that is urgently required ... on the basis of
        // equality of treatment with nationals"; the territory is the only link the article asks for.
        Optional<Boolean> present = request.person().presentInTerritory();
        if (present.isEmpty()) {
            findings.unknown(PRESENCE_UNKNOWN, "HE_PRESENCE_UNKNOWN", PRESENCE_FACT);
        } else if (present.get()) {
            findings.met(PRESENT, "HE_PRESENT");
        } else {
            findings.notMet(NOT_PRESENT, "HE_NOT_PRESENT");
        }
    }
}
