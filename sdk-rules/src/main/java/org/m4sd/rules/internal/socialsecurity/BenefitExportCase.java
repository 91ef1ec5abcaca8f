package org.m4sd.rules.internal.socialsecurity;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * What the payment of a pension abroad depends on: where the person lives, the person's nationality (ILO C118
 * art. 5 guarantees payment abroad by nationality, wherever the person lives), and the agreements and C118
 * old-age acceptances in force ({@link #getParams()}). The rules of {@code socialsecurity.drl} decide whether an
 * agreement or C118 gives a basis. Status-neutral: no migratory status here.
 */
public final class BenefitExportCase extends CaseFact {
    private final String jurisdiction;
    private final String residence;
    private final String nationality;
    private final ExportParameters params;
    private final String c118Detail;

    BenefitExportCase(String jurisdiction, String residence, String nationality, ExportParameters params,
            String c118Detail) {
        super(Determination.SOCIAL_SECURITY_BENEFIT_EXPORT);
        this.jurisdiction = jurisdiction;
        this.residence = residence;
        this.nationality = nationality;
        this.params = params;
        this.c118Detail = c118Detail;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** ISO 3166-1 alpha-3 country of residence; null when the request does not say. */
    public String getResidence() {
        return residence;
    }

    /** ISO 3166-1 alpha-3 code of the person's nationality; null when the request does not say. */
    public String getNationality() {
        return nationality;
    }

    /** The agreements and C118 acceptances in force; read only for a person living outside the jurisdiction. */
    public ExportParameters getParams() {
        return params;
    }

    /**
     * What the C118 table records for the paying state and, where it is another state, for the person's
     * nationality, as the explanation says it.
     */
    public String getC118Detail() {
        return c118Detail;
    }
}
