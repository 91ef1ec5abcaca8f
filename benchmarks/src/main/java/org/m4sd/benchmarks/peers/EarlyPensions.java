package org.m4sd.benchmarks.peers;

import java.util.List;
import org.m4sd.rules.spi.RuleCase;

/**
 * The peers' scope on the old-age pension: they carry the pension rules of {@code socialsecurity.drl} up to the
 * early (anticipated) pensions, not those ({@code ss.pension.early.*}, the early paths met and their reduction). A
 * case whose parameters in force carry early paths is refused, as a determination without rules is, rather than
 * decided differently from the Drools engine.
 */
final class EarlyPensions {
    private EarlyPensions() {
    }

    /** Refuses a pension case with early paths in force for its jurisdiction and date. */
    static void refuseWhereInForce(RuleCase pension) {
        Object params = CaseProperties.property(pension.fact(), "params");
        if (params != null && !((List<?>) CaseProperties.property(params, "earlyPaths")).isEmpty()) {
            throw new UnsupportedOperationException("the peer engines encode social-security.old-age-pension without"
                    + " early pensions, which are in force here (" + CaseProperties.property(pension.fact(),
                            "jurisdiction") + " on " + CaseProperties.property(pension.fact(), "asOf") + ")");
        }
    }
}
