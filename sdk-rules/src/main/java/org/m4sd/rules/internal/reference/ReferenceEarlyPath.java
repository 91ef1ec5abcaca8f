package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the pack's {@code ss.pension.early-paths}, read as the law states it: an early (anticipated) old-age
 * pension, open only before the pensionable age, from an age of its own or from the pensionable age lowered by a
 * number of months, to everyone or only to the persons for whom one of its grounds holds or who raised its number
 * of children; with the record it requires (a range where the sources give different figures) and the reduction
 * for each period before the pensionable age.
 *
 * @param ageYears         the path's own age; null where it lowers the pensionable age instead
 * @param lowersByMonths   how many months earlier than the pensionable age each path at it opens; null otherwise
 * @param minimum          the lowest record the sources require, in the scheme's unit
 * @param highestMinimum   the highest record the sources require (the same figure where they agree)
 * @param grounds          the grounds, any one of which opens the path
 * @param children         the children raised that open the path; null where children do not
 * @param parentSex        the sex of the parent they open it to (F, M); null for either
 * @param percentPerPeriod the reduction for each period before the pensionable age, in percent; null where none is
 *                         given
 * @param periodMonths     the months of such a period
 * @param capPercent       the most the reduction may be, in percent; null where uncapped
 */
record ReferenceEarlyPath(Integer ageYears, Integer lowersByMonths, long minimum, long highestMinimum,
        List<String> grounds, Integer children, String parentSex, BigDecimal percentPerPeriod, int periodMonths,
        BigDecimal capPercent) {

    /** The path needs neither a ground nor children. */
    boolean openToEveryone() {
        return grounds.isEmpty() && children == null;
    }

    /** The rows of one value of {@code ss.pension.early-paths}, in the pack's order. */
    static List<ReferenceEarlyPath> readAll(JsonNode value) {
        List<ReferenceEarlyPath> rows = new ArrayList<>(value.size());
        for (JsonNode row : value) {
            List<String> grounds = new ArrayList<>();
            for (JsonNode g : row.path("grounds")) {
                grounds.add(g.asText());
            }
            JsonNode lowers = row.get("lowersPensionableAgeBy");
            JsonNode kids = row.get("children");
            JsonNode cut = row.get("reduction");
            boolean reduced = cut != null && cut.isObject();
            long lowest = row.path("minimum").asLong();
            JsonNode highest = row.get("minimumUpTo");
            rows.add(new ReferenceEarlyPath(
                    row.hasNonNull("age") ? row.get("age").asInt() : null,
                    lowers == null || lowers.isNull() ? null
                            : 12 * lowers.path("years").asInt() + lowers.path("months").asInt(),
                    lowest, highest == null || highest.isNull() ? lowest : highest.asLong(), List.copyOf(grounds),
                    kids == null || !kids.hasNonNull("min") ? null : kids.get("min").asInt(),
                    kids == null || !kids.hasNonNull("sex") ? null : kids.get("sex").asText(),
                    reduced ? cut.get("percentPerPeriod").decimalValue() : null,
                    reduced ? cut.path("periodMonths").asInt() : 0,
                    reduced && cut.hasNonNull("capPercent") ? cut.get("capPercent").decimalValue() : null));
        }
        return List.copyOf(rows);
    }
}
