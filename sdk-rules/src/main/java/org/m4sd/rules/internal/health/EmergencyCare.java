package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code health.emergency-care}: anyone present in the territory, regardless of status (ICRMW art. 28). Takes
 * presence from the request, and nothing else; the rules in {@code health.drl} decide.
 */
public final class EmergencyCare implements Determiner {
    @Override
    public Determination determination() {
        return Determination.HEALTH_EMERGENCY_CARE;
    }

    @Override
    public String knowledgeBase() {
        return "health";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        return new EmergencyCareCase(request.person().presentInTerritory().orElse(null));
    }
}
