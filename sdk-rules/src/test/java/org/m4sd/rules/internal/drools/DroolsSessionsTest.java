package org.m4sd.rules.internal.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/** The engine's sessions: reused empty, released on close, and a rule that never settles fails its evaluation. */
class DroolsSessionsTest {
    private static final String EDUCATION_DRL = "org/m4sd/rules/education/public-school.drl";

    /** A rule that updates the case its own condition matches: it re-activates itself for ever. */
    private static final String SELF_REACTIVATING = """

            rule "ed.school.age-again"
                @criterion("ed.school-age") @legalBasis("crc-2-28") @order(10)
            when
                $c : PublicSchoolCase( ageYears >= 0 )
            then
                update( $c );
            end
            """;

    private static KieBase education(String extraRules) {
        String drl;
        try (InputStream in = DroolsSessionsTest.class.getClassLoader().getResourceAsStream(EDUCATION_DRL)) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8) + extraRules;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.hasErrors()).as("%s", builder.getErrors()).isFalse();
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    /** The sessions of the knowledge base not yet disposed. */
    private static List<KieSession> live(KieBase base) {
        return new ArrayList<>(base.getKieSessions());
    }

    private static EligibilityRequest schoolRequest(int i) {
        Person child = Person.builder("child-" + i).birthDate(LocalDate.of(2015, 1 + i % 12, 1)).build();
        return EngineFixture.request(i % 2 == 0 ? "ECU" : "MAR", LocalDate.of(2024, 9, 1), child)
                .requestId("r-" + i).determinations(Determination.EDUCATION_PUBLIC_SCHOOL).build();
    }

    @Test
    void aRuleThatKeepsReactivatingItselfFailsItsEvaluationAndTheEngineDecidesTheNextOne() {
        try (var looping = DroolsEligibilityEngine.create(EngineOptions.defaults(), education(SELF_REACTIVATING));
                var sound = DroolsEligibilityEngine.create(EngineOptions.defaults(), education(""))) {
            assertThatThrownBy(() -> looping.evaluate(schoolRequest(0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not settle after " + DroolsEligibilityEngine.MAX_FIRINGS_PER_CASE);
            // The failed session was disposed, not given back with facts in it.
            assertThat(sound.evaluate(schoolRequest(1))).isEqualTo(EngineFixture.DROOLS.evaluate(schoolRequest(1)));
            List<RecordResult> results = new ArrayList<>();
            looping.evaluateAll(List.of(schoolRequest(2), schoolRequest(3)).iterator()).forEachRemaining(results::add);
            assertThat(results).extracting(RecordResult::line).containsExactly(1L, 2L);
            assertThat(results).allMatch(r -> r instanceof RecordResult.Rejected);
        }
    }

    @Test
    void decisionsOnAReusedSessionEqualThoseOnNewOnes() {
        try (var engine = DroolsEligibilityEngine.create(EngineOptions.defaults(), education(""))) {
            List<DecisionSet> first = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                first.add(engine.evaluate(schoolRequest(i)));
            }
            for (int i = 23; i >= 0; i--) {
                assertThat(engine.evaluate(schoolRequest(i))).isEqualTo(first.get(i));
            }
        }
    }

    @Test
    void aSessionComesBackEmptyAndIsTakenAgain() {
        KieBase base = education("");
        Sessions sessions = new Sessions(base, 4);
        KieSession session = sessions.take();
        session.insert("a fact no rule matches");
        sessions.giveBack(session);
        assertThat(session.getFactCount()).isZero();
        assertThat(sessions.take()).isSameAs(session);
        sessions.close();
    }

    @Test
    void eachThreadTakesBackTheSessionItLastUsedAndAnotherThreadsWhenItHasNone() throws Exception {
        KieBase base = education("");
        Sessions sessions = new Sessions(base, 4);
        KieSession mine = sessions.take();
        sessions.giveBack(mine);
        KieSession[] theirs = new KieSession[2];
        Thread other = new Thread(() -> {
            theirs[0] = sessions.take(); // its own stack is empty: it takes the idle one of this thread
            theirs[1] = sessions.take(); // none idle any more: a new one
            sessions.giveBack(theirs[1]);
            sessions.giveBack(theirs[0]);
        });
        other.start();
        other.join();
        assertThat(theirs[0]).isSameAs(mine);
        // Both went back onto the other thread's stack, the most recent first; this thread finds its own stack
        // empty and takes from that one.
        assertThat(sessions.take()).isSameAs(mine);
        assertThat(sessions.take()).isSameAs(theirs[1]);
        sessions.close();
    }

    @Test
    void aThreadDoesNotTakeTheSessionAnotherThreadGaveBackLaterWhileItsOwnIsIdle() throws Exception {
        KieBase base = education("");
        Sessions sessions = new Sessions(base, 4);
        KieSession mine = sessions.take();
        KieSession[] theirs = new KieSession[1];
        Thread other = new Thread(() -> {
            theirs[0] = sessions.take();
        });
        other.start();
        other.join();
        sessions.giveBack(mine);
        Thread giver = new Thread(() -> sessions.giveBack(theirs[0]));
        giver.start();
        giver.join();
        assertThat(theirs[0]).isNotSameAs(mine);
        assertThat(sessions.take()).isSameAs(mine);
        sessions.close();
    }

    @Test
    void noMoreSessionsThanKeptStayIdle() {
        KieBase base = education("");
        Sessions sessions = new Sessions(base, 1);
        KieSession a = sessions.take();
        KieSession b = sessions.take();
        sessions.giveBack(a);
        sessions.giveBack(b);
        assertThat(live(base)).containsExactly(a);
        sessions.close();
        assertThat(live(base)).isEmpty();
    }

    @Test
    void closeDisposesIdleSessionsAndThoseInUseWhenTheirEvaluationEnds() {
        KieBase base = education("");
        Sessions sessions = new Sessions(base, 4);
        KieSession idle = sessions.take();
        KieSession busy = sessions.take();
        sessions.giveBack(idle);
        assertThat(live(base)).containsExactlyInAnyOrder(idle, busy);

        sessions.close();
        assertThat(live(base)).containsExactly(busy);
        busy.insert("a fact");
        sessions.giveBack(busy);
        assertThat(live(base)).isEmpty();

        // An evaluation that starts after close runs on a session of its own, disposed when it ends.
        KieSession late = sessions.take();
        assertThat(late).isNotIn(idle, busy);
        sessions.giveBack(late);
        assertThat(live(base)).isEmpty();
    }
}
