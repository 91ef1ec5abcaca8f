package org.m4sd.rules.internal.reference;

import java.util.List;

/** The reference implementation's determinations: one class per determination, listed here. */
final class ReferenceDeterminers {
    private ReferenceDeterminers() {
    }

    static List<ReferenceDeterminer> all() {
        return List.of(
                // Each determination's reference class is added here as it is written.
                new ReferenceOldAgePension(),
                new ReferenceBenefitExport(),
                new ReferencePublicSchool());
    }
}
