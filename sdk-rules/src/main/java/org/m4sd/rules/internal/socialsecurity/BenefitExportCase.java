package org.m4sd.rules.internal.socialsecurity;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts the payment of a pension abroad depends on: where the person lives, the agreement in force with
 * that state, and whether both states ratified C118. Status-neutral: no migratory status here.
 */
public final class BenefitExportCase extends CaseFact {
    String jurisdiction = "";
    String residence;
    String agreement;
    boolean c118Both;
    String c118Detail = "";

    BenefitExportCase() {
        super(Determination.SOCIAL_SECURITY_BENEFIT_EXPORT);
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** ISO 3166-1 alpha-3 country of residence; null when the request does not say. */
    public String getResidence() {
        return residence;
    }

    public boolean isResidenceKnown() {
        return residence != null;
    }

    public boolean isResidesInJurisdiction() {
        return jurisdiction.equals(residence);
    }

    /** The agreement in force with the state of residence that covers old-age pensions; null when none. */
    public String getAgreement() {
        return agreement;
    }

    /** Both states are recorded as having ratified C118 by the date of the decision. */
    public boolean isC118Both() {
        return c118Both;
    }

    public String getC118Detail() {
        return c118Detail;
    }
}
