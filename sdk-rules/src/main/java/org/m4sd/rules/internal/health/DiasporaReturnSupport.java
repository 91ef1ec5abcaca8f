package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;

/**
 * {@code health.diaspora-return-support}: a qualified, licensed health professional of the diaspora returning
 * temporarily, permanently or virtually to a health post in the origin country, which is the jurisdiction
 * offering the support (WHO Global Code of Practice; Moldova's scheme as template, amounts unknown). The WHO
 * Health Workforce Support and Safeguards List 2023 status of the origin is reported, never decisive.
 */
public final class DiasporaReturnSupport implements Determiner {
    public static final String SAFEGUARDS_TABLE = "who-safeguards-list-2023";
    static final String PROFESSIONAL_PATH = "$.healthProfessional";

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
            return new DiasporaReturnCase(request.jurisdiction(), false, null, null, null, null, null, null, null,
                    false, "", "", "", "");
        }
        HealthProfessional hp = request.healthProfessional().get();
        JsonNode table = packs.table(SAFEGUARDS_TABLE).orElseThrow(() -> new IllegalStateException(
                "the international pack has no table " + SAFEGUARDS_TABLE));
        String listedStatus = listing(table, hp.originCountry());
        JsonNode criteria = table.path("criteria");
        DiasporaReturnCase c = new DiasporaReturnCase(request.jurisdiction(), true, hp.profession().name(),
                hp.qualified().orElse(null), hp.licensed().orElse(null),
                hp.returnType().map(Enum::name).orElse(null), hp.healthPostOffered().orElse(null),
                hp.originCountry(), hp.countryOfPractice(), listedStatus != null,
                listedStatus == null ? "" : listedStatus, criteria.path("doctorsNursesMidwivesPer10000Below").asText(),
                criteria.path("uhcServiceCoverageIndexBelow").asText(), recorded(table));
        c.value("whoSafeguardsList2023", listedStatus != null);
        return c;
    }

    /** The V/S/B status of the country's listing in pack data, or null when it is not recorded as listed. */
    private static String listing(JsonNode table, String country) {
        for (JsonNode entry : table.path("listed")) {
            if (country.equals(entry.path("country").asText())) {
                return entry.path("status").asText();
            }
        }
        return null;
    }

    private static String recorded(JsonNode table) {
        var out = new StringBuilder();
        for (JsonNode entry : table.path("listed")) {
            out.append(out.length() == 0 ? "" : ", ").append(entry.path("country").asText());
        }
        return out.toString();
    }

    private static void tri(CaseFact c, Boolean value, String metRule, String metCode, String notMetRule,
            String notMetCode, String unknownRule, String unknownCode, String path) {
        if (value == null) {
            c.unknown(unknownRule, unknownCode, path);
        } else if (value) {
            c.met(metRule, metCode);
        } else {
            c.notMet(notMetRule, notMetCode);
        }
    }
}
