package org.m4sd.rules.internal.packs;

import java.util.Optional;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.VerificationStatus;

/** A legal source as written in pack data: instrument, article, url and how well it is verified. */
public record Source(String instrument, String article, String url, VerificationStatus status) {
    public Source {
        if (instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("a source names its instrument");
        }
        if (status == null) {
            throw new IllegalArgumentException("source " + instrument + " has no V/S/B status");
        }
        article = article == null ? "" : article;
    }

    public LegalBasis toLegalBasis() {
        return new LegalBasis(instrument, article, Optional.ofNullable(url), status);
    }
}
