package org.m4sd.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.m4sd.rules.RulePacks;
import org.m4sd.rules.internal.engine.CaseRulesEngine;
import org.m4sd.rules.internal.engine.Determiners;
import org.m4sd.rules.internal.packs.Pack;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Parameter;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.reference.ReferenceEligibilityEngine;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.rules.spi.RulesFacade;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * The implementation behind the public classes of sdk-rules, registered for {@link java.util.ServiceLoader} as
 * the {@link RulesFacade}. The packs are read once, on first use.
 */
public final class ShippedRules implements RulesFacade {

    /** Used by {@link java.util.ServiceLoader}. */
    public ShippedRules() {
    }

    /** The shipped packs, read when first asked for. */
    private static final class Shipped {
        static final PackStore STORE = PackStore.load();
    }

    /** The determinations the packs implement, found when first asked for without reading the packs. */
    private static final class Implemented {
        static final Set<Determination> DETERMINATIONS = implemented();

        private static Set<Determination> implemented() {
            Set<Determination> implemented = EnumSet.noneOf(Determination.class);
            implemented.addAll(Determiners.load().keySet());
            return Collections.unmodifiableSet(implemented);
        }
    }

    @Override
    public List<RulePacks.PackInfo> packs() {
        List<RulePacks.PackInfo> out = new ArrayList<>();
        List<RulePackRef> refs = Shipped.STORE.refs();
        for (Pack p : Shipped.STORE.packs()) {
            RulePackRef ref = refs.stream().filter(r -> r.id().equals(p.id())).findFirst().orElseThrow();
            out.add(new RulePacks.PackInfo(ref, Optional.ofNullable(p.jurisdiction()), p.name(), p.description()));
        }
        return List.copyOf(out);
    }

    @Override
    public Set<Determination> determinations() {
        return Implemented.DETERMINATIONS;
    }

    @Override
    public List<RulePacks.ParameterInForce> parameters(LocalDate day) {
        List<RulePacks.ParameterInForce> out = new ArrayList<>();
        for (Pack p : Shipped.STORE.packs()) {
            for (String name : new TreeSet<>(p.parameters().keySet())) {
                Parameter parameter = p.parameters().get(name);
                parameter.inForceOn(day).ifPresent(v -> out.add(inForce(p.id(), parameter, v)));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public EligibilityEngine referenceEngine(EngineOptions options) {
        return ReferenceEligibilityEngine.create(options);
    }

    @Override
    public EligibilityEngine caseRulesEngine(EngineOptions options, CaseRules rules) {
        return CaseRulesEngine.create(options, rules);
    }

    private static RulePacks.ParameterInForce inForce(String packId, Parameter parameter, ParameterValue v) {
        return new RulePacks.ParameterInForce(packId, parameter.name(), parameter.unit(), parameter.description(),
                v.validFrom(), Optional.ofNullable(v.validTo()), v.value().toString(), v.source().toLegalBasis(),
                Optional.ofNullable(v.note()).filter(n -> !n.isBlank()));
    }
}
