package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;
import static org.m4sd.rules.internal.reference.ReferenceRule.conditions;
import static org.m4sd.rules.internal.reference.ReferenceRule.informs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Qualification;

/**
 * {@code employment.qualification-recognition}, written from DOMAIN.md section 4, items 14 and 15.
 *
 * <p>The recognition conventions bind their parties only and concern higher-education qualifications: the Lisbon
 * Recognition Convention applies to a qualification of a higher-education level (ISCED 2011 level the pack gives, 5)
 * conferred in one party and presented in another, both bound on the decision date; failing it, the UNESCO Global
 * Convention on the same terms. Their parties and the days they are bound are read from the international pack's
 * table. Where neither binds both states, the recognising state's national rule decides, which no pack encodes: the
 * decision is UNDETERMINED and names {@code qr.national-rule}; nothing is refused on international grounds.
 *
 * <p>Under a convention, a foreign qualification is recognised unless the authority shows a substantial difference
 * (art. VI.1): with none, FULL recognition (ELIGIBLE); with differences a compensation measure can bridge,
 * PARTIAL recognition with that measure (CONDITIONAL); with a difference nothing can bridge, REFUSED with the
 * differences as reasons (INELIGIBLE). Work experience is taken into account: a difference it covers no longer counts
 * (Directive 2005/36 art. 14 as template). For a regulated profession the measure is an adaptation period of at most
 * the pack's maximum or an aptitude test, the applicant's choice unless the profession needs precise knowledge of
 * national law. Refugees and persons in a refugee-like situation, asylum seekers included, are assessed even without
 * documents (art. VII of the convention that applies); anyone else without documents is recognised on condition of
 * producing them. Under the Lisbon Convention, whose art. III.5 asks for a reasonable time limit set beforehand,
 * whether the decision came within the 2010 Revised Recommendation's four months from a complete file is reported.
 */
final class ReferenceQualificationRecognition implements ReferenceDeterminer {
    // Rule names: the stable ids decisions carry.
    static final String FACTS_MISSING = "qr.facts.missing";
    static final String CONVENTION_LISBON = "qr.convention.lisbon";
    static final String CONVENTION_GLOBAL = "qr.convention.global";
    static final String CONVENTION_LEVEL_NOT_COVERED = "qr.convention.level-not-covered";
    static final String CONVENTION_NONE = "qr.convention.none";
    static final String DOCUMENTS_AVAILABLE = "qr.documents.available";
    static final String DOCUMENTS_REFUGEE_LRC = "qr.documents.refugee-lrc";
    static final String DOCUMENTS_REFUGEE_GLOBAL = "qr.documents.refugee-global-convention";
    static final String DOCUMENTS_REQUIRED = "qr.documents.required";
    static final String DOCUMENTS_STATUS_UNKNOWN = "qr.documents.status-unknown";
    static final String DIFFERENCE_NONE = "qr.difference.none";
    static final String DIFFERENCE_ALL_COVERED = "qr.difference.all-covered";
    static final String DIFFERENCE_COMPENSABLE = "qr.difference.compensable";
    static final String DIFFERENCE_NON_COMPENSABLE = "qr.difference.non-compensable";
    static final String EXPERIENCE_COVERS = "qr.experience.covers";
    static final String EXPERIENCE_COVERS_NONE = "qr.experience.covers-none";
    static final String MEASURE_NOT_REGULATED = "qr.measure.not-regulated";
    static final String MEASURE_AUTHORITY_CHOOSES = "qr.measure.authority-chooses";
    static final String MEASURE_APPLICANT_TO_CHOOSE = "qr.measure.applicant-to-choose";
    static final String MEASURE_APPLICANT_CHOSE_ADAPTATION = "qr.measure.applicant-chose-adaptation";
    static final String MEASURE_APPLICANT_CHOSE_TEST = "qr.measure.applicant-chose-test";
    static final String TIME_OVERDUE = "qr.decision-time.overdue";
    static final String TIME_DECIDED_IN_TIME = "qr.decision-time.decided-in-time";
    static final String TIME_PENDING_IN_TIME = "qr.decision-time.pending-in-time";
    static final String TIME_FILE_DATE_UNKNOWN = "qr.decision-time.file-date-unknown";

