package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code social-security.benefit-export}: an old-age pension is paid to a person living abroad where an
 * agreement in force with the state of residence covers old-age pensions, or where both states ratified ILO C118
 * (art. 5: paid abroad if both states accepted the branch). Someone living in the jurisdiction needs no export:
 * the pension is paid where they live, so the decision is ELIGIBLE with {@code exportNeeded=false}.
 *
 * <p>Ratifications are the international pack's {@code c118Ratifications} table. The sources give the year of
 * ratification, not the branches accepted: a ratification counts from the start of its year and the old-age
 * branch is taken as accepted [B]; a state absent from the table is not shown to have ratified.
 */
public final class BenefitExport implements Determiner {
    static final String RESIDENCE_PATH = "$.person.countryOfResidence";

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
        BenefitExportCase c = new BenefitExportCase();
        c.jurisdiction = request.jurisdiction();
        c.residence = request.person().countryOfResidence().orElse(null);
        LocalDate asOf = request.asOf();
        if (c.residence == null) {
            return c;
        }
        if (c.isResidesInJurisdiction()) {
            c.value("exportNeeded", false);
            c.value("exportBasis", "NOT_NEEDED");
            return c;
        }
        c.value("exportNeeded", true);
        List<Agreement> inForce = Agreement.inForce(packs.table("agreements").orElse(null), asOf);
        for (Agreement a : inForce) {
            if (a.partners().contains(c.residence)) {
                c.agreement = a.describe();
                c.value("agreement", a.id());
                break;
            }
        }
        JsonNode ratifications = packs.table("c118Ratifications").orElse(null);
        Integer own = ratifiedYear(ratifications, c.jurisdiction, asOf);
        Integer other = ratifiedYear(ratifications, c.residence, asOf);
        c.c118Both = own != null && other != null;
        c.c118Detail = c.jurisdiction + ": " + ratificationText(ratifications, c.jurisdiction, asOf) + "; "
                + c.residence + ": " + ratificationText(ratifications, c.residence, asOf);
        c.value("exportBasis", c.agreement != null ? "AGREEMENT" : c.c118Both ? "C118" : "NONE");
        return c;
    }

    /** The year a state ratified C118, if the table records a ratification in force by the date. */
    static Integer ratifiedYear(JsonNode table, String state, LocalDate asOf) {
        JsonNode row = row(table, state);
        if (row == null || !row.path("ratified").asBoolean(false) || !row.hasNonNull("year")) {
            return null;
        }
        int year = row.get("year").asInt();
        return asOf.getYear() >= year ? year : null;
    }

    private static String ratificationText(JsonNode table, String state, LocalDate asOf) {
        JsonNode row = row(table, state);
        if (row == null) {
            return "C118 ratification not recorded";
        }
        Integer year = ratifiedYear(table, state, asOf);
        String tag = " [" + row.path("source").path("status").asText("B") + "]";
        return year != null ? "C118 ratified " + year + tag : "C118 not ratified" + tag;
    }

    private static JsonNode row(JsonNode table, String state) {
        if (table == null) {
            return null;
        }
        for (JsonNode n : table) {
            if (state.equals(n.path("state").asText())) {
                return n;
            }
        }
        return null;
    }
}
