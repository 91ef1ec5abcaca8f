package org.m4sd.rules.employment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The employment thresholds as the rule packs' data files state them (caps, ceilings, months, time limits, each
 * with its dates), read straight from the JSON so that test requests can be drawn on and around them without
 * sharing any code with the case builders they test.
 */
final class PackThresholds {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PACKS = "org/m4sd/rules/packs/";

    /** The packs' parameters, one file each: {@code npl}, {@code phl}, {@code bgd}, {@code international}. */
    private static final JsonNode NPL = read("npl");
    private static final JsonNode PHL = read("phl");
    private static final JsonNode BGD = read("bgd");
    private static final JsonNode INTERNATIONAL = read("international");

    private static final String BGD_CEILING_PREFIX = "fr.bgd.ceiling.";

    private PackThresholds() {
    }

    /** An amount in a currency, as a pack states a cap. */
    record Amount(BigDecimal amount, String currency) {
    }

    /** Nepal's cap on an agency's service charge in force on {@code day}, if any. */
    static Optional<Amount> nepalServiceChargeCap(LocalDate day) {
        return inForce(NPL, "fr.npl.service-charge-cap", day).map(PackThresholds::amount);
    }

    /** Nepal's welfare-fund contribution in force on {@code day}, if any. */
    static Optional<Amount> nepalWelfareFund(LocalDate day) {
        return inForce(NPL, "fr.npl.welfare-fund", day).map(PackThresholds::amount);
    }

    /** The Philippine placement-fee cap in months of basic salary in force on {@code day}, if any. */
    static Optional<BigDecimal> philippinePlacementFeeMonths(LocalDate day) {
        return inForce(PHL, "fr.phl.placement-fee-months", day).map(JsonNode::decimalValue);
    }

    /** Bangladesh's cost ceiling for work in {@code destination} in force on {@code day}, if any. */
    static Optional<Amount> bangladeshCeiling(String destination, LocalDate day) {
        String parameter = BGD_CEILING_PREFIX + destination;
        return has(BGD, parameter) ? inForce(BGD, parameter, day).map(PackThresholds::amount) : Optional.empty();
    }

    /**
     * The months a competent authority has to decide on a complete file, in force on {@code day}; before the
     * first value, the first value (a request then has no time limit, whatever the months drawn).
     */
    static int decisionTimeLimitMonths(LocalDate day) {
        return inForce(INTERNATIONAL, "qr.decision.max-months", day)
                .orElseGet(() -> values(INTERNATIONAL, "qr.decision.max-months").get(0).path("value")).asInt();
    }

    /**
     * The parties the international pack records for a recognition convention ({@code LRC}, {@code GLOBAL}), each
     * with the first day the convention binds it, in the table's order.
     */
    static Map<String, LocalDate> recognitionConventionParties(String convention) {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (JsonNode c : INTERNATIONAL.path("tables").path("recognition-convention-parties")
                .path("conventions")) {
            if (c.path("convention").asText().equals(convention)) {
                c.path("parties").forEach(p -> out.put(p.path("state").asText(),
                        LocalDate.parse(p.path("inForceFrom").asText())));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the international pack records no party to " + convention);
        }
        return out;
    }

    /** The first days on which a parameter of the international pack takes a value, in order. */
    static List<LocalDate> internationalChanges(String parameter) {
        List<LocalDate> out = new ArrayList<>();
        values(INTERNATIONAL, parameter).forEach(v -> out.add(LocalDate.parse(v.path("validFrom").asText())));
        return out;
    }

    private static Amount amount(JsonNode money) {
        return new Amount(money.path("amount").decimalValue(), money.path("currency").asText());
    }

    /** The value of a parameter in force on {@code day}: validFrom on or before it, validTo (if any) on or after. */
    private static Optional<JsonNode> inForce(JsonNode pack, String parameter, LocalDate day) {
        for (JsonNode v : values(pack, parameter)) {
            LocalDate from = LocalDate.parse(v.path("validFrom").asText());
            JsonNode to = v.path("validTo");
            if (!day.isBefore(from) && (to.isNull() || to.isMissingNode() || !day.isAfter(LocalDate.parse(to.asText())))) {
                return Optional.of(v.path("value"));
            }
        }
        return Optional.empty();
    }

    private static boolean has(JsonNode pack, String parameter) {
        for (JsonNode p : pack.path("parameters")) {
            if (p.path("name").asText().equals(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> values(JsonNode pack, String parameter) {
        for (JsonNode p : pack.path("parameters")) {
            if (p.path("name").asText().equals(parameter)) {
                List<JsonNode> out = new ArrayList<>();
                p.path("values").forEach(out::add);
                return out;
            }
        }
        throw new IllegalStateException("no parameter " + parameter + " in the employment packs");
    }

    private static JsonNode read(String pack) {
        String path = PACKS + pack + "/employment.json";
        try (InputStream in = PackThresholds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the class path");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
