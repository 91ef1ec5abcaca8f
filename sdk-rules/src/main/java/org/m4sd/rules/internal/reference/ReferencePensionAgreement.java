package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a pack's {@code agreements} table as the social-security determinations read it (DOMAIN.md 4.3):
 * the states party besides the jurisdiction, the branches covered, and the dates between which it applies. An
 * agreement whose entry into force the sources do not give has no {@code inForce} date and never applies.
 *
 * @param id           the table's id, reported in the decision's values
 * @param partners     the other parties, ISO 3166-1 alpha-3
 * @param name         the agreement's title
 * @param inForce      first day it applies; null when not seen
 * @param validTo      last day it applies; null while it does
 * @param dateTag      the V/S/B tag of the entry-into-force date
 * @param coversOldAge whether the branches it covers include old-age pensions
 */
record ReferencePensionAgreement(String id, List<String> partners, String name, LocalDate inForce,
        LocalDate validTo, String dateTag, boolean coversOldAge) {

    /** The branch code of old-age pensions in the table. */
    private static final String OLD_AGE = "OLD_AGE";

    /** Whether the agreement applies on {@code day}: its entry into force is recorded and passed, and it still runs. */
    boolean appliesOn(LocalDate day) {
        if (inForce == null || day.isBefore(inForce)) {
            return false;
        }
        return validTo == null || !day.isAfter(validTo);
    }

    /** How an explanation names the agreement: its title, id, and entry into force with that date's tag. */
    String citation() {
        return name + " (" + id + ", in force " + inForce + " [" + dateTag + "])";
    }

    /** Every row of an {@code agreements} table, in the table's order. */
    static List<ReferencePensionAgreement> readTable(JsonNode table) {
        List<ReferencePensionAgreement> rows = new ArrayList<>(table.size());
        for (JsonNode row : table) {
            List<String> partners = new ArrayList<>(row.path("partners").size());
            row.path("partners").forEach(p -> partners.add(p.asText()));
            boolean oldAge = false;
            for (JsonNode branch : row.path("branches")) {
                oldAge |= OLD_AGE.equals(branch.asText());
            }
            rows.add(new ReferencePensionAgreement(row.path("id").asText(), List.copyOf(partners),
                    row.path("name").asText(), day(row, "inForce"), day(row, "validTo"),
                    row.path("dateStatus").asText("B"), oldAge));
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

    private static LocalDate day(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
