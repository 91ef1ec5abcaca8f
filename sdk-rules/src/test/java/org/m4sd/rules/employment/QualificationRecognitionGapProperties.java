package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.engine.Effect;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.rules.internal.engine.RuleCatalogue;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.GapKind;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Qualification;

/**
 * The gap of a recognition criterion not met is what would meet it, and nothing less would: producing the documents,
 * work experience making good every difference the gap lists (one fewer does not), a decision by the due date (a day
 * later does not); and an INELIGIBLE decision with a single blocking criterion becomes ELIGIBLE once the gaps of its
 * criteria not met are applied.
 */
class QualificationRecognitionGapProperties {
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleBases.load().rules(), LegalSources.load());
    private static final String DOCUMENTS = "$.qualification.documentsAvailable";
    private static final String COVERED = "$.qualification.differencesCoveredByExperience";
    private static final String DECISION_DATE = "$.qualification.decisionDate";

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return EmploymentArbitraries.recognitionRequests();
    }

    /** Requests whose qualification has a difference no measure can bridge and experience does not cover. */
    @Provide
    Arbitrary<EligibilityRequest> refusals() {
        return EmploymentArbitraries.recognitionRequests(EmploymentArbitraries.qualifications(1)
                .filter(q -> !q.differencesCoveredByExperience().containsAll(q.nonCompensableDifferences())));
    }

    /** The request with the gap applied: the documents produced, the differences covered, the decision's date. */
    static EligibilityRequest applied(EligibilityRequest request, String fact, List<String> values) {
        Qualification q = request.qualification().orElseThrow();
        boolean documents = q.documentsAvailable();
        List<String> covered = q.differencesCoveredByExperience();
        Optional<LocalDate> decided = q.decisionDate();
        switch (fact) {
            case DOCUMENTS -> documents = Boolean.parseBoolean(values.get(0));
            case COVERED -> {
                covered = new ArrayList<>(covered);
                covered.addAll(values);
            }
            case DECISION_DATE -> decided = Optional.of(LocalDate.parse(values.get(0)));
            default -> throw new AssertionError("a gap on " + fact);
        }
        Qualification changed = new Qualification(q.awardingCountry(), q.level(), q.field(), q.regulatedProfession(),
                q.professionRequiresNationalLaw(), q.substantialDifferences(), covered, q.nonCompensableDifferences(),
                q.workExperienceMonths(), documents, q.fileCompleteDate(), decided, q.preferredCompensation());
        return request.toBuilder().qualification(changed).build();
    }

    private static Criterion only(Decision d, String id) {
        List<Criterion> found = d.criteria().stream().filter(c -> c.id().equals(id)).toList();
        assertThat(found).as("criterion %s", id).hasSize(1);
        return found.get(0);
    }

    private static boolean blocks(Criterion c) {
        return CATALOGUE.find(c.rule()).orElseThrow().effect() == Effect.BLOCKS;
    }

    @Property(tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void applyingTheGapMeetsTheCriterionAndLessDoesNot(@ForAll("requests") EligibilityRequest request) {
        Decision before = QualificationRecognitionProperties.decide(EngineFixture.DROOLS, request);
        for (Criterion c : before.criteria()) {
            if (c.result() != CriterionResult.NOT_MET) {
                assertThat(c.gap()).as("only a criterion not met has a gap").isEmpty();
                continue;
            }
            Gap gap = c.gap().orElseThrow(() -> new AssertionError("no gap for " + c));
            Statistics.label("reason").collect(c.reasonCode());
            assertThat(gap.kind()).isEqualTo(GapKind.CHANGE);
            Decision after = QualificationRecognitionProperties.decide(EngineFixture.DROOLS,
                    applied(request, gap.fact(), gap.values()));
            assertThat(only(after, c.id()).result()).as("%s after applying %s", c.id(), gap)
                    .isEqualTo(CriterionResult.MET);

            switch (gap.fact()) {
                case COVERED -> {
                    // one difference fewer made good by experience still leaves a substantial difference
                    List<String> fewer = gap.values().subList(0, gap.values().size() - 1);
                    Decision less = QualificationRecognitionProperties.decide(EngineFixture.DROOLS,
                            applied(request, COVERED, fewer));
                    assertThat(only(less, c.id()).result()).as("%s covering only %s", c.id(), fewer)
                            .isEqualTo(CriterionResult.NOT_MET);
                    Qualification q = request.qualification().orElseThrow();
                    if (c.reasonCode().equals("QR_NON_COMPENSABLE_DIFFERENCE")) {
                        assertThat(gap.routes()).as("no measure bridges a difference refused").isEmpty();
                    } else if (q.regulatedProfession()) {
                        assertThat(gap.routes()).containsExactly(
                                new Route(RouteKind.COMPENSATION_MEASURE, "ADAPTATION_PERIOD"),
                                new Route(RouteKind.COMPENSATION_MEASURE, "APTITUDE_TEST"));
                    } else {
                        assertThat(gap.routes()).containsExactly(new Route(RouteKind.COMPENSATION_MEASURE,
                                q.preferredCompensation().map(Enum::name).orElse("SET_BY_AUTHORITY")));
                    }
                }
                case DECISION_DATE -> {
                    String dayLate = LocalDate.parse(gap.values().get(0)).plusDays(1).toString();
                    Decision late = QualificationRecognitionProperties.decide(EngineFixture.DROOLS,
                            applied(request, DECISION_DATE, List.of(dayLate)));
                    assertThat(only(late, c.id()).result()).as("decided on %s", dayLate)
                            .isEqualTo(CriterionResult.NOT_MET);
                }
                default -> assertThat(gap.values()).as("a yes/no fact: nothing less than producing them")
                        .containsExactly("true");
            }
        }
    }

    /**
     * A refusal whose only blocking criterion is the substantial difference becomes full recognition once every gap
     * is applied (the documents produced as well, a condition rather than a ground for refusal). Why it may not: a
     * person without documents whose migratory status is not given is still not known to be assessed without them,
     * and the decision is then UNDETERMINED on that status alone.
     */
    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void applyingEveryGapOfASingleBlockingRefusalRecognisesTheQualification(
            @ForAll("refusals") EligibilityRequest request) {
        Decision before = QualificationRecognitionProperties.decide(EngineFixture.DROOLS, request);
        List<Criterion> blocking = before.criteria().stream()
                .filter(c -> c.result() == CriterionResult.NOT_MET && blocks(c)).toList();
        if (before.outcome() != Outcome.INELIGIBLE || blocking.size() != 1) {
            return;
        }
        Statistics.label("single blocking reason").collect(blocking.get(0).reasonCode());
        EligibilityRequest changed = request;
        for (Criterion c : before.criteria()) {
            if (c.gap().isPresent()) {
                changed = applied(changed, c.gap().get().fact(), c.gap().get().values());
            }
        }
        Decision after = QualificationRecognitionProperties.decide(EngineFixture.DROOLS, changed);
        if (after.outcome() == Outcome.UNDETERMINED) {
            assertThat(after.missingFacts()).containsExactly("$.person.migratoryStatus");
        } else {
            assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(after.values()).containsEntry("recognition", "FULL");
        }
    }
}
