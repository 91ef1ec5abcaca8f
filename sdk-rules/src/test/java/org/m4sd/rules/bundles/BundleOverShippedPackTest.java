package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.drools.DroolsEligibilityEngine;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.reference.ReferenceEligibilityEngine;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.UnsignedBundles;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/**
 * A bundle that extends a shipped country pack, as a ministry's would, and leaves a parameter to it: the
 * parameter is still the country's, in every use of it. The bundle here (Ghana's test bundle relabelled) gives
 * only pension parameters, so a decision of another sector is the shipped pack's, apart from the pack it names.
 */
class BundleOverShippedPackTest {
    private static final M4sdJson JSON = M4sdJson.create();

    @TempDir
    Path dir;

    /** A bundle {@code id} for {@code jurisdiction} extending the shipped pack {@code base}. */
    private Path over(String id, String jurisdiction, String base) {
        Path bundle = Bundles.ghana(dir.resolve(id));
        Path identity = bundle.resolve("bundle.json");
        Bundles.replace(identity, "\"id\": \"gha\"", "\"id\": \"" + id + "\"");
        Bundles.replace(identity, "\"jurisdiction\": \"GHA\"", "\"jurisdiction\": \"" + jurisdiction + "\"");
        Bundles.replace(identity, "\"id\": \"international\"", "\"id\": \"" + base + "\"");
        return bundle;
    }

    private EngineOptions with(Path bundle) {
        return Bundles.options(bundle, dir, UnsignedBundles.ACCEPT_AND_RECORD);
    }

    /** What a decision says, without the pack it names. */
    private static List<Object> said(Decision d) {
        return List.of(d.outcome(), d.criteria(), d.missingFacts(), d.notEncoded(), d.questions(), d.values());
    }

    private static void assertDecidedAsShipped(EngineOptions options, EligibilityRequest request, String packId) {
        try (EligibilityEngine drools = DroolsEligibilityEngine.create(options);
                EligibilityEngine reference = ReferenceEligibilityEngine.create(options)) {
            Decision shipped = EngineFixture.DROOLS.evaluate(request).decisions().get(0);
            Decision decided = drools.evaluate(request).decisions().get(0);
            assertThat(decided.rulePack().id()).isEqualTo(packId);
            assertThat(said(decided)).isEqualTo(said(shipped));
            assertThat(said(reference.evaluate(request).decisions().get(0))).isEqualTo(said(decided));
        }
    }

    @Test
    void bangladeshsCostCeilingsStillJudgeARecruitmentUnderABundleOverTheShippedPack() throws IOException {
        String scenario = "scenarios/employment.fair-recruitment/bgd-costs-split-across-two-ceilings.json";
        EligibilityRequest request = JSON.readRequest(new ObjectMapper().readTree(
                getClass().getClassLoader().getResource(scenario)).path("request").toString());

        assertDecidedAsShipped(with(over("bgd-ministry", "BGD", "bgd")), request, "bgd-ministry");
        assertThat(EngineFixture.DROOLS.evaluate(request).decisions().get(0).criteria())
                .anySatisfy(c -> assertThat(c.id()).isEqualTo("fr.bgd.ceiling"));
    }

    @Test
    void theShippedPacksSchoolAgesChangeDaysStillShapeTheScheduleUnderABundle() {
        Path bundle = over("phl-deped", "PHL", "phl");
        PackStore store = PackStore.load(with(bundle).packBundles());
        // The Philippines' ages (5 to 17 from 8 June 2013, Republic Act 10533) are the shipped pack's.
        assertThat(store.changeDays("education.school-age", "PHL")).contains(LocalDate.of(2013, 6, 8));

        // Three before 8 June 2013, when the Philippines' ages take over: of school age at 5, not at 3.
        Person child = Person.builder("child").birthDate(LocalDate.of(2010, 9, 1)).build();
        EligibilityRequest request = EngineFixture.request("PHL", LocalDate.of(2012, 1, 1), child)
                .determinations(Determination.EDUCATION_PUBLIC_SCHOOL).build();
        assertDecidedAsShipped(with(bundle), request, "phl-deped");
    }
}
