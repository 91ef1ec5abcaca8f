package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code health.emergency-care}: anyone present in the territory, regardless of status. ICRMW art. 28 for the
 * states it binds (its parties are pack data, table {@value IcrmwParties#TABLE}); elsewhere ICESCR art. 12 as
 * CESCR General Comment 14 para. 34 reads it, and national law. Takes presence from the request, and nothing
 * else about the person; the rules in {@code health.drl} decide.
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
        IcrmwParties parties = IcrmwParties.of(packs);
        return new EmergencyCareCase(request.jurisdiction(), request.asOf(),
                request.person().presentInTerritory().orElse(null), parties.inForceFor(request.jurisdiction()),
                parties.citationFor(request.jurisdiction()));
    }
}
