package org.m4sd.rules.internal.employment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.NotInForceException;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Qualification;

/**
 * {@code employment.qualification-recognition}: where a recognition convention binds both the recognising state and
 * the state that awarded a higher-education qualification (the Lisbon Recognition Convention, else the UNESCO Global
 * Convention; their parties are pack data), the qualification is recognised unless the authority shows a
 * substantial difference (Lisbon Recognition Convention art. VI.1); where none does, the national rule decides and,
 * not being encoded, leaves the decision UNDETERMINED. No difference: FULL recognition (ELIGIBLE).
 * Differences a compensation measure can bridge: PARTIAL recognition with that measure (CONDITIONAL); for a
 * regulated profession an adaptation period of at most three years or an aptitude test, the applicant's choice
 * unless the profession needs precise knowledge of national law (Directive 2005/36 art. 14 as template). A
 * difference nothing can bridge: REFUSED with the differences as reasons (INELIGIBLE). Differences the
 * applicant's work experience covers no longer count. Refugees and persons in a refugee-like situation (asylum
 * seekers included) are assessed even without documents (art. VII of either convention); anyone else without
 * documents is recognised on condition of producing them (CONDITIONAL, not a refusal). Under the Lisbon Convention,
 * a decision later than the 2010 Revised Recommendation's four months after a complete file is reported.
 *
 * <p>This class states the qualification and reads the parameters in force; the tests are in {@code employment.drl}.
 */
public final class QualificationRecognition implements Determiner {
    static final String HIGHER_EDUCATION = "qr.higher-education.min-isced-level";
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
        LocalDate asOf = request.asOf();
        c.qualificationPresent = true;
        c.jurisdiction = request.jurisdiction();
        c.asOf = asOf;
        c.awardingCountry = q.awardingCountry();
        c.level = q.level();
        c.iscedLevel = iscedLevel(q.level());
        c.documentsAvailable = q.documentsAvailable();
        c.migratoryStatus = request.person().migratoryStatus();
        c.substantialDifferences = sorted(q.substantialDifferences());
        c.coveredByExperience = sorted(q.differencesCoveredByExperience());
        c.nonCompensableDifferences = sorted(q.nonCompensableDifferences());
        c.regulatedProfession = q.regulatedProfession();
        c.professionRequiresNationalLaw = q.professionRequiresNationalLaw();
        c.preferredCompensation = q.preferredCompensation().orElse(null);
        c.fileCompleteDate = q.fileCompleteDate().orElse(null);
        c.decisionDate = q.decisionDate().orElse(null);
        c.decisionReferenceDate = q.decisionDate().orElse(asOf);

        c.higherEducation = packs.findParam(HIGHER_EDUCATION)
                .map(p -> new HigherEducationLevel(p.integer(), p.source())).orElse(null);
        RecognitionConventions conventions = RecognitionConventions.of(packs);
        c.lrc = conventions.between(RecognitionConvention.LRC, c.jurisdiction, c.awardingCountry);
        c.globalConvention = conventions.between(RecognitionConvention.GLOBAL, c.jurisdiction, c.awardingCountry);
        c.refugeeLikeStatuses = refugeeLikeStatuses(packs);
        c.decisionTimeLimit = packs.findParam(DECISION_MAX_MONTHS).map(QualificationRecognition::months).orElse(null);
        c.adaptationPeriod = packs.findParam(ADAPTATION_MAX_MONTHS).map(QualificationRecognition::months).orElse(null);
        if (c.adaptationPeriod == null && c.regulatedProfession && bridgeable(c)) {
            // the compensation-measure rules state the longest adaptation period: it must be in force
            throw new NotInForceException("$.asOf", "asOf (" + asOf + ") is before the compensation measures the "
                    + "rule packs hold (" + ADAPTATION_MAX_MONTHS + ")");
        }
        return c;
    }

    /** The level's number on the ISCED 2011 scale: {@code ISCED_6} is 6 (the request checked the code's form). */
    private static int iscedLevel(String code) {
        return Integer.parseInt(code.substring(code.indexOf('_') + 1));
    }

    private static SortedSet<String> sorted(List<String> names) {
        return names.isEmpty() ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /**
     * Whether the compensation-measure rules will state the longest adaptation period: some difference remains once
     * experience is counted, and a measure can bridge every one that does.
     */
    private static boolean bridgeable(QualificationRecognitionCase c) {
        return !c.coveredByExperience.containsAll(c.substantialDifferences)
                && c.coveredByExperience.containsAll(c.nonCompensableDifferences);
    }

    private static MonthsLimit months(Resolved p) {
        return new MonthsLimit(p.integer(), p.source());
    }

    private static Set<MigratoryStatus> refugeeLikeStatuses(PackContext packs) {
        return packs.findParam(REFUGEE_LIKE)
                .map(p -> Parsed.of(packs.packs(), p.value().value(), QualificationRecognition::statuses))
                .orElse(Set.of());
    }

    private static Set<MigratoryStatus> statuses(JsonNode node) {
        Set<MigratoryStatus> out = EnumSet.noneOf(MigratoryStatus.class);
        node.forEach(n -> out.add(MigratoryStatus.valueOf(n.asText())));
        if (out.contains(MigratoryStatus.UNKNOWN)) {
            throw new IllegalStateException(REFUGEE_LIKE + " lists UNKNOWN, which is no status");
        }
        return Collections.unmodifiableSet(out);
    }

}
