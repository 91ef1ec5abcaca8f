package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The code list an indicator reference is drawn from. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReferenceVocabulary {
    /** An SDG indicator code such as {@code 10.7.1}; IATI indicator vocabulary 9. */
    SDG("9"),
    /** A Global Compact for Migration objective number (A/RES/73/195); exported as IATI vocabulary 99. */
    GCM("99");

    private final String iatiCode;

    ReferenceVocabulary(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    /** The IATI 2.03 IndicatorVocabulary code. */
    public String iatiCode() {
        return iatiCode;
    }
}
