package org.m4sd.rules.internal.health;

import java.time.LocalDate;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts emergency care depends on: presence in the territory, nothing else about the person, beside the
 * jurisdiction, the decision date, the day the ICRMW binds the jurisdiction (pack data, null where it is not
 * recorded as a party) and the source of its ratification or accession. Status-neutral by
 * construction: there is no migratory status here for a rule to read.
 */
public final class EmergencyCareCase extends CaseFact {
    private final String jurisdiction;
    private final LocalDate asOf;
    private final Boolean presentInTerritory;
    private final LocalDate icrmwInForceFrom;
    private final String icrmwSource;

    public EmergencyCareCase(String jurisdiction, LocalDate asOf, Boolean presentInTerritory,
            LocalDate icrmwInForceFrom, String icrmwSource) {
        super(Determination.HEALTH_EMERGENCY_CARE);
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.presentInTerritory = presentInTerritory;
        this.icrmwInForceFrom = icrmwInForceFrom;
        this.icrmwSource = icrmwSource;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The decision date. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** Null when the request does not say. */
    public Boolean getPresentInTerritory() {
        return presentInTerritory;
    }

    /** The first day the ICRMW binds the jurisdiction; null where the packs do not record it as a party. */
    public LocalDate getIcrmwInForceFrom() {
        return icrmwInForceFrom;
    }

    /** The source of the jurisdiction's ratification or accession; null where it is not recorded as a party. */
    public String getIcrmwSource() {
        return icrmwSource;
    }
}
