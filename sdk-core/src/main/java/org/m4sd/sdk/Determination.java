package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The catalogue of determinations the SDK can make. Each has a stable string id used in requests, decisions
 * and rule packs; the id never changes once released.
 *
 * <p>A determination is either an entitlement (outcomes {@code ELIGIBLE}, {@code CONDITIONAL},
 * {@code INELIGIBLE}, {@code UNDETERMINED}) or a compliance check ({@code COMPLIANT}, {@code NON_COMPLIANT},
 * {@code UNDETERMINED}). Status-neutral determinations are those the law makes independent of migratory status:
 * their rules never read it and their explanations never mention it.
 */
@API(status = STABLE, since = "0.1")
public enum Determination {
    /** Emergency medical care for anyone present in the territory (ICRMW art. 28). */
    HEALTH_EMERGENCY_CARE("health.emergency-care", Kind.ENTITLEMENT, Sector.HEALTH, true),
    /** Essential health care under the social-protection floor as the jurisdiction defines it (ILO R202). */
    HEALTH_ESSENTIAL_CARE("health.essential-care", Kind.ENTITLEMENT, Sector.HEALTH, false),
    /** Public schooling of children of school age (ICRMW art. 30). */
    EDUCATION_PUBLIC_SCHOOL("education.public-school", Kind.ENTITLEMENT, Sector.EDUCATION, true),
    /** Contributory old-age pension with totalisation under bilateral agreements (ILO C102, C157, C118). */
    SOCIAL_SECURITY_OLD_AGE_PENSION("social-security.old-age-pension", Kind.ENTITLEMENT, Sector.SOCIAL_SECURITY, true),
    /** Payment of a pension while living abroad (ILO C118 art. 5). */
    SOCIAL_SECURITY_BENEFIT_EXPORT("social-security.benefit-export", Kind.ENTITLEMENT, Sector.SOCIAL_SECURITY, true),
    /** Recognition of a foreign qualification (Lisbon Recognition Convention art. VI.1). */
    EMPLOYMENT_QUALIFICATION_RECOGNITION("employment.qualification-recognition", Kind.ENTITLEMENT, Sector.EMPLOYMENT, false),
    /** Compliance of recruitment costs borne by a worker (ILO General Principle 7, C181 art. 7). */
    EMPLOYMENT_FAIR_RECRUITMENT("employment.fair-recruitment", Kind.COMPLIANCE, Sector.EMPLOYMENT, false),
    /**
     * Support for the return of a diaspora health professional under the jurisdiction's return programme (the WHO
     * Global Code of Practice sets no eligibility criteria; its safeguards list is reported as information).
     */
    HEALTH_DIASPORA_RETURN_SUPPORT("health.diaspora-return-support", Kind.ENTITLEMENT, Sector.HEALTH, false);

    /** Whether a determination grants an entitlement or checks compliance. */
    @API(status = STABLE, since = "0.1")
    public enum Kind {
        /** Outcomes ELIGIBLE, CONDITIONAL, INELIGIBLE, UNDETERMINED. */
        ENTITLEMENT,
        /** Outcomes COMPLIANT, NON_COMPLIANT, UNDETERMINED. */
        COMPLIANCE
    }

    /** The programme's four priority sectors. */
    @API(status = STABLE, since = "0.1")
    public enum Sector {
        /** Health. */
        HEALTH,
        /** Education. */
        EDUCATION,
        /** Social security and human rights. */
        SOCIAL_SECURITY,
        /** Employment and economic inclusion. */
        EMPLOYMENT
    }

    private static final Map<String, Determination> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Determination::id, Function.identity()));

    private final String id;
    private final Kind kind;
    private final Sector sector;
    private final boolean statusNeutral;

    Determination(String id, Kind kind, Sector sector, boolean statusNeutral) {
        this.id = id;
        this.kind = kind;
        this.sector = sector;
        this.statusNeutral = statusNeutral;
    }

    /** The stable id, for example {@code social-security.old-age-pension}. */
    public String id() {
        return id;
    }

    /** Entitlement or compliance check. */
    public Kind kind() {
        return kind;
    }

    /** The programme sector the determination belongs to. */
    public Sector sector() {
        return sector;
    }

    /** True when the law makes this determination independent of migratory status. */
    public boolean statusNeutral() {
        return statusNeutral;
    }

    /** The determination with this id, if any. */
    public static Optional<Determination> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * The determination with this id.
     *
     * @throws IllegalArgumentException naming the unknown id and the known ones
     */
    public static Determination fromId(String id) {
        Determination d = BY_ID.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown determination \"" + id + "\"; known: "
                    + Arrays.stream(values()).map(Determination::id).collect(Collectors.joining(", ")));
        }
        return d;
    }

    @Override
    public String toString() {
        return id;
    }
}
