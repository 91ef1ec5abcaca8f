package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.sdk.request.Sex;

/**
 * One qualifying path of the pack's {@code ss.pension.paths}: a minimum record, in the scheme's unit, at an age,
 * with the benefit level it gives and a condition the request cannot show, if any. The age is the pensionable
 * age ({@code ageYears} null), an age of the path's own, or none at all ({@code anyAge}).
 *
 * @param ageYears  the path's own age in years; null when it is the pensionable age or when any age will do
 * @param anyAge    the path has no age condition
 * @param minimum   the record it needs, in the scheme's unit
 * @param level     FULL, PROPORTIONAL or FLAT (another level is reported in the values only)
 * @param condition CESSATION, SEPARATION, or null when the path has none
 * @param sex       F for a path of women, M for a path of men (and of persons of another sex), null for all
 */
record ReferencePensionPath(Integer ageYears, boolean anyAge, long minimum, String level, String condition,
        String sex) {

    /** Whether the path is one for this person: a path for all, or for the person's sex (which must be known). */
    boolean isFor(Sex personSex) {
        if (sex == null) {
            return true;
        }
        return personSex != null && (sex.equals("F") ? personSex == Sex.F : personSex != Sex.F);
    }

    /** The path asks for the pensionable age (rather than an age of its own, or none). */
    boolean atPensionableAge() {
        return !anyAge && ageYears == null;
    }

    /**
     * The age the path asks for, in months: its own age, else {@code pensionableMonths} (null while that is not
     * known); null for a path open at any age.
     */
    Integer ageMonths(Integer pensionableMonths) {
        if (anyAge) {
            return null;
        }
        return ageYears != null ? Integer.valueOf(ageYears * 12) : pensionableMonths;
    }

    /** The paths of one value of {@code ss.pension.paths}, in the pack's order. */
    static List<ReferencePensionPath> readAll(JsonNode value) {
        List<ReferencePensionPath> paths = new ArrayList<>(value.size());
        for (JsonNode path : value) {
            JsonNode age = path.get("age");
            JsonNode condition = path.get("condition");
            paths.add(new ReferencePensionPath(age == null || age.isNull() ? null : age.asInt(),
                    path.path("anyAge").asBoolean(false), path.path("minimum").asLong(),
                    path.path("level").asText("FULL"),
                    condition == null || condition.isNull() ? null : condition.asText(),
                    path.hasNonNull("sex") ? path.get("sex").asText() : null));
        }
        return List.copyOf(paths);
    }
}
