package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Parsed;

/**
 * The agreements of a pack's {@code agreements} table that cover old-age pensions and are in force on a date, in
 * table order, with their partner states seen from the jurisdiction (a multilateral agreement's other parties).
 * Tables are small and a date selects one of few combinations, so each combination is built once and shared.
 *
 * @param agreements the agreements in force, in table order
 * @param partners   for each of them, at the same index, its partner states seen from the jurisdiction (a list,
 *                   not a map keyed by agreement: hashing an agreement hashes all its data, on every request)
 * @param byPartner  for each partner state, the first of them whose partners include it and that is a basis for
 *                   paying a pension abroad (not one under which the state of residence pays)
 */
record AgreementsInForce(List<Agreement> agreements, List<List<String>> partners,
        Map<String, Agreement> byPartner) {
    static final AgreementsInForce NONE = new AgreementsInForce(List.of(), List.of(), Map.of());

    /** The partner states of the agreements in force that are a basis for paying a pension abroad. */
    Set<String> payingAbroadPartners() {
        return byPartner.keySet();
    }

    /**
     * The agreements in the table (null: no table) that cover old-age pensions and are in force on the day, seen
     * from the jurisdiction.
     */
    static AgreementsInForce of(PackStore store, JsonNode table, LocalDate day, String jurisdiction) {
        if (table == null) {
            return NONE;
        }
        List<Agreement> all = Parsed.of(store, table, Agreement::parseAll);
        // Tables hold a few dozen agreements at most: which are in force fits in a bit set.
        long inForce = 0;
        for (int i = 0; i < all.size() && i < Long.SIZE; i++) {
            if (all.get(i).inForceOn(day) && all.get(i).coversOldAge()) {
                inForce |= 1L << i;
            }
        }
        if (all.size() > Long.SIZE) {
            return build(all, day, jurisdiction);
        }
        Map<Key, AgreementsInForce> built = store.cache(AgreementsInForce.class);
        return built.computeIfAbsent(new Key(all, inForce, jurisdiction), k -> build(all, day, jurisdiction));
    }

    private static AgreementsInForce build(List<Agreement> all, LocalDate day, String jurisdiction) {
        List<Agreement> agreements = new ArrayList<>();
        List<List<String>> partners = new ArrayList<>();
        Map<String, Agreement> byPartner = new HashMap<>();
        for (Agreement a : all) {
            if (a.inForceOn(day) && a.coversOldAge()) {
                agreements.add(a);
                List<String> seen = a.partnersOf(jurisdiction);
                partners.add(seen);
                for (String partner : seen) {
                    if (a.paysAbroad()) {
                        byPartner.putIfAbsent(partner, a);
                    }
                }
            }
        }
        return new AgreementsInForce(List.copyOf(agreements), List.copyOf(partners), Map.copyOf(byPartner));
    }

    /** A table, by identity, which of its agreements are in force, and the jurisdiction they are seen from. */
    private record Key(List<Agreement> table, long inForce, String jurisdiction) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.table == table && k.inForce == inForce
                    && k.jurisdiction.equals(jurisdiction);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(table) * 31 + Long.hashCode(inForce)) * 31 + jurisdiction.hashCode();
        }
    }
}
