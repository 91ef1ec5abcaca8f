package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.sdk.request.ContributionPeriod;

/**
 * One row of a pack's {@code agreements} table as the social-security determinations read it (DOMAIN.md 4.3):
 * the states party besides the jurisdiction (a bilateral row's {@code partners}; a multilateral row's
 * {@code parties}, the jurisdiction among them), the branches covered, the dates between which it applies, and
 * what it does with the service done in the other parties: the service dates it covers, whether it applies only
 * to a person living in the paying state (territoriality, as the CIS agreement of 1992: "the state of residence
 * pays"), and whether that service then counts as the paying state's own (a national pension) or is totalised
 * for a pro-rata share. An agreement whose entry into force the sources do not give has no {@code inForce} date
 * and never applies.
 *
 * @param id                   the table's id, reported in the decision's values
 * @param partners             the other parties of a bilateral row, ISO 3166-1 alpha-3
 * @param parties              all parties of a multilateral row; empty for a bilateral row
 * @param name                 the agreement's title
 * @param inForce              first day it applies; null when not seen
 * @param validTo              last day it applies; null while it does
 * @param dateTag              the V/S/B tag of the entry-into-force date
 * @param coversOldAge         whether the branches it covers include old-age pensions
 * @param regime               the regime the row names (PRO_RATA_TOTALISATION, TERRITORIALITY); null when unnamed
 * @param firstServiceDay      first day of the service it covers; null: no bound
 * @param lastServiceDay       last day of the service it covers; null: no bound
 * @param onlyForResidents     it applies only where the person lives in the paying state
 * @param serviceCountsAsOwn   the other parties' service counts as the paying state's own (no pro-rata share)
 * @param basisForPayingAbroad it is a basis for paying a pension to a person living in another party
 */
record ReferencePensionAgreement(String id, List<String> partners, List<String> parties, String name,
        LocalDate inForce, LocalDate validTo, String dateTag, boolean coversOldAge, String regime,
        LocalDate firstServiceDay, LocalDate lastServiceDay, boolean onlyForResidents, boolean serviceCountsAsOwn,
        boolean basisForPayingAbroad) {

    /** The branch code of old-age pensions in the table. */
    private static final String OLD_AGE = "OLD_AGE";

    /** Whether the agreement applies on {@code day}: its entry into force is recorded and passed, and it still runs. */
    boolean appliesOn(LocalDate day) {
        if (inForce == null || day.isBefore(inForce)) {
            return false;
        }
        return validTo == null || !day.isAfter(validTo);
    }

    /** The states whose periods it adds for {@code state}: the partners, or the other parties where it is one. */
    List<String> otherStatesFor(String state) {
        if (parties.isEmpty()) {
            return partners;
        }
        List<String> others = new ArrayList<>();
        if (parties.contains(state)) {
            for (String party : parties) {
                if (!party.equals(state)) {
                    others.add(party);
                }
            }
        }
        return others;
    }

    /**
     * The days of a period that fall in the service the agreement covers, as a period: the period as given where
     * it lies wholly within, its calendar days within where it straddles a bound, empty where none falls within.
     */
    List<ContributionPeriod> coveredPart(ContributionPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean cut = false;
        if (firstServiceDay != null && from.isBefore(firstServiceDay)) {
            from = firstServiceDay;
            cut = true;
        }
        if (lastServiceDay != null && to.isAfter(lastServiceDay)) {
            to = lastServiceDay;
            cut = true;
        }
        if (to.isBefore(from)) {
            return List.of();
        }
        return List.of(cut ? ContributionPeriod.of(period.country(), from, to) : period);
    }

    /**
     * How an explanation names the agreement: its title, id, and entry into force with that date's tag; a row that
     * names its regime adds it and the service it covers.
     */
    String citation() {
        StringBuilder text = new StringBuilder(name).append(" (").append(id).append(", in force ").append(inForce)
                .append(" [").append(dateTag).append(']');
        if (regime != null) {
            text.append("; ").append("TERRITORIALITY".equals(regime) ? "territoriality: the state of residence pays"
                    : "pro-rata totalisation");
            if (firstServiceDay != null && lastServiceDay != null) {
                text.append(", service from ").append(firstServiceDay).append(" to ").append(lastServiceDay);
            } else if (firstServiceDay != null) {
                text.append(", service from ").append(firstServiceDay);
            } else if (lastServiceDay != null) {
                text.append(", service to ").append(lastServiceDay);
            }
        }
        return text.append(')').toString();
    }

    /** Every row of an {@code agreements} table, in the table's order. */
    static List<ReferencePensionAgreement> readTable(JsonNode table) {
        List<ReferencePensionAgreement> rows = new ArrayList<>(table.size());
        for (JsonNode row : table) {
            boolean oldAge = false;
            for (JsonNode branch : row.path("branches")) {
                oldAge |= OLD_AGE.equals(branch.asText());
            }
            JsonNode regime = row.get("regime");
            JsonNode condition = row.get("condition");
            JsonNode paysAbroad = row.get("paysAbroad");
            rows.add(new ReferencePensionAgreement(row.path("id").asText(), codes(row.path("partners")),
                    codes(row.path("parties")), row.path("name").asText(), day(row, "inForce"),
                    day(row, "validTo"), row.path("dateStatus").asText("B"), oldAge,
                    regime == null || regime.isNull() ? null : regime.asText(), day(row, "serviceFrom"),
                    day(row, "serviceTo"),
                    condition != null && "RESIDES_IN_PAYING_STATE".equals(condition.asText()),
                    "COUNTS_AS_OWN".equals(row.path("effect").asText()),
                    paysAbroad == null || paysAbroad.isNull() || paysAbroad.asBoolean()));
        }
        return List.copyOf(rows);
    }

    /**
     * The agreements of the table that cover old-age pensions and apply on {@code day}, in the table's order;
     * none where the pack has no table.
     */
    static List<ReferencePensionAgreement> oldAgeAgreementsOn(List<ReferencePensionAgreement> table, LocalDate day) {
        List<ReferencePensionAgreement> applying = new ArrayList<>(table.size());
        for (ReferencePensionAgreement a : table) {
            if (a.coversOldAge() && a.appliesOn(day)) {
                applying.add(a);
            }
        }
        return applying;
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>(array.size());
        array.forEach(c -> codes.add(c.asText()));
        return List.copyOf(codes);
    }

    private static LocalDate day(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
