package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code social-security.benefit-export}, read from DOMAIN.md section 4 item 2 and the packs' {@code agreements}
 * and {@code c118Ratifications} tables. Someone living in the paying state needs no export. For someone living
 * abroad, the bases are, in this order: an agreement in force between the paying state and the state of
 * residence that covers old-age pensions; ILO C118 art. 5, which obliges a paying state that accepted the
 * old-age branch to pay its own nationals and the nationals of every other state that accepted that branch,
 * wherever they live (the state of residence plays no part). Where the paying state is so bound and the
 * nationality is not given, the nationality is the missing fact. With no basis, national law may still pay
 * abroad; no pack encodes it, so the decision is left open and names the parameter that would
 * ({@code ss.export.national-rule}): never a refusal on international grounds alone. Migratory status is never
 * read.
 */
final class ReferenceBenefitExport implements ReferenceDeterminer {
    private static final String RESIDENCE = "ss.export.residence";
    private static final String BASIS = "ss.export.basis";
    /** The C118 branch (art. 2(1)(e)) whose acceptance art. 5 reads for old-age pensions, as the packs spell it. */
    private static final String OLD_AGE_BRANCH = "OLD_AGE";
    private static final String NATIONAL_RULE = "ss.export.national-rule";

    private static final List<ReferenceRule> RULES = List.of(
            blocks("ss.export.residence-unknown", RESIDENCE, 10, "ilo-r167"),
            blocks("ss.export.resides-in-jurisdiction", RESIDENCE, 10, "ilo-r167"),
            blocks("ss.export.resides-abroad", RESIDENCE, 10, "ilo-r167"),
            blocks("ss.export.basis.agreement", BASIS, 20, "ilo-c157", "ilo-r167"),
            blocks("ss.export.basis.c118-own-national", BASIS, 20, "ilo-c118-5"),
            blocks("ss.export.basis.c118-other-party-national", BASIS, 20, "ilo-c118-5"),
            blocks("ss.export.basis.nationality-unknown", BASIS, 20, "ilo-c118-5"),
            blocks("ss.export.basis.national-law-not-encoded", BASIS, 20, "ss-export-national-law"));

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
        String nationality = request.person().nationality().orElse(null);
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

        // An agreement in force with the state of residence that covers old-age pensions and pays them abroad
        // (under a territoriality agreement the state of residence pays instead): the first in the table.
        List<ReferencePensionAgreement> table = law.table("agreements").map(agreementsRead::of).orElse(List.of());
        for (ReferencePensionAgreement a : ReferencePensionAgreement.oldAgeAgreementsOn(table, asOf)) {
            if (a.basisForPayingAbroad() && a.otherStatesFor(payer).contains(residence)) {
                findings.value("agreement", a.id());
                findings.value("exportBasis", "AGREEMENT");
                findings.met("ss.export.basis.agreement", "SS_EXPORT_AGREEMENT", a.citation(), residence);
                return;
            }
        }

        // C118 art. 5: the paying state's acceptance of the old-age branch, then the beneficiary's nationality.
        JsonNode ratifications = law.table("c118Ratifications").orElse(null);
        JsonNode payerRow = rowOf(ratifications, payer);
        boolean payerBound = boundForOldAge(payerRow, asOf);
        boolean foreignNational = nationality != null && !nationality.equals(payer);
        String detail = payer + ": " + describe(payerRow, asOf);
        if (foreignNational) {
            detail += "; " + nationality + ": " + describe(rowOf(ratifications, nationality), asOf);
        }
        if (payerBound && nationality == null) {
            findings.unknown("ss.export.basis.nationality-unknown", "SS_EXPORT_NATIONALITY_UNKNOWN",
                    "$.person.nationality");
        } else if (payerBound && !foreignNational) {
            findings.value("exportBasis", "C118");
            findings.met("ss.export.basis.c118-own-national", "SS_EXPORT_C118_OWN_NATIONAL", payer, detail,
                    residence);
        } else if (payerBound && boundForOldAge(rowOf(ratifications, nationality), asOf)) {
            findings.value("exportBasis", "C118");
            findings.met("ss.export.basis.c118-other-party-national", "SS_EXPORT_C118_PARTY_NATIONAL", payer,
                    nationality, detail, residence);
        } else {
            findings.value("exportBasis", "NATIONAL_LAW_NOT_ENCODED");
            findings.notEncoded("ss.export.basis.national-law-not-encoded", "SS_EXPORT_NATIONAL_RULE_NOT_ENCODED",
                    NATIONAL_RULE, payer, residence, detail);
        }
    }

    /** The table's row for a state; null where the table or the row is missing. */
    private static JsonNode rowOf(JsonNode table, String state) {
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

    /** The year of a ratification recorded and in force by the date (from the start of its year); else null. */
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

    private static boolean acceptsOldAge(JsonNode row) {
        for (JsonNode branch : row.path("branchesAccepted")) {
            if (OLD_AGE_BRANCH.equals(branch.asText())) {
                return true;
            }
        }
        return false;
    }

    /** C118 in force for the state on the date with its old-age branch accepted. */
    private static boolean boundForOldAge(JsonNode row, LocalDate asOf) {
        return ratifiedBy(row, asOf) != null && acceptsOldAge(row);
    }

    /** What the explanation says of one state's ratification and old-age branch, with the tags of the sources. */
    private static String describe(JsonNode row, LocalDate asOf) {
        if (row == null) {
            return "C118 ratification not recorded";
        }
        String tag = " [" + row.path("source").path("status").asText("B") + "]";
        JsonNode year = row.get("year");
        if (!row.path("ratified").asBoolean(false) || year == null || year.isNull()) {
            return "C118 not ratified" + tag;
        }
        if (ratifiedBy(row, asOf) == null) {
            return "C118 ratified only in " + year.asInt() + tag;
        }
        return "C118 ratified " + year.asInt() + tag + ", old-age branch "
                + (acceptsOldAge(row) ? "accepted" : "not accepted")
                + " [" + row.path("branchesStatus").asText("B") + "]";
    }
}
