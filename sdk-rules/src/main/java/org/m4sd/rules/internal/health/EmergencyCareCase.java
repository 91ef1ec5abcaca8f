package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts emergency care depends on: presence in the territory, nothing else. Status-neutral by
 * construction: there is no migratory status here for a rule to read.
 */
public final class EmergencyCareCase extends CaseFact {
    private final Boolean presentInTerritory;

    public EmergencyCareCase(Boolean presentInTerritory) {
        super(Determination.HEALTH_EMERGENCY_CARE);
        this.presentInTerritory = presentInTerritory;
    }

    /** Null when the request does not say. */
    public Boolean getPresentInTerritory() {
        return presentInTerritory;
    }
}
