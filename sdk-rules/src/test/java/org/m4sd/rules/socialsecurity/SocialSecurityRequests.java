package org.m4sd.rules.socialsecurity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.m4sd.sdk.request.EligibilityRequest;

/** The social-security properties' generated requests, for tests outside this package (the DRL mutation test). */
public final class SocialSecurityRequests {
    private SocialSecurityRequests() {
    }

    /**
     * Pension and benefit-export requests: a quarter from the general specs, a quarter leaning towards pensions
     * due, half on and beside the ages and records in force (where a rule's comparison decides).
     */
    public static Arbitrary<EligibilityRequest> requests() {
        SocialSecurityProperties specs = new SocialSecurityProperties();
        return Arbitraries.frequencyOf(Tuple.of(1, specs.specs()), Tuple.of(1, specs.pensionSpecs()),
                Tuple.of(2, specs.thresholdSpecs())).map(SocialSecurityProperties.Spec::request);
    }
}