    // Criteria.
    private static final String FACTS = "qr.facts";
    private static final String CONVENTION = "qr.convention";
    private static final String DOCUMENTS = "qr.documents";
    private static final String SUBSTANTIAL_DIFFERENCE = "qr.substantial-difference";
    private static final String WORK_EXPERIENCE = "qr.work-experience";
    private static final String COMPENSATION_MEASURE = "qr.compensation-measure";
    private static final String DECISION_TIME = "qr.decision-time";

    // Legal sources (keys of legal-sources.json).
    private static final String LRC_VI_1 = "lrc-vi-1";
    private static final String LRC_VII = "lrc-vii";
    private static final String LRC_III_5 = "lrc-iii-5";
    private static final String RECOMMENDATION_2010 = "lrc-rec-2010";
    private static final String GLOBAL_CONVENTION = "unesco-global-convention";
    private static final String GLOBAL_CONVENTION_RECOGNITION = "unesco-global-convention-recognition";
    private static final String NATIONAL_LAW = "qr-national-law";
    private static final String DIRECTIVE_14 = "eu-2005-36-14";

    // Pack parameters.
    private static final String HIGHER_EDUCATION_FROM = "qr.higher-education.min-isced-level";
    private static final String REFUGEE_LIKE_STATUSES = "qr.refugee-like-statuses";
    private static final String DECISION_MAX_MONTHS = "qr.decision.max-months";
    private static final String ADAPTATION_MAX_MONTHS = "qr.adaptation-period.max-months";
    private static final String CONVENTION_PARTIES = "recognition-convention-parties";
    /** The condition of law that decides where no convention binds both states. */
    private static final String NATIONAL_RULE = "qr.national-rule";

    private static final List<ReferenceRule> RULES = List.of(
            blocks(FACTS_MISSING, FACTS, 1, LRC_VI_1),
            blocks(CONVENTION_LISBON, CONVENTION, 5, LRC_VI_1),
            blocks(CONVENTION_GLOBAL, CONVENTION, 5, GLOBAL_CONVENTION_RECOGNITION),
            blocks(CONVENTION_LEVEL_NOT_COVERED, CONVENTION, 5, LRC_VI_1, NATIONAL_LAW),
            blocks(CONVENTION_NONE, CONVENTION, 5, NATIONAL_LAW),
            blocks(DOCUMENTS_AVAILABLE, DOCUMENTS, 10, RECOMMENDATION_2010),
            blocks(DOCUMENTS_REFUGEE_LRC, DOCUMENTS, 10, LRC_VII),
            blocks(DOCUMENTS_REFUGEE_GLOBAL, DOCUMENTS, 10, GLOBAL_CONVENTION),
            conditions(DOCUMENTS_REQUIRED, DOCUMENTS, 10, RECOMMENDATION_2010),
            blocks(DOCUMENTS_STATUS_UNKNOWN, DOCUMENTS, 10, LRC_VII, GLOBAL_CONVENTION),
            blocks(DIFFERENCE_NONE, SUBSTANTIAL_DIFFERENCE, 20, LRC_VI_1),
            blocks(DIFFERENCE_ALL_COVERED, SUBSTANTIAL_DIFFERENCE, 20, LRC_VI_1, DIRECTIVE_14),
            conditions(DIFFERENCE_COMPENSABLE, SUBSTANTIAL_DIFFERENCE, 20, LRC_VI_1, DIRECTIVE_14),
            blocks(DIFFERENCE_NON_COMPENSABLE, SUBSTANTIAL_DIFFERENCE, 20, LRC_VI_1),
            informs(EXPERIENCE_COVERS, WORK_EXPERIENCE, 30, DIRECTIVE_14),
            informs(EXPERIENCE_COVERS_NONE, WORK_EXPERIENCE, 30, DIRECTIVE_14),
            informs(MEASURE_NOT_REGULATED, COMPENSATION_MEASURE, 40, LRC_VI_1),
            informs(MEASURE_AUTHORITY_CHOOSES, COMPENSATION_MEASURE, 40, DIRECTIVE_14),
            informs(MEASURE_APPLICANT_TO_CHOOSE, COMPENSATION_MEASURE, 40, DIRECTIVE_14),
            informs(MEASURE_APPLICANT_CHOSE_ADAPTATION, COMPENSATION_MEASURE, 40, DIRECTIVE_14),
            informs(MEASURE_APPLICANT_CHOSE_TEST, COMPENSATION_MEASURE, 40, DIRECTIVE_14),
            informs(TIME_OVERDUE, DECISION_TIME, 50, LRC_III_5, RECOMMENDATION_2010),
            informs(TIME_DECIDED_IN_TIME, DECISION_TIME, 50, LRC_III_5, RECOMMENDATION_2010),
            informs(TIME_PENDING_IN_TIME, DECISION_TIME, 50, LRC_III_5, RECOMMENDATION_2010),
            informs(TIME_FILE_DATE_UNKNOWN, DECISION_TIME, 50, LRC_III_5, RECOMMENDATION_2010));

