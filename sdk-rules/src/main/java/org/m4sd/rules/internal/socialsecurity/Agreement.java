package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A social-security agreement as the pack's {@code agreements} table records it: partners, dates and source.
 * An agreement applies on a date only when its entry into force is recorded, has passed, and it has not been
 * replaced; an agreement whose entry into force was not seen is never applied.
 */
public record Agreement(String id, List<String> partners, String name, LocalDate inForce, LocalDate validTo,
        String dateStatus, Set<String> branches, String sourceInstrument, String sourceStatus) {
    static final String OLD_AGE = "OLD_AGE";

    boolean inForceOn(LocalDate day) {
        return inForce != null && !day.isBefore(inForce) && (validTo == null || !day.isAfter(validTo));
    }

    boolean coversOldAge() {
        return branches.contains(OLD_AGE);
    }

    static List<Agreement> parseAll(JsonNode table) {
        List<Agreement> all = new ArrayList<>();
        table.forEach(n -> all.add(parse(n)));
        return List.copyOf(all);
    }

    static Agreement parse(JsonNode n) {
        List<String> partners = new ArrayList<>();
        n.path("partners").forEach(p -> partners.add(p.asText()));
        Set<String> branches = new TreeSet<>();
        n.path("branches").forEach(b -> branches.add(b.asText()));
        return new Agreement(n.path("id").asText(), List.copyOf(partners), n.path("name").asText(),
                date(n, "inForce"), date(n, "validTo"), n.path("dateStatus").asText("B"), branches,
                n.path("source").path("instrument").asText(), n.path("source").path("status").asText("B"));
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    /** How the explanation names it: name, entry into force and the tag of that date. */
    public String describe() {
        return name + " (" + id + ", in force " + inForce + " [" + dateStatus + "])";
    }
}
