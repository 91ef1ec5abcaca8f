package org.m4sd.rules.internal.reference;

import java.util.List;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code health.emergency-care}, read from DOMAIN.md section 4 item 9: emergency medical care is given to anyone
 * present in the territory, on equal terms with nationals, whatever the regularity of their stay or employment.
 * ICRMW art. 28 says so for the states the Convention binds (its parties, pack data); elsewhere ICESCR art. 12
 * does, as CESCR General Comment 14 para. 34 reads it, with national law. Presence in the territory is the only
 * fact about the person this determination reads: it is status-neutral, so the migratory status is never looked
 * at.
 */
final class ReferenceEmergencyCare implements ReferenceDeterminer {
    private static final String BASIS_ICRMW = "he.emergency.basis-icrmw";
    private static final String BASIS_ICESCR = "he.emergency.basis-icescr";
    private static final String PRESENT = "he.emergency.present";
    private static final String NOT_PRESENT = "he.emergency.not-present";
    private static final String PRESENCE_UNKNOWN = "he.emergency.presence-unknown";
    private static final String PRESENT_ICESCR = "he.emergency.present-icescr";
    private static final String NOT_PRESENT_ICESCR = "he.emergency.not-present-icescr";
    private static final String PRESENCE_UNKNOWN_ICESCR = "he.emergency.presence-unknown-icescr";

    private static final String LEGAL_BASIS = "he.legal-basis";
    private static final String PRESENCE = "he.presence";
    private static final String PRESENCE_FACT = "$.person.presentInTerritory";

    private static final List<ReferenceRule> RULES = List.of(
            ReferenceRule.informs(BASIS_ICRMW, LEGAL_BASIS, 5, "icrmw-28"),
            ReferenceRule.informs(BASIS_ICESCR, LEGAL_BASIS, 5, "icescr-12", "cescr-gc14-34"),
            ReferenceRule.blocks(PRESENT, PRESENCE, 10, "icrmw-28"),
            ReferenceRule.blocks(NOT_PRESENT, PRESENCE, 10, "icrmw-28"),
            ReferenceRule.blocks(PRESENCE_UNKNOWN, PRESENCE, 10, "icrmw-28"),
            ReferenceRule.blocks(PRESENT_ICESCR, PRESENCE, 10, "icescr-12", "cescr-gc14-34"),
            ReferenceRule.blocks(NOT_PRESENT_ICESCR, PRESENCE, 10, "icescr-12", "cescr-gc14-34"),
            ReferenceRule.blocks(PRESENCE_UNKNOWN_ICESCR, PRESENCE, 10, "icescr-12", "cescr-gc14-34"));

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
        // ICRMW art. 28 binds the Convention's parties only; elsewhere ICESCR art. 12 (General Comment 14 para.
        // 34: no state may deny or limit equal access to curative services for any person) and national law.
        ReferenceIcrmw icrmw = ReferenceIcrmw.forRequest(parameters);
        if (icrmw.binds()) {
            findings.met(BASIS_ICRMW, "HE_BASIS_ICRMW", request.jurisdiction(), icrmw.inForceFrom(),
                    icrmw.ratificationSource());
        } else {
            findings.met(BASIS_ICESCR, "HE_BASIS_ICESCR", request.jurisdiction());
        }

        // Either way the territory is the only link asked for: whoever is present receives urgent care.
        Optional<Boolean> present = request.person().presentInTerritory();
        if (present.isEmpty()) {
            findings.unknown(icrmw.binds() ? PRESENCE_UNKNOWN : PRESENCE_UNKNOWN_ICESCR, "HE_PRESENCE_UNKNOWN",
                    PRESENCE_FACT);
        } else if (present.get()) {
            findings.met(icrmw.binds() ? PRESENT : PRESENT_ICESCR, "HE_PRESENT");
        } else {
            // Presence is the whole test: being in the territory meets it.
            findings.notMet(icrmw.binds() ? NOT_PRESENT : NOT_PRESENT_ICESCR, "HE_NOT_PRESENT",
                    Gap.change(PRESENCE_FACT, List.of("true")));
        }
    }
}
