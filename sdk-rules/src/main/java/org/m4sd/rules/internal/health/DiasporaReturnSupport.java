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

    @Override
    public void decideByReference(CaseFact fact) {
        DiasporaReturnCase c = (DiasporaReturnCase) fact;
        if (!c.isProfessionalGiven()) {
            c.unknown("hd.return.facts-missing", "HD_FACTS_MISSING", PROFESSIONAL_PATH);
            return;
        }
        tri(c, c.getQualified(), "hd.return.qualified", "HD_QUALIFIED", "hd.return.not-qualified",
                "HD_NOT_QUALIFIED", "hd.return.qualified-unknown", "HD_QUALIFIED_UNKNOWN",
                "$.healthProfessional.qualified");
        tri(c, c.getLicensed(), "hd.return.licensed", "HD_LICENSED", "hd.return.not-licensed", "HD_NOT_LICENSED",
                "hd.return.licensed-unknown", "HD_LICENSED_UNKNOWN", "$.healthProfessional.licensed");
        if (c.getReturnType() != null) {
            c.met("hd.return.type-stated", "HD_RETURN_" + c.getReturnType());
        } else {
            c.unknown("hd.return.type-unknown", "HD_RETURN_TYPE_UNKNOWN", "$.healthProfessional.returnType");
        }
        tri(c, c.getHealthPostOffered(), "hd.return.post-offered", "HD_POST_OFFERED", "hd.return.no-post",
                "HD_NO_POST", "hd.return.post-unknown", "HD_POST_UNKNOWN", "$.healthProfessional.healthPostOffered");
        if (c.isOriginIsJurisdiction()) {
            c.met("hd.return.origin-is-jurisdiction", "HD_ORIGIN_MATCH", c.getOriginCountry());
        } else {
            c.notMet("hd.return.origin-elsewhere", "HD_ORIGIN_ELSEWHERE", c.getOriginCountry(), c.getJurisdiction());
        }
        if (c.isPractisingAbroad()) {
            c.met("hd.return.practising-abroad", "HD_ABROAD", c.getCountryOfPractice());
        } else {
            c.notMet("hd.return.practising-at-home", "HD_AT_HOME", c.getOriginCountry());
        }
        if (c.isSafeguardsListed()) {
            c.met("hd.return.safeguards-listed", "HD_SAFEGUARDS_LISTED", c.getOriginCountry(),
                    c.getSafeguardsStatus(), c.getDensityThreshold(), c.getUhcThreshold());
        } else {
            c.notMet("hd.return.safeguards-not-recorded", "HD_SAFEGUARDS_NOT_RECORDED", c.getOriginCountry(),
                    c.getSafeguardsRecorded());
        }
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
