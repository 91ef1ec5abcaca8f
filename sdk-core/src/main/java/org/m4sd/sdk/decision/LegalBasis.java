package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The legal source of a criterion or parameter.
 *
 * @param instrument the instrument, for example {@code ILO C102} or {@code Ley de Seguridad Social 2001}
 * @param article    the article or section, for example {@code 29}
 * @param url        where the text can be read
 * @param status     how well it is verified
 */
@API(status = STABLE, since = "0.1")
public record LegalBasis(String instrument, String article, Optional<String> url, VerificationStatus status) {
    /** Rejects nulls and a blank instrument. */
    public LegalBasis {
        Checks.requiredText(instrument, "instrument");
        Checks.required(article, "article");
        Checks.optional(url, "url");
        Checks.required(status, "status");
    }

    /** Convenience factory. */
    public static LegalBasis of(String instrument, String article, String url, VerificationStatus status) {
        return new LegalBasis(instrument, article, Optional.ofNullable(url), status);
    }
}
