package org.m4sd.rules.internal.employment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Sex;

/**
 * Reads a state's national fee rule in force on a day from that state's pack (the pack context is the state's and
 * the day's, not necessarily the deciding jurisdiction's): the rule set named by {@code fr.rule-set},
 * with its parameters as typed values. Lists in pack data are parsed once and shared.
 */
final class NationalFeeRules {
    static final String RULE_SET = "fr.rule-set";
    static final String NPL_DESTINATIONS = "fr.npl.destinations";
    static final String NPL_EMPLOYER_PAID = "fr.npl.employer-paid-items";
    static final String NPL_WORKER_PAID = "fr.npl.worker-paid-items";
    static final String NPL_SERVICE_CHARGE_CAP = "fr.npl.service-charge-cap";
    static final String NPL_WELFARE_FUND = "fr.npl.welfare-fund";
    static final String PHL_MONTHS = "fr.phl.placement-fee-months";
    static final String PHL_HOUSEHOLD_ZERO = "fr.phl.household-zero-fee";
    static final String PHL_G2G_ZERO = "fr.phl.g2g-zero-fee";
    static final String PHL_FEE_BAN_DESTINATIONS = "fr.phl.fee-ban-destinations";
    static final String BGD_CEILING_PREFIX = "fr.bgd.ceiling.";
    static final String BGD_WOMEN_COST_FREE = "fr.bgd.women-cost-free";
    static final String FEE_BAN_ITEMS = "fr.fee-ban.items";

    private NationalFeeRules() {
    }

    /**
     * The national rule of the pack context's state in force on its date, or null where none is encoded (no
     * overlay, or none of its rule sets in force on that day).
     *
     * @throws IllegalArgumentException when the date is before any fee rule the packs hold
     */
    static NationalFeeRule inForce(PackContext packs, String destination) {
        Resolved ruleSet = packs.findParam(RULE_SET).orElseThrow(() -> new IllegalArgumentException(
                packs.asOf() + " is before any fair-recruitment standard the rule packs hold"));
        if (ruleSet.internationalDefault()) {
            return null;
        }
        String since = ruleSet.value().validFrom().toString();
        return switch (ruleSet.text()) {
            case "NPL_FREE_VISA_FREE_TICKET" -> NepalFreeVisaFreeTicket.of(since,
                    Parsed.of(packs.packs(), packs.param(NPL_DESTINATIONS).value().value(), NationalFeeRules::texts),
                    Parsed.of(packs.packs(), packs.param(NPL_EMPLOYER_PAID).value().value(), NationalFeeRules::items),
                    Parsed.of(packs.packs(), packs.param(NPL_WORKER_PAID).value().value(), NationalFeeRules::items),
                    amount(packs.param(NPL_SERVICE_CHARGE_CAP)), amount(packs.param(NPL_WELFARE_FUND)),
                    ruleSet.source());
            case "PHL_PLACEMENT_FEE" -> {
                Resolved months = packs.param(PHL_MONTHS);
                yield new PhilippinePlacementFee(since, new MonthsOfSalary(months.decimal(), months.source()),
                        flag(packs, PHL_HOUSEHOLD_ZERO), flag(packs, PHL_G2G_ZERO),
                        packs.findParam(PHL_FEE_BAN_DESTINATIONS)
                                .map(p -> Parsed.of(packs.packs(), p.value().value(), NationalFeeRules::texts))
                                .orElse(Set.of()),
                        ruleSet.source());
            }
            case "BGD_COST_CEILINGS" -> {
                if (!flag(packs, BGD_WOMEN_COST_FREE)) {
                    throw new IllegalStateException("the Bangladesh pack has cost ceilings but no "
                            + BGD_WOMEN_COST_FREE);
                }
                yield new BangladeshCostCeilings(since, ceilings(packs, destination), ruleSet.source());
            }
            case "FEE_BAN" -> new FeeBan(since, Parsed.of(packs.packs(), packs.param(FEE_BAN_ITEMS).value().value(),
                    NationalFeeRules::items), ruleSet.source());
            default -> throw new IllegalStateException("unknown fee rule set " + ruleSet.text());
        };
    }

    /**
     * The ceiling in force on the date for {@code destination} in the jurisdiction's packs (its overlay or a pack
     * the overlay extends, never the international pack), if any (a map, so that a rule set with a ceiling for the
     * destination and one without differ).
     */
    private static Map<String, Ceiling> ceilings(PackContext packs, String destination) {
        Map<String, Ceiling> out = new HashMap<>();
        Optional<Resolved> ceiling = packs.findParam(BGD_CEILING_PREFIX + destination)
                .filter(national -> !national.internationalDefault());
        if (ceiling.isPresent()) {
            ParameterValue v = ceiling.get().value();
            JsonNode money = v.value();
            out.put(destination, new Ceiling(destination, money.get("amount").decimalValue(),
                    money.get("currency").asText(), v.validFrom().toString(),
                    money.path("allInclusive").asBoolean(false),
                    money.hasNonNull("sex") ? Sex.valueOf(money.get("sex").asText()) : null, v.source()));
        }
        return out;
    }

    private static AmountParameter amount(Resolved p) {
        JsonNode money = p.value().value();
        return new AmountParameter(money.get("amount").decimalValue(), money.get("currency").asText(), p.source());
    }

    private static boolean flag(PackContext packs, String name) {
        return packs.findParam(name).map(p -> p.value().value().asBoolean()).orElse(false);
    }

    private static Set<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return Set.copyOf(out);
    }

    private static Set<CostType> items(JsonNode node) {
        Set<CostType> out = EnumSet.noneOf(CostType.class);
        node.forEach(n -> out.add(CostType.valueOf(n.asText())));
        return Collections.unmodifiableSet(out);
    }
}
