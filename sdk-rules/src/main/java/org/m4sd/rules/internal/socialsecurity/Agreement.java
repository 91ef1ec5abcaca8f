package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A social-security agreement as the pack's {@code agreements} table records it: partners, dates and source, and
 * how it deals with service (DOMAIN.md 4.3). An agreement applies on a date only when its entry into force is
 * recorded, has passed, and it has not been replaced; an agreement whose entry into force was not seen is never
 * applied.
 *
 * <p>A bilateral row names its {@code partners}; a multilateral row names all its {@code parties}, the
 * jurisdiction among them, and every other party is a partner. The {@code regime} says what the agreement does
 * with the partners' service: {@code PRO_RATA_TOTALISATION} (the default: periods are added and each state pays
 * its share) or {@code TERRITORIALITY} (the paying state counts the other parties' service as its own). A row may
 * cover only the service done between {@code serviceFrom} and {@code serviceTo}, set a {@code condition} on the
 * person ({@code RESIDES_IN_PAYING_STATE}) and an {@code effect} ({@code PRO_RATA_SHARE} or {@code COUNTS_AS_OWN});
 * {@code paysAbroad} false says the agreement gives no basis for paying a pension abroad (the state of residence
 * pays).
 *
 * @param regime      the regime the row declares; null where it declares none (pro-rata totalisation)
 * @param serviceFrom first day of the service it covers; null: from any day
 * @param serviceTo   last day of the service it covers; null: to any day
 * @param condition   the condition on the person for it to apply; null: none
 * @param effect      what the partners' service counts as
 * @param paysAbroad  whether it is a basis for paying a pension abroad
 */
public record Agreement(String id, List<String> partners, List<String> parties, String name, LocalDate inForce,
        LocalDate validTo, String dateStatus, Set<String> branches, String sourceInstrument, String sourceStatus,
        String regime, LocalDate serviceFrom, LocalDate serviceTo, String condition, String effect,
        boolean paysAbroad) {
    static final String OLD_AGE = "OLD_AGE";
    static final String PRO_RATA_SHARE = "PRO_RATA_SHARE";
    static final String TERRITORIALITY = "TERRITORIALITY";

    boolean inForceOn(LocalDate day) {
        return inForce != null && !day.isBefore(inForce) && (validTo == null || !day.isAfter(validTo));
    }

    boolean coversOldAge() {
        return branches.contains(OLD_AGE);
    }

    /**
     * The partner states seen from a jurisdiction: the row's partners, or for a multilateral row the parties other
     * than the jurisdiction, none where the jurisdiction is not a party.
     */
    List<String> partnersOf(String jurisdiction) {
        if (parties.isEmpty()) {
            return partners;
        }
        if (!parties.contains(jurisdiction)) {
            return List.of();
        }
        List<String> others = new ArrayList<>(parties);
        others.remove(jurisdiction);
        return List.copyOf(others);
    }

    /** Whether the service of a day falls in the service the agreement covers. */
    boolean coversServiceOn(LocalDate day) {
        return (serviceFrom == null || !day.isBefore(serviceFrom)) && (serviceTo == null || !day.isAfter(serviceTo));
    }

    static List<Agreement> parseAll(JsonNode table) {
        List<Agreement> all = new ArrayList<>();
        table.forEach(n -> all.add(parse(n)));
        return List.copyOf(all);
    }

    static Agreement parse(JsonNode n) {
        List<String> partners = new ArrayList<>();
        n.path("partners").forEach(p -> partners.add(p.asText()));
        List<String> parties = new ArrayList<>();
        n.path("parties").forEach(p -> parties.add(p.asText()));
        Set<String> branches = new TreeSet<>();
        n.path("branches").forEach(b -> branches.add(b.asText()));
        return new Agreement(n.path("id").asText(), List.copyOf(partners), List.copyOf(parties),
                n.path("name").asText(), date(n, "inForce"), date(n, "validTo"), n.path("dateStatus").asText("B"),
                branches, n.path("source").path("instrument").asText(), n.path("source").path("status").asText("B"),
                n.hasNonNull("regime") ? n.get("regime").asText() : null, date(n, "serviceFrom"),
                date(n, "serviceTo"), n.hasNonNull("condition") ? n.get("condition").asText() : null,
                n.path("effect").asText(PRO_RATA_SHARE), n.path("paysAbroad").asBoolean(true));
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    /**
     * How the explanation names it: name, entry into force and the tag of that date; where the row declares its
     * regime, the regime and the service it covers.
     */
    public String describe() {
        String named = name + " (" + id + ", in force " + inForce + " [" + dateStatus + "]";
        if (regime == null) {
            return named + ")";
        }
        String regimeText = TERRITORIALITY.equals(regime) ? "territoriality: the state of residence pays"
                : "pro-rata totalisation";
        String service = serviceFrom == null && serviceTo == null ? ""
                : serviceFrom == null ? ", service to " + serviceTo
                : serviceTo == null ? ", service from " + serviceFrom
                : ", service from " + serviceFrom + " to " + serviceTo;
        return named + "; " + regimeText + service + ")";
    }
}
