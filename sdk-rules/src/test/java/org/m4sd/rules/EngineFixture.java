package org.m4sd.rules;

import java.time.LocalDate;
import org.m4sd.rules.internal.drools.DroolsEligibilityEngine;
import org.m4sd.rules.internal.reference.ReferenceEligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/** Engines built once for the whole test run, as an application would; both are thread-safe. */
public final class EngineFixture {
    public static final DroolsEligibilityEngine DROOLS = DroolsEligibilityEngine.create(EngineOptions.defaults());
    public static final ReferenceEligibilityEngine REFERENCE =
            ReferenceEligibilityEngine.create(EngineOptions.defaults());

    private EngineFixture() {
    }

    public static EligibilityRequest.Builder request(String jurisdiction, LocalDate asOf, Person person) {
        return EligibilityRequest.builder("t-1", asOf, jurisdiction, person);
    }
}
