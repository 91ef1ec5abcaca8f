package org.m4sd.rules.internal.reference;

import java.util.List;

/** The reference implementation's determinations: one class per determination, listed here. */
final class ReferenceDeterminers {
    private ReferenceDeterminers() {
    }

    static List<ReferenceDeterminer> all() {
        return List.of(
                new ReferenceEmergencyCare(),
                new ReferenceEssentialCare(),
                new ReferenceDiasporaReturn(),
                new ReferenceFairRecruitment(),
                new ReferenceQualificationRecognition(),
                new ReferenceOldAgePension(),
                new ReferenceBenefitExport(),
                new ReferencePublicSchool());
    }
}
