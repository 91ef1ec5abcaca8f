package org.m4sd.rules.internal.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Qualification;

/**
 * {@code employment.qualification-recognition}: a foreign qualification is recognised unless the authority shows
 * a substantial difference (Lisbon Recognition Convention art. VI.1). No difference: FULL recognition (ELIGIBLE).
 * Differences a compensation measure can bridge: PARTIAL recognition with that measure (CONDITIONAL); for a
 * regulated profession an adaptation period of at most three years or an aptitude test, the applicant's choice
 * unless the profession needs precise knowledge of national law (Directive 2005/36 art. 14 as template). A
 * difference nothing can bridge: REFUSED with the differences as reasons (INELIGIBLE). Differences the
 * applicant's work experience covers no longer count. Refugees are assessed even without documents; anyone
 * else without documents is recognised on condition of producing them (CONDITIONAL, not a refusal). A decision
 * later than four months after a complete file is reported.
 */
public final class QualificationRecognition implements Determiner {
    static final String WITHOUT_DOCUMENTS = "qr.refugee-without-documents";
    static final String REFUGEE_LIKE = "qr.refugee-like-statuses";
    static final String DECISION_MAX_MONTHS = "qr.decision.max-months";
    static final String ADAPTATION_MAX_MONTHS = "qr.adaptation-period.max-months";

    @Override
    public Determination determination() {
        return Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION;
    }

    @Override
    public String knowledgeBase() {
        return "employment";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        QualificationRecognitionCase c = new QualificationRecognitionCase();
        if (request.qualification().isEmpty()) {
            return c;
        }
        Qualification q = request.qualification().get();
        c.qualificationPresent = true;
        LocalDate asOf = request.asOf();
        checkDates(q, asOf);

        // documents
        MigratoryStatus status = request.person().migratoryStatus();
        c.withoutDocumentsInstrument = packs.findParam(WITHOUT_DOCUMENTS).map(p -> p.text()).orElse("NONE");
        boolean refugeeLike = packs.findParam(REFUGEE_LIKE).map(p -> {
            List<String> statuses = new java.util.ArrayList<>();
            p.value().value().forEach(n -> statuses.add(n.asText()));
            return statuses.contains(status.name());
        }).orElse(false);
        if (q.documentsAvailable()) {
            c.documentsRoute = "AVAILABLE";
        } else if (c.withoutDocumentsInstrument.equals("NONE")) {
            c.documentsRoute = "REQUIRED";
        } else if (refugeeLike) {
            c.documentsRoute = "REFUGEE";
        } else if (status == MigratoryStatus.UNKNOWN) {
            c.documentsRoute = "STATUS_UNKNOWN";
        } else {
            c.documentsRoute = "REQUIRED";
        }

        // differences: those work experience covers no longer count
        TreeSet<String> covered = new TreeSet<>(q.differencesCoveredByExperience());
        TreeSet<String> remaining = new TreeSet<>(q.substantialDifferences());
        remaining.removeAll(covered);
        TreeSet<String> nonCompensable = new TreeSet<>(q.nonCompensableDifferences());
        nonCompensable.removeAll(covered);
        c.anySubstantialDifference = !q.substantialDifferences().isEmpty();
        c.anyCoveredByExperience = !covered.isEmpty();
        c.anyRemainingDifference = !remaining.isEmpty();
        c.anyNonCompensableDifference = !nonCompensable.isEmpty();
        c.coveredDifferences = String.join(", ", covered);
        c.remainingDifferences = String.join(", ", remaining);
        c.nonCompensableDifferences = String.join(", ", nonCompensable);

        // compensation measure
        c.regulatedProfession = q.regulatedProfession();
        c.professionRequiresNationalLaw = q.professionRequiresNationalLaw();
        c.preferredCompensation = q.preferredCompensation().map(Enum::name).orElse("NONE");
        var adaptation = packs.findParam(ADAPTATION_MAX_MONTHS);
        if (adaptation.isPresent()) {
            c.adaptationPeriodMaxMonths = adaptation.get().integer();
        } else if (c.regulatedProfession && c.anyRemainingDifference && !c.anyNonCompensableDifference) {
            throw new IllegalArgumentException("asOf (" + asOf + ") is before the compensation measures the rule "
                    + "packs hold (" + ADAPTATION_MAX_MONTHS + ")");
        }

        // time to decide: reported only from the date the packs hold a time limit
        var limit = packs.findParam(DECISION_MAX_MONTHS);
        if (limit.isEmpty()) {
            c.decisionTiming = "NO_TIME_LIMIT";
        }
        c.decisionMaxMonths = limit.map(p -> p.integer()).orElse(0);
        q.fileCompleteDate().filter(f -> limit.isPresent()).ifPresent(file -> {
            LocalDate deadline = file.plusMonths(c.decisionMaxMonths);
            LocalDate reference = q.decisionDate().orElse(asOf);
            c.fileCompleteDate = file.toString();
            c.decisionDeadline = deadline.toString();
            c.decisionReferenceDate = reference.toString();
            boolean overdue = deadline.isBefore(reference);
            c.decisionTiming = overdue ? "OVERDUE" : q.decisionDate().isPresent() ? "DECIDED_IN_TIME" : "PENDING_IN_TIME";
            c.value("decisionOverdue", overdue);
        });

        values(c);
        return c;
    }

    /** The figures the decision reports; they follow from the same facts as the criteria. */
    private static void values(QualificationRecognitionCase c) {
        if (c.anyNonCompensableDifference) {
            c.value("recognition", "REFUSED");
            return;
        }
        if (c.documentsRoute.equals("STATUS_UNKNOWN")) {
            return;
        }
        if (c.documentsRoute.equals("REQUIRED")) {
            c.value("documentsRequired", true);
        }
        if (!c.anyRemainingDifference) {
            c.value("recognition", "FULL");
            return;
        }
        c.value("recognition", "PARTIAL");
        if (!c.regulatedProfession) {
            c.value("compensationMeasure", c.preferredCompensation.equals("NONE") ? "SET_BY_AUTHORITY"
                    : c.preferredCompensation);
            c.value("compensationChosenBy", "AUTHORITY");
            return;
        }
        c.value("adaptationPeriodMaxMonths", c.adaptationPeriodMaxMonths);
        if (c.professionRequiresNationalLaw) {
            c.value("compensationMeasure", "AUTHORITY_CHOOSES");
            c.value("compensationChosenBy", "AUTHORITY");
        } else {
            c.value("compensationMeasure", c.preferredCompensation.equals("NONE") ? "APPLICANT_TO_CHOOSE"
                    : c.preferredCompensation);
            c.value("compensationChosenBy", "APPLICANT");
        }
    }

    private static void checkDates(Qualification q, LocalDate asOf) {
        q.fileCompleteDate().ifPresent(file -> {
            if (file.isAfter(asOf)) {
                throw new IllegalArgumentException("qualification.fileCompleteDate (" + file + ") is after asOf ("
                        + asOf + ")");
            }
            q.decisionDate().ifPresent(decided -> {
                if (decided.isBefore(file)) {
                    throw new IllegalArgumentException("qualification.decisionDate (" + decided
                            + ") is before qualification.fileCompleteDate (" + file + ")");
                }
            });
        });
        q.decisionDate().ifPresent(decided -> {
            if (decided.isAfter(asOf)) {
                throw new IllegalArgumentException("qualification.decisionDate (" + decided + ") is after asOf ("
                        + asOf + ")");
            }
        });
    }
}