    /** The conventions whose rules are encoded, as the pack table names them. */
    private enum Convention { LRC, GLOBAL }

    @Override
    public Determination determination() {
        return Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters inForce, Findings findings) {
        if (request.qualification().isEmpty()) {
            findings.unknown(FACTS_MISSING, "QR_QUALIFICATION_MISSING", "$.qualification");
            return;
        }
        Qualification qualification = request.qualification().get();
        LocalDate asOf = request.asOf();
        Differences differences = Differences.of(qualification);
        Optional<Integer> adaptationMaxMonths = inForce.find(ADAPTATION_MAX_MONTHS).map(Resolved::integer);
        boolean measureNeeded = differences.bridgeable();
        if (measureNeeded && qualification.regulatedProfession() && adaptationMaxMonths.isEmpty()) {
            throw new NotInForce("$.asOf", "asOf (" + asOf + ") is before the compensation measures the "
                    + "rule packs hold (" + ADAPTATION_MAX_MONTHS + ")");
        }

        Optional<Convention> convention = applicableConvention(request, qualification, inForce, findings);
        if (convention.isEmpty()) {
            return;
        }
        DocumentRoute route = documents(request, qualification, convention.get(), inForce, findings);
        substantialDifferences(qualification, differences, findings);
        if (measureNeeded) {
            compensationMeasure(qualification, adaptationMaxMonths.orElse(0), findings);
        }
        if (convention.get() == Convention.LRC) {
            decisionTime(qualification, asOf, inForce, findings);
        }
        recognitionValues(qualification, differences, route, adaptationMaxMonths.orElse(0), findings);
    }

    /**
     * The convention the qualification is assessed under: one that binds the recognising state and the state that
     * awarded the qualification on the decision date (each convention binds its parties only and concerns
     * qualifications conferred in another party), for a higher-education qualification; the Lisbon Convention before
     * the Global Convention. Reports the finding; empty where none applies, the national rule then deciding.
     */
    private static Optional<Convention> applicableConvention(EligibilityRequest request, Qualification qualification,
            Parameters inForce, Findings findings) {
        String recognising = request.jurisdiction();
        String awarding = qualification.awardingCountry();
        int level = qualification.level().charAt(qualification.level().length() - 1) - '0';
        Optional<Integer> higherEducationFrom = inForce.find(HIGHER_EDUCATION_FROM).map(Resolved::integer);
        if (higherEducationFrom.isPresent() && level < higherEducationFrom.get()) {
            findings.notEncoded(CONVENTION_LEVEL_NOT_COVERED, "QR_LEVEL_NOT_COVERED", NATIONAL_RULE,
                    qualification.level(), higherEducationFrom.get(), recognising);
            return Optional.empty();
        }
        if (higherEducationFrom.isPresent()) {
            JsonNode table = inForce.table(CONVENTION_PARTIES).orElseThrow(
                    () -> new IllegalStateException("the international pack has no table " + CONVENTION_PARTIES));
            if (bindsBoth(table, Convention.LRC, recognising, awarding, request.asOf())) {
                findings.met(CONVENTION_LISBON, "QR_CONVENTION_LRC", recognising, awarding, qualification.level());
                return Optional.of(Convention.LRC);
            }
            if (bindsBoth(table, Convention.GLOBAL, recognising, awarding, request.asOf())) {
                findings.met(CONVENTION_GLOBAL, "QR_CONVENTION_GLOBAL", recognising, awarding,
                        qualification.level());
                return Optional.of(Convention.GLOBAL);
            }
        }
        findings.notEncoded(CONVENTION_NONE, "QR_NO_CONVENTION_OR_NATIONAL_RULE", NATIONAL_RULE, recognising, awarding,
                request.asOf().toString());
        return Optional.empty();
    }

