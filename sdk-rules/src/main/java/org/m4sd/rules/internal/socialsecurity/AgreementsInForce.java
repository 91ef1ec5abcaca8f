package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.internal.packs.Parsed;

/**
 * The agreements of a pack's {@code agreements} table that cover old-age pensions and are in force on a date, in
 * table order, with their partner states. Tables are small and a date selects one of few combinations, so each
 * combination is built once and shared.
 *
 * @param agreements the agreements in force, in table order
 * @param byPartner  for each partner state, the first of them whose partners include it
 */
record AgreementsInForce(List<Agreement> agreements, Map<String, Agreement> byPartner) {
    static final AgreementsInForce NONE = new AgreementsInForce(List.of(), Map.of());

    private static final Map<Key, AgreementsInForce> BUILT = new ConcurrentHashMap<>();

    /** The partner states of the agreements in force. */
    Set<String> partners() {
        return byPartner.keySet();
    }

    /** The agreements in the table (null: no table) that cover old-age pensions and are in force on the day. */
    static AgreementsInForce of(JsonNode table, LocalDate day) {
        if (table == null) {
            return NONE;
        }
        List<Agreement> all = Parsed.of(table, Agreement::parseAll);
        // Tables hold a few dozen agreements at most: which are in force fits in a bit set.
        long inForce = 0;
        for (int i = 0; i < all.size() && i < Long.SIZE; i++) {
            if (all.get(i).inForceOn(day) && all.get(i).coversOldAge()) {
                inForce |= 1L << i;
            }
        }
        if (all.size() > Long.SIZE) {
            return build(all, day);
        }
        return BUILT.computeIfAbsent(new Key(all, inForce), k -> build(all, day));
    }

    private static AgreementsInForce build(List<Agreement> all, LocalDate day) {
        List<Agreement> agreements = new ArrayList<>();
        Map<String, Agreement> byPartner = new HashMap<>();
        for (Agreement a : all) {
            if (a.inForceOn(day) && a.coversOldAge()) {
                agreements.add(a);
                for (String partner : a.partners()) {
                    byPartner.putIfAbsent(partner, a);
                }
            }
        }
        return new AgreementsInForce(List.copyOf(agreements), Map.copyOf(byPartner));
    }

    /** A table, by identity, and which of its agreements are in force. */
    private record Key(List<Agreement> table, long inForce) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.table == table && k.inForce == inForce;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(table) * 31 + Long.hashCode(inForce);
        }
    }
}
