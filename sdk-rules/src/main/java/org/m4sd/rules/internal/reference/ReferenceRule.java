package org.m4sd.rules.internal.reference;

import java.util.List;

/**
 * A rule of the reference implementation: its name, the criterion it decides, the legal sources it cites (keys of
 * {@code org/m4sd/rules/legal-sources.json}), its order in the explanation and its effect on the outcome.
 */
record ReferenceRule(String name, String criterion, List<String> legalBasis, int order, Effect effect) {
    ReferenceRule {
        legalBasis = List.copyOf(legalBasis);
    }

    /** A rule whose criterion, not met, decides against the person. */
    static ReferenceRule blocks(String name, String criterion, int order, String... legalBasis) {
        return new ReferenceRule(name, criterion, List.of(legalBasis), order, Effect.BLOCKS);
    }

    /** A rule whose criterion, not met, makes the decision conditional. */
    static ReferenceRule conditions(String name, String criterion, int order, String... legalBasis) {
        return new ReferenceRule(name, criterion, List.of(legalBasis), order, Effect.CONDITIONS);
    }

    /** A rule reported for the explanation only. */
    static ReferenceRule informs(String name, String criterion, int order, String... legalBasis) {
        return new ReferenceRule(name, criterion, List.of(legalBasis), order, Effect.INFORMS);
    }

    /** What a criterion that is not met does to the outcome. */
    enum Effect { BLOCKS, CONDITIONS, INFORMS }
}
