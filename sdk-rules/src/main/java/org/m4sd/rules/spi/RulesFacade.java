package org.m4sd.rules.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.m4sd.rules.ReferenceImplementation;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/**
 * The bridge from the public classes of sdk-rules ({@link RulePacks}, {@link ReferenceImplementation},
 * {@link CaseRules#engine}) to their implementation in {@code org.m4sd.rules.internal}. It is found through
 * {@link java.util.ServiceLoader} so that no public class names an implementation class, and the implementation
 * stays free to change. sdk-rules registers its one implementation in
 * {@code META-INF/services/org.m4sd.rules.spi.RulesFacade}; applications neither call nor implement it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public interface RulesFacade {

    /**
     * The implementation registered on the class path of sdk-rules, loaded once.
     *
     * @throws IllegalStateException when none is registered (an sdk-rules jar stripped of its service files)
     */
    static RulesFacade get() {
        return FacadeLoader.INSTANCE;
    }

    /** Every shipped pack, the international pack first, then the country overlays. */
    List<RulePacks.PackInfo> packs();

    /** The determinations the packs implement, in catalogue order. */
    Set<Determination> determinations();

    /** Every pack parameter in force on {@code day}, by pack (international first) and then by name. */
    List<RulePacks.ParameterInForce> parameters(LocalDate day);

    /** A new plain-Java reference engine. */
    EligibilityEngine referenceEngine(EngineOptions options);

    /** A new engine that decides the cases it builds with {@code rules} instead of Drools. */
    EligibilityEngine caseRulesEngine(EngineOptions options, CaseRules rules);
}
