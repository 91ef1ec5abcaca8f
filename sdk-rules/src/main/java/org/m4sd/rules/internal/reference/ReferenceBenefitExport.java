package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code social-security.benefit-export}, read from DOMAIN.md section 4 item 2 and the packs' agreements and
 * {@code c118Ratifications} tables: an old-age pension is paid to a person living outside the paying state where
 * an agreement in force with the state of residence covers old-age pensions, or where both states ratified ILO
 * C118 (art. 5). Someone living in the paying state needs no export. Migratory status is never read.
 *
 * <p>It reproduces the decisions of the release before the rules moved into the DRL, which depart from DOMAIN.md
 * 4.2: the test reads the state of residence where C118 reads the beneficiary's nationality, and a person with
 * neither basis is refused rather than left undetermined; the next issue corrects both implementations.
 */
final class ReferenceBenefitExport implements ReferenceDeterminer {
    private static final String RESIDENCE = "ss.export.residence";
    private static final String BASIS = "ss.export.basis";

    private static final List<ReferenceRule> RULES = List.of(
            blocks("ss.export.residence-unknown", RESIDENCE, 10, "ilo-c118-5"),
            blocks("ss.export.resides-in-jurisdiction", RESIDENCE, 10, "ilo-c118-5"),
            blocks("ss.export.resides-abroad", RESIDENCE, 10, "ilo-c118-5"),
            blocks("ss.export.basis.agreement", BASIS, 20, "ilo-c157", "ilo-r167"),
            blocks("ss.export.basis.c118", BASIS, 20, "ilo-c118-5"),
            blocks("ss.export.basis.none", BASIS, 20, "ilo-c118-5", "ilo-c157"));

    private final ReferenceSocialSecurityMemo<List<ReferencePensionAgreement>> agreementsRead =
            new ReferenceSocialSecurityMemo<>(ReferencePensionAgreement::readTable);

    @Override
    public Determination determination() {
        return Determination.SOCIAL_SECURITY_BENEFIT_EXPORT;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters law, Findings findings) {
        String payer = request.jurisdiction();
        String residence = request.person().countryOfResidence().orElse(null);
        LocalDate asOf = request.asOf();
        if (residence == null) {
            findings.unknown("ss.export.residence-unknown", "SS_EXPORT_RESIDENCE_UNKNOWN",
                    "$.person.countryOfResidence");
            return;
        }
        if (residence.equals(payer)) {
            findings.value("exportNeeded", false);
            findings.value("exportBasis", "NOT_NEEDED");
            findings.met("ss.export.resides-in-jurisdiction", "SS_EXPORT_NOT_NEEDED", payer);
            return;
        }
        findings.value("exportNeeded", true);
        findings.met("ss.export.resides-abroad", "SS_EXPORT_ABROAD", residence, payer);

        // An agreement in force with the state of residence that covers old-age pensions: the first in the table.
        ReferencePensionAgreement agreement = null;
        List<ReferencePensionAgreement> table = law.table("agreements").map(agreementsRead::of).orElse(List.of());
        for (ReferencePensionAgreement a : ReferencePensionAgreement.oldAgeAgreementsOn(table, asOf)) {
            if (a.partners().contains(residence)) {
                agreement = a;
                break;
            }
        }
        // C118 ratified by both states by the date (a ratification counts from the start of its year).
        JsonNode ratifications = law.table("c118Ratifications").orElse(null);
        JsonNode payerRow = ratificationOf(ratifications, payer);
        JsonNode residenceRow = ratificationOf(ratifications, residence);
        boolean bothRatified = ratifiedBy(payerRow, asOf) != null && ratifiedBy(residenceRow, asOf) != null;
        String ratificationDetail = payer + ": " + describe(payerRow, asOf) + "; " + residence + ": "
                + describe(residenceRow, asOf);

        if (agreement != null) {
            findings.value("agreement", agreement.id());
            findings.value("exportBasis", "AGREEMENT");
            findings.met("ss.export.basis.agreement", "SS_EXPORT_AGREEMENT", agreement.citation(), residence);
        } else if (bothRatified) {
            findings.value("exportBasis", "C118");
            findings.met("ss.export.basis.c118", "SS_EXPORT_C118", ratificationDetail);
        } else {
            findings.value("exportBasis", "NONE");
            findings.notMet("ss.export.basis.none", "SS_EXPORT_NO_BASIS", payer, residence, ratificationDetail);
        }
    }

    /** The table's row for a state; null where the table or the row is missing. */
    private static JsonNode ratificationOf(JsonNode table, String state) {
        if (table == null) {
            return null;
        }
        for (JsonNode row : table) {
            if (state.equals(row.path("state").asText())) {
                return row;
            }
        }
        return null;
    }

    /** The year of a ratification recorded as made by the date; null where there is none. */
    private static Integer ratifiedBy(JsonNode row, LocalDate asOf) {
        if (row == null || !row.path("ratified").asBoolean(false)) {
            return null;
        }
        JsonNode year = row.get("year");
        if (year == null || year.isNull() || year.asInt() > asOf.getYear()) {
            return null;
        }
        return year.asInt();
    }

    /** What the explanation says of one state's ratification, with the tag of its source. */
    private static String describe(JsonNode row, LocalDate asOf) {
        if (row == null) {
            return "C118 ratification not recorded";
        }
        Integer year = ratifiedBy(row, asOf);
        String tag = " [" + row.path("source").path("status").asText("B") + "]";
        return year != null ? "C118 ratified " + year + tag : "C118 not ratified" + tag;
    }
}
