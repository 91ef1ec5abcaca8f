package org.m4sd.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;

/** The logging listener must never write personal data in clear. */
class DecisionListenerTest {
    private static final String PERSON_ID = "ECU-1958-0402-7731";

    @Test
    void theLogLineHashesThePersonAndOmitsMigratoryStatus() {
        Person person = Person.builder(PERSON_ID).migratoryStatus(MigratoryStatus.ASYLUM_SEEKER).nationality("VEN")
                .presentInTerritory(true).build();
        EligibilityRequest request = EligibilityRequest.builder("c-001", LocalDate.of(2023, 6, 30), "ECU", person).build();
        Criterion criterion = new Criterion("he.presence", "he.emergency.present", CriterionResult.MET, "HE_PRESENT",
                "Present in the territory", List.of(LegalBasis.of("ICRMW", "28", null, VerificationStatus.V)));
        Decision decision = new Decision("c-001", Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE,
                List.of(criterion), List.of(), Map.of(), new RulePackRef("ecu", "1.0.0", "a".repeat(64)),
                LocalDate.of(2023, 6, 30), "b".repeat(64));

        String log = captureStderr(() -> {
            DecisionListener.logging().onDecision(request, new DecisionSet("c-001", List.of(decision)));
            DecisionListener.logging().onRejected(new RecordResult.Rejected(3, Optional.of("c-002"),
                    List.of(FieldError.of("$.person.migratoryStatus", "unknown value"))));
        });

        assertThat(log).contains("request=c-001", "determination=health.emergency-care", "outcome=ELIGIBLE",
                "pack=ecu@1.0.0", "rejected line=3");
        assertThat(log).doesNotContain(PERSON_ID, "ASYLUM_SEEKER", "VEN");
        assertThat(log).containsPattern("person=[0-9a-f]{16}");
    }

    private static String captureStderr(Runnable action) {
        PrintStream original = System.err;
        var bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
