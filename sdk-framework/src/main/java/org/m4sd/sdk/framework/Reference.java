package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A coded reference of an indicator to an SDG indicator or a GCM objective.
 *
 * @param vocabulary the code list
 * @param code       the code, for example {@code 10.7.1} or {@code 6}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Reference(ReferenceVocabulary vocabulary, String code) {
    /** Rejects nulls and a blank code. */
    public Reference {
        Checks.required(vocabulary, "vocabulary");
        Checks.requiredText(code, "code");
    }

    /** An SDG indicator reference. */
    public static Reference sdg(String code) {
        return new Reference(ReferenceVocabulary.SDG, code);
    }

    /** A GCM objective reference. */
    public static Reference gcm(String code) {
        return new Reference(ReferenceVocabulary.GCM, code);
    }
}
