package org.m4sd.rules.socialsecurity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.m4sd.sdk.request.EligibilityRequest;

/** The social-security properties' generated requests, for tests outside this package (the DRL mutation test). */
public final class SocialSecurityRequests {
    private SocialSecurityRequests() {
    }

    /** Pension and benefit-export requests: half from the general specs, half leaning towards pensions due. */
    public static Arbitrary<EligibilityRequest> requests() {
        SocialSecurityProperties specs = new SocialSecurityProperties();
        return Arbitraries.oneOf(specs.specs(), specs.pensionSpecs()).map(SocialSecurityProperties.Spec::request);
    }
}
