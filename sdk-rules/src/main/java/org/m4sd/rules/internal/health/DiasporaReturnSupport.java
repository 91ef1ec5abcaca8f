package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;

/**
 * {@code health.diaspora-return-support} (DOMAIN.md section 4 items 23 and 24): eligibility comes from the return
 * programme the jurisdiction's pack encodes as data with its source (Moldova's Diaspora Relations Bureau
 * short-term return programme); where none is encoded the decision is UNDETERMINED and names the parameter. The
 * WHO Global Code of Practice sets no eligibility criteria: the origin's WHO Health Workforce Support and
 * Safeguards List 2023 status is reported as information only.
 *
 * <p>Takes the person's nationality and the professional's facts from the request, and the programme and the
 * safeguards list from the packs; the rules in {@code health.drl} decide.
 */
public final class DiasporaReturnSupport implements Determiner {
    public static final String SAFEGUARDS_TABLE = "who-safeguards-list-2023";
    public static final String PROGRAMME = "hd.return.programme";

    @Override
    public Determination determination() {
        return Determination.HEALTH_DIASPORA_RETURN_SUPPORT;
    }

    @Override
    public String knowledgeBase() {
        return "health";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        ReturnProgramme programme = packs.findParam(PROGRAMME)
                .map(p -> Parsed.of(packs.packs(), p.value().value(), v -> ReturnProgramme.parse(v, p.source())))
                .orElse(null);
        JsonNode table = packs.table(SAFEGUARDS_TABLE).orElseThrow(() -> new IllegalStateException(
                "the international pack has no table " + SAFEGUARDS_TABLE));
        SafeguardsList safeguards = Parsed.of(packs.packs(), table, SafeguardsList::parse);
        String nationality = request.person().nationality().orElse(null);
        if (request.healthProfessional().isEmpty()) {
            return new DiasporaReturnCase(request.jurisdiction(), request.asOf(), programme, nationality, false, null,
                    null, Set.of(), null, null, safeguards);
        }
        HealthProfessional hp = request.healthProfessional().get();
        Integer iscedLevel = hp.highestDegreeLevel().map(l -> Integer.valueOf(l.substring("ISCED_".length())))
                .orElse(null);
        return new DiasporaReturnCase(request.jurisdiction(), request.asOf(), programme, nationality, true,
                hp.workAbroad().orElse(null), iscedLevel, Set.copyOf(hp.languages()), hp.originCountry(),
                hp.countryOfPractice(), safeguards);
    }
}