    /** Whether the table records both states as parties to the convention bound by {@code asOf}. */
    private static boolean bindsBoth(JsonNode table, Convention convention, String first, String second,
            LocalDate asOf) {
        for (JsonNode entry : table.path("conventions")) {
            if (entry.path("convention").asText().equals(convention.name())) {
                return boundOn(entry, first, asOf) && boundOn(entry, second, asOf);
            }
        }
        throw new IllegalStateException(CONVENTION_PARTIES + " does not record the convention " + convention);
    }

    private static boolean boundOn(JsonNode convention, String state, LocalDate asOf) {
        for (JsonNode party : convention.path("parties")) {
            if (party.path("state").asText().equals(state)) {
                return !asOf.isBefore(LocalDate.parse(party.path("inForceFrom").asText()));
            }
        }
        return false;
    }

    /** How the qualification can be evidenced. */
    private enum DocumentRoute { AVAILABLE, REFUGEE, REQUIRED, STATUS_UNKNOWN }

    /**
     * Documents available: assessed on them. Without them, a refugee or a person in a refugee-like situation (asylum
     * seekers included) is assessed anyway under art. VII of the convention that applies; whether the person is one
     * depends on the migratory status, so an unknown status leaves it open; anyone else must produce them.
     */
    private static DocumentRoute documents(EligibilityRequest request, Qualification qualification,
            Convention convention, Parameters inForce, Findings findings) {
        if (qualification.documentsAvailable()) {
            findings.met(DOCUMENTS_AVAILABLE, "QR_DOCUMENTS_AVAILABLE");
            return DocumentRoute.AVAILABLE;
        }
        MigratoryStatus status = request.person().migratoryStatus();
        boolean refugeeLike = inForce.find(REFUGEE_LIKE_STATUSES)
                .filter(statuses -> containsText(statuses, status.name()))
                .isPresent();
        if (refugeeLike) {
            if (convention == Convention.LRC) {
                findings.met(DOCUMENTS_REFUGEE_LRC, "QR_REFUGEE_WITHOUT_DOCUMENTS_LRC");
            } else {
                findings.met(DOCUMENTS_REFUGEE_GLOBAL, "QR_REFUGEE_WITHOUT_DOCUMENTS_GLOBAL");
            }
            return DocumentRoute.REFUGEE;
        }
        if (status == MigratoryStatus.UNKNOWN) {
            findings.unknown(DOCUMENTS_STATUS_UNKNOWN, "QR_STATUS_UNKNOWN", "$.person.migratoryStatus");
            return DocumentRoute.STATUS_UNKNOWN;
        }
        // Producing the documents meets the criterion.
        findings.notMet(DOCUMENTS_REQUIRED, "QR_DOCUMENTS_REQUIRED",
                Gap.change("$.qualification.documentsAvailable", List.of("true")));
        return DocumentRoute.REQUIRED;
    }

