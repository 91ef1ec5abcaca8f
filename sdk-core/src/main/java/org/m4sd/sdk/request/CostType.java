package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Kinds of recruitment fees and related costs, after the categories of the ILO definition of recruitment fees and
 * related costs (2019): the fee paid to a recruiter, and the related medical, insurance, skills-test, training and
 * orientation, travel and lodging, and administrative (visa, documents) costs. Each kind is one canonical item; the
 * names users know for it are accepted as its synonyms when a request is read ({@link #named(String)}), so that a
 * Philippine "placement fee" and a Nepali "service charge" are the same item.
 */
@API(status = STABLE, since = "0.1")
public enum CostType {
    /**
     * A recruitment fee paid to an agency or other recruiter (ILO definition, recruitment fees): Nepal's service
     * charge, the Philippine placement fee. Synonyms {@code AGENCY_FEE}, {@code PLACEMENT_FEE},
     * {@code RECRUITMENT_FEE}.
     */
    SERVICE_CHARGE("AGENCY_FEE", "PLACEMENT_FEE", "RECRUITMENT_FEE"),
    /** Visa fees (administrative costs). */
    VISA,
    /** Air or other travel to the destination (travel costs). Synonym {@code AIRFARE}. */
    AIR_TICKET("AIRFARE"),
    /** Pre-departure orientation (training and orientation). Synonym {@code PRE_DEPARTURE_ORIENTATION}. */
    ORIENTATION("PRE_DEPARTURE_ORIENTATION"),
    /** Medical examination (medical costs). Synonym {@code MEDICAL_EXAMINATION}. */
    MEDICAL("MEDICAL_EXAMINATION"),
    /** Contribution to a migrant workers' welfare fund. */
    WELFARE_FUND,
    /** Insurance (insurance costs). */
    INSURANCE,
    /** Skills and qualification tests and training. Synonym {@code SKILLS_TEST}. */
    TRAINING("SKILLS_TEST"),
    /** Passports, certificates and other documents (administrative costs). Synonym {@code PASSPORT}. */
    DOCUMENTS("PASSPORT"),
    /** Travel and lodging inside the origin country to complete recruitment. */
    DOMESTIC_TRAVEL,
    /** Anything else paid to find, qualify for or secure the job. */
    OTHER;

    private static final Map<String, CostType> BY_NAME = Arrays.stream(values())
            .flatMap(t -> Stream.concat(Stream.of(t.name()), t.synonyms.stream())
                    .map(name -> Map.entry(name, t)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final Set<String> synonyms;

    CostType(String... synonyms) {
        this.synonyms = Set.of(synonyms);
    }

    /** The other names accepted for this item when a request is read. */
    @API(status = STABLE, since = "0.2")
    public Set<String> synonyms() {
        return synonyms;
    }

    /** The canonical item named by {@code name}, its own name or one of its synonyms; empty for any other name. */
    @API(status = STABLE, since = "0.2")
    public static Optional<CostType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
