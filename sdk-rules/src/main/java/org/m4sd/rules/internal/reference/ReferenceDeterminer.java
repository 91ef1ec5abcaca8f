package org.m4sd.rules.internal.reference;

import java.util.List;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * One determination written as plain Java from DOMAIN.md section 4 and the pack data: its own measurement of the
 * request, its own reading of the parameters, and the criteria the law's tests give. It shares no case, case
 * builder or rule with the Drools engine; only the public API types, the pack files and the message bundles.
 */
interface ReferenceDeterminer {

    Determination determination();

    /**
     * Every rule this determination can report, with the criterion it decides, its legal sources, its place in
     * the explanation and its effect. Rule names are the stable ids decisions carry ({@code Criterion.rule()}).
     */
    List<ReferenceRule> rules();

    /**
     * Decides one request: reports each criterion through {@code findings}.
     *
     * @throws NotInForce when no rule of this determination is in force on the request's date in its jurisdiction,
     *         at the field whose date it is (the request's own contradictions never reach a determiner: the engine
     *         rejects them first, {@code EligibilityRequest.inconsistencies()})
     */
    void decide(EligibilityRequest request, Parameters parameters, Findings findings);
}