    private static boolean containsText(Resolved list, String text) {
        for (var element : list.value().value()) {
            if (element.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The substantial differences the authority showed, less those work experience covers, each list sorted.
     *
     * @param shown          every difference shown
     * @param covered        those work experience covers
     * @param remaining      those shown and not covered
     * @param nonCompensable those no measure can bridge, not covered
     */
    private record Differences(SortedSet<String> shown, SortedSet<String> covered, SortedSet<String> remaining,
            SortedSet<String> nonCompensable) {
        static Differences of(Qualification qualification) {
            SortedSet<String> covered = new TreeSet<>(qualification.differencesCoveredByExperience());
            SortedSet<String> remaining = new TreeSet<>(qualification.substantialDifferences());
            remaining.removeAll(covered);
            SortedSet<String> nonCompensable = new TreeSet<>(qualification.nonCompensableDifferences());
            nonCompensable.removeAll(covered);
            return new Differences(new TreeSet<>(qualification.substantialDifferences()), covered, remaining,
                    nonCompensable);
        }

        /** Differences remain and a compensation measure can bridge every one of them. */
        boolean bridgeable() {
            return !remaining.isEmpty() && nonCompensable.isEmpty();
        }

        static String list(SortedSet<String> differences) {
            return String.join(", ", differences);
        }
    }

    /** LRC art. VI.1, with work experience taken into account (Directive 2005/36 art. 14 as template). */
    private static void substantialDifferences(Qualification qualification, Differences differences,
            Findings findings) {
        if (!differences.nonCompensable().isEmpty()) {
            findings.notMet(DIFFERENCE_NON_COMPENSABLE, "QR_NON_COMPENSABLE_DIFFERENCE",
                    experienceToCover(differences), Differences.list(differences.nonCompensable()));
        } else if (!differences.remaining().isEmpty()) {
            findings.notMet(DIFFERENCE_COMPENSABLE, "QR_COMPENSABLE_DIFFERENCE",
                    withMeasuresOffered(experienceToCover(differences), qualification),
                    Differences.list(differences.remaining()));
        } else if (!differences.shown().isEmpty()) {
            findings.met(DIFFERENCE_ALL_COVERED, "QR_DIFFERENCES_ALL_COVERED", Differences.list(differences.covered()));
        } else {
            findings.met(DIFFERENCE_NONE, "QR_NO_SUBSTANTIAL_DIFFERENCE");
        }
        if (!differences.shown().isEmpty()) {
            if (differences.covered().isEmpty()) {
                findings.met(EXPERIENCE_COVERS_NONE, "QR_EXPERIENCE_COVERS_NONE");
            } else {
                findings.met(EXPERIENCE_COVERS, "QR_EXPERIENCE_COVERS", Differences.list(differences.covered()));
            }
        }
    }

    /** The criterion is met once no difference remains: work experience would have to make good every one left. */
    private static Gap experienceToCover(Differences differences) {
        return Gap.change("$.qualification.differencesCoveredByExperience", List.copyOf(differences.remaining()));
    }

    /**
     * The compensation measures that can bridge the differences instead: for a regulated profession an adaptation
     * period or an aptitude test (Directive 2005/36 art. 14(1) as template); otherwise the measure the competent
     * authority sets (LRC art. VI.1), or the one the applicant asks for.
     */
    private static Gap withMeasuresOffered(Gap gap, Qualification qualification) {
        if (qualification.regulatedProfession()) {
            return gap.withRoute(new Route(RouteKind.COMPENSATION_MEASURE,
                    CompensationMeasure.ADAPTATION_PERIOD.name()))
                    .withRoute(new Route(RouteKind.COMPENSATION_MEASURE, CompensationMeasure.APTITUDE_TEST.name()));
        }
        return gap.withRoute(new Route(RouteKind.COMPENSATION_MEASURE,
                qualification.preferredCompensation().map(Enum::name).orElse("SET_BY_AUTHORITY")));
    }

    /** Who chooses the measure, and which: Directive 2005/36 art. 14 as template for regulated professions. */
    private static void compensationMeasure(Qualification qualification, int adaptationMaxMonths, Findings findings) {
        Optional<CompensationMeasure> preferred = qualification.preferredCompensation();
        if (!qualification.regulatedProfession()) {
            findings.met(MEASURE_NOT_REGULATED, "QR_MEASURE_SET_BY_AUTHORITY");
        } else if (qualification.professionRequiresNationalLaw()) {
            findings.met(MEASURE_AUTHORITY_CHOOSES, "QR_MEASURE_AUTHORITY_CHOOSES", adaptationMaxMonths);
        } else if (preferred.isEmpty()) {
            findings.met(MEASURE_APPLICANT_TO_CHOOSE, "QR_MEASURE_APPLICANT_TO_CHOOSE", adaptationMaxMonths);
        } else if (preferred.get() == CompensationMeasure.ADAPTATION_PERIOD) {
            findings.met(MEASURE_APPLICANT_CHOSE_ADAPTATION, "QR_MEASURE_ADAPTATION_PERIOD", adaptationMaxMonths);
        } else {
            findings.met(MEASURE_APPLICANT_CHOSE_TEST, "QR_MEASURE_APTITUDE_TEST");
        }
    }

    /**
     * The decision is due a set number of months after the file became complete; it is late when the day it was
     * made, or {@code asOf} while none is made, falls after that due date.
     */
    private static void decisionTime(Qualification qualification, LocalDate asOf, Parameters inForce,
            Findings findings) {
        Optional<Integer> maxMonths = inForce.find(DECISION_MAX_MONTHS).map(Resolved::integer);
        if (maxMonths.isEmpty()) {
            return;
        }
        if (qualification.fileCompleteDate().isEmpty()) {
            findings.unknown(TIME_FILE_DATE_UNKNOWN, "QR_FILE_DATE_UNKNOWN", "$.qualification.fileCompleteDate");
            return;
        }
        LocalDate fileComplete = qualification.fileCompleteDate().get();
        LocalDate due = fileComplete.plusMonths(maxMonths.get());
        LocalDate lookedAt = qualification.decisionDate().orElse(asOf);
        boolean late = lookedAt.isAfter(due);
        findings.value("decisionOverdue", late);
        if (late) {
            // A decision made by the due date meets it.
            findings.notMet(TIME_OVERDUE, "QR_DECISION_OVERDUE",
                    Gap.change("$.qualification.decisionDate", List.of(due.toString())), fileComplete.toString(),
                    due.toString(),
                    lookedAt.toString(), maxMonths.get());
        } else if (qualification.decisionDate().isPresent()) {
            findings.met(TIME_DECIDED_IN_TIME, "QR_DECIDED_IN_TIME", lookedAt.toString(), due.toString());
        } else {
            findings.met(TIME_PENDING_IN_TIME, "QR_PENDING_IN_TIME", due.toString());
        }
    }

    /** The recognition the criteria lead to, and the compensation measure with who chooses it. */
    private static void recognitionValues(Qualification qualification, Differences differences, DocumentRoute route,
            int adaptationMaxMonths, Findings findings) {
        if (!differences.nonCompensable().isEmpty()) {
            findings.value("recognition", "REFUSED");
            return;
        }
        if (route == DocumentRoute.STATUS_UNKNOWN) {
            return;
        }
        if (route == DocumentRoute.REQUIRED) {
            findings.value("documentsRequired", true);
        }
        if (differences.remaining().isEmpty()) {
            findings.value("recognition", "FULL");
            return;
        }
        findings.value("recognition", "PARTIAL");
        Optional<String> preferred = qualification.preferredCompensation().map(Enum::name);
        if (!qualification.regulatedProfession()) {
            findings.value("compensationMeasure", preferred.orElse("SET_BY_AUTHORITY"));
            findings.value("compensationChosenBy", "AUTHORITY");
            return;
        }
        findings.value("adaptationPeriodMaxMonths", adaptationMaxMonths);
        if (qualification.professionRequiresNationalLaw()) {
            findings.value("compensationMeasure", "AUTHORITY_CHOOSES");
            findings.value("compensationChosenBy", "AUTHORITY");
        } else {
            findings.value("compensationMeasure", preferred.orElse("APPLICANT_TO_CHOOSE"));
            findings.value("compensationChosenBy", "APPLICANT");
        }
    }
}
