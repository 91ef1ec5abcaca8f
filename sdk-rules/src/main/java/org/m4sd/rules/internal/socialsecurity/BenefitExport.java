package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code social-security.benefit-export}: builds the case the rules decide: the state of residence, and for a
 * person living abroad the agreements in force that cover old-age pensions and the ratifications of ILO C118 in
 * force on the date of the decision. Whether an agreement with the state of residence, or C118 ratified by both
 * states (art. 5), gives a basis for paying abroad is decided by the rules of {@code socialsecurity.drl}.
 *
 * <p>The sources give the year of a ratification, not the branches accepted: a ratification counts from the
 * start of its year and the old-age branch is taken as accepted [B]; a state absent from the table is not shown
 * to have ratified.
 */
public final class BenefitExport implements Determiner {

    /**
     * A row of the {@code c118Ratifications} table. The sources give the year of a ratification, not the branches
     * accepted: a ratification counts from the start of its year and the old-age branch is taken as accepted [B].
     */
    private record RatificationRow(String state, boolean ratified, Integer year, String status) {
        /** The row records a ratification in force on the day. */
        boolean inForceOn(LocalDate day) {
            return ratified && year != null && day.getYear() >= year;
        }
    }

    @Override
    public Determination determination() {
        return Determination.SOCIAL_SECURITY_BENEFIT_EXPORT;
    }

    @Override
    public String knowledgeBase() {
        return "socialsecurity";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        String jurisdiction = request.jurisdiction();
        String residence = request.person().countryOfResidence().orElse(null);
        if (residence == null || residence.equals(jurisdiction)) {
            return new BenefitExportCase(jurisdiction, residence, ExportParameters.NOT_READ, "");
        }
        LocalDate asOf = request.asOf();
        List<RatificationRow> rows = packs.table("c118Ratifications")
                .map(t -> Parsed.of(t, BenefitExport::parseRows)).orElse(List.of());
        Set<String> c118 = new HashSet<>();
        for (RatificationRow row : rows) {
            if (row.inForceOn(asOf)) {
                c118.add(row.state());
            }
        }
        ExportParameters params = ExportParameters.of(
                Agreement.inForce(packs.table("agreements").orElse(null), asOf), c118);
        String detail = jurisdiction + ": " + ratificationText(rows, jurisdiction, asOf) + "; "
                + residence + ": " + ratificationText(rows, residence, asOf);
        return new BenefitExportCase(jurisdiction, residence, params, detail);
    }

    private static List<RatificationRow> parseRows(JsonNode table) {
        List<RatificationRow> rows = new ArrayList<>();
        for (JsonNode n : table) {
            rows.add(new RatificationRow(n.path("state").asText(), n.path("ratified").asBoolean(false),
                    n.hasNonNull("year") ? n.get("year").asInt() : null,
                    n.path("source").path("status").asText("B")));
        }
        return List.copyOf(rows);
    }

    /** What the table records for a state on the day, as the explanation says it. */
    private static String ratificationText(List<RatificationRow> rows, String state, LocalDate asOf) {
        for (RatificationRow row : rows) {
            if (row.state().equals(state)) {
                String tag = " [" + row.status() + "]";
                return row.inForceOn(asOf) ? "C118 ratified " + row.year() + tag : "C118 not ratified" + tag;
            }
        }
        return "C118 ratification not recorded";
    }
}
