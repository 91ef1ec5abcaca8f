package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;

/**
 * {@code health.diaspora-return-support}: a qualified, licensed health professional of the diaspora returning
 * temporarily, permanently or virtually to a health post in the origin country, which is the jurisdiction
 * offering the support (WHO Global Code of Practice; Moldova's scheme as template, amounts unknown). The WHO
 * Health Workforce Support and Safeguards List 2023 status of the origin is reported, never decisive.
 *
 * <p>Takes the professional's facts from the request and reaches the safeguards list from the case; the rules in
 * {@code health.drl} decide.
 */
public final class DiasporaReturnSupport implements Determiner {
    public static final String SAFEGUARDS_TABLE = "who-safeguards-list-2023";

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
        if (request.healthProfessional().isEmpty()) {
            return new DiasporaReturnCase(request.jurisdiction());
        }
        HealthProfessional hp = request.healthProfessional().get();
        JsonNode table = packs.table(SAFEGUARDS_TABLE).orElseThrow(() -> new IllegalStateException(
                "the international pack has no table " + SAFEGUARDS_TABLE));
        return new DiasporaReturnCase(request.jurisdiction(), hp.qualified().orElse(null),
                hp.licensed().orElse(null), hp.returnType().map(Enum::name).orElse(null),
                hp.healthPostOffered().orElse(null), hp.originCountry(), hp.countryOfPractice(),
                Parsed.of(table, SafeguardsList::parse));
    }
}
