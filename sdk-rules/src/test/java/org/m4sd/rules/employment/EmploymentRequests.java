package org.m4sd.rules.employment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.m4sd.sdk.request.EligibilityRequest;

/** The employment properties' generated requests, for tests outside this package (the DRL mutation test). */
public final class EmploymentRequests {
    private EmploymentRequests() {
    }

    /**
     * Fair-recruitment and qualification-recognition requests, half of each; half the first and half the second drawn on and
     * around the thresholds the packs hold (national caps, the time to decide a complete file, the days the
     * recognition conventions bind their parties).
     */
    public static Arbitrary<EligibilityRequest> requests() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, EmploymentArbitraries.recruitmentRequests()),
                Tuple.of(4, EmploymentBoundaries.recruitmentsAtTheCaps()),
                Tuple.of(4, EmploymentArbitraries.recognitionRequests()),
                Tuple.of(2, EmploymentBoundaries.recognitionsAroundTheTimeLimit()),
                Tuple.of(2, EmploymentBoundaries.recognitionsAroundConventionDates()));
    }
}
