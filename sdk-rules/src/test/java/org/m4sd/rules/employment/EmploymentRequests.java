package org.m4sd.rules.employment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.m4sd.sdk.request.EligibilityRequest;

/** The employment properties' generated requests, for tests outside this package (the DRL mutation test). */
public final class EmploymentRequests {
    private EmploymentRequests() {
    }

    /** Fair-recruitment and qualification-recognition requests, half of each. */
    public static Arbitrary<EligibilityRequest> requests() {
        return Arbitraries.oneOf(EmploymentArbitraries.recruitmentRequests(),
                EmploymentArbitraries.recognitionRequests());
    }
}
