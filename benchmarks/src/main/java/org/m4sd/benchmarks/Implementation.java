package org.m4sd.benchmarks;

import org.m4sd.benchmarks.peers.PeerEngine;
import org.m4sd.rules.ReferenceImplementation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/**
 * The engines compared on the same inputs; REFERENCE is the hand-written limit every ratio is taken against.
 * The peers (DMN, EASY_RULES, JDMN) have rules for two determinations only ({@link PeerEngine#DECIDES},
 * {@link PeerEngine#JDMN_DECIDES}): benchmarks over other scenarios list their implementations explicitly and leave
 * them out.
 */
public enum Implementation {
    /** The Drools engine, as integrators get it from {@code EligibilityEngine.create()}. */
    DROOLS {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return EligibilityEngine.create(options);
        }
    },
    /** The plain-Java reference implementation of the same rules. */
    REFERENCE {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return ReferenceImplementation.create(options);
        }
    },
    /** Peer: the old-age pension and fair-recruitment rules as KIE DMN decision tables. */
    DMN {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return PeerEngine.dmn(options);
        }

        @Override
        public boolean decides(Scenario scenario) {
            return PeerEngine.DECIDES.containsAll(scenario.determinations());
        }
    },
    /**
     * Peer: the old-age pension and fair-recruitment rules as the Java jDMN generates from DMN decision tables at
     * build time ({@link PeerEngine#JDMN_DECIDES}).
     */
    JDMN {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return PeerEngine.jdmn(options);
        }

        @Override
        public boolean decides(Scenario scenario) {
            return PeerEngine.JDMN_DECIDES.containsAll(scenario.determinations());
        }
    },
    /** Peer: the old-age pension and fair-recruitment rules as Easy Rules. */
    EASY_RULES {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return PeerEngine.easyRules(options);
        }

        @Override
        public boolean decides(Scenario scenario) {
            return PeerEngine.DECIDES.containsAll(scenario.determinations());
        }
    };

    public abstract EligibilityEngine create(EngineOptions options);

    /** Whether this implementation computes the gap of a criterion not met (the peers do not). */
    public boolean computesGaps() {
        return this == DROOLS || this == REFERENCE;
    }

    /** Whether this implementation has rules for every determination of the scenario. */
    public boolean decides(Scenario scenario) {
        return true;
    }

    /** Fails a benchmark's set-up, naming both, when this implementation cannot decide the scenario. */
    public void requireDecides(Scenario scenario) {
        if (!decides(scenario)) {
            throw new IllegalArgumentException(this + " has no rules for every determination of scenario " + scenario
                    + ": " + scenario.determinations());
        }
    }
}
