package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The WHO Health Workforce Support and Safeguards List 2023 as pack data records it (table
 * {@value DiasporaReturnSupport#SAFEGUARDS_TABLE}): the countries recorded as listed, each with the V/S/B status of
 * its listing, and the list's criteria. A country absent here is "not recorded as listed", not "not listed".
 *
 * @param listingStatusByCountry             the listed countries, in the pack's order, with their listing's status
 * @param doctorsNursesMidwivesPer10000Below the list's criterion: fewer doctors, nurses and midwives per 10,000
 * @param uhcServiceCoverageIndexBelow       the list's criterion: a UHC service-coverage index below this
 *                                           (both criteria as the table writes them: they are quoted, not compared)
 */
public record SafeguardsList(Map<String, String> listingStatusByCountry, String doctorsNursesMidwivesPer10000Below,
        String uhcServiceCoverageIndexBelow) {

    public SafeguardsList {
        listingStatusByCountry = Collections.unmodifiableMap(new LinkedHashMap<>(listingStatusByCountry));
    }

    /** Reads the table; called once per table node (see {@code Parsed}). */
    static SafeguardsList parse(JsonNode table) {
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode entry : table.path("listed")) {
            listed.putIfAbsent(entry.path("country").asText(), entry.path("status").asText());
        }
        JsonNode criteria = table.path("criteria");
        return new SafeguardsList(listed, criteria.path("doctorsNursesMidwivesPer10000Below").asText(),
                criteria.path("uhcServiceCoverageIndexBelow").asText());
    }

    /** The countries recorded as listed. */
    public Set<String> listedCountries() {
        return listingStatusByCountry.keySet();
    }

    /** The V/S/B status of a listed country's listing. */
    public String listingStatus(String country) {
        return listingStatusByCountry.get(country);
    }

    /** The countries recorded as listed, comma-separated, for messages. */
    public String recorded() {
        return String.join(", ", listingStatusByCountry.keySet());
    }
}
