package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.internal.Checks;
import org.m4sd.sdk.internal.Consistency;

/**
 * A request for one or more determinations about one person, as of a date, in a jurisdiction.
 *
 * <p>When {@code determinations} is empty, every determination whose facts are present is made: the person
 * facts give the health, education and social-security determinations; a {@code recruitment} adds fair
 * recruitment; a {@code qualification} adds recognition; a {@code healthProfessional} adds diaspora return.
 *
 * @param requestId          the caller's identifier for the request, echoed in every decision
 * @param asOf               the date the law and parameters are taken as of
 * @param jurisdiction       ISO 3166-1 alpha-3 code of the deciding state; it selects the country rule pack
 * @param locale             language of the explanation messages (English, French or Spanish; default English)
 * @param determinations     the determinations asked for, in order, without repeats; empty for all applicable
 * @param person             the person
 * @param recruitment        recruitment facts, for {@code employment.fair-recruitment}
 * @param qualification      qualification facts, for {@code employment.qualification-recognition}
 * @param healthProfessional health-professional facts, for {@code health.diaspora-return-support}
 */
@API(status = STABLE, since = "0.1")
public record EligibilityRequest(
        String requestId,
        LocalDate asOf,
        String jurisdiction,
        Optional<Locale> locale,
        List<Determination> determinations,
        Person person,
        Optional<Recruitment> recruitment,
        Optional<Qualification> qualification,
        Optional<HealthProfessional> healthProfessional) {

    /**
     * Rejects nulls, repeated determinations and unknown jurisdictions. Fields that contradict each other are
     * {@link #inconsistencies()}, which the JSON reader and every engine refuse.
     */
    public EligibilityRequest {
        Checks.requiredText(requestId, "requestId");
        Checks.required(asOf, "asOf");
        Checks.country(jurisdiction, "jurisdiction");
        Checks.optional(locale, "locale");
        determinations = Checks.list(determinations, "determinations");
        if (determinations.stream().distinct().count() != determinations.size()) {
            throw new IllegalArgumentException("determinations must not repeat an id: " + determinations);
        }
        Checks.required(person, "person");
        Checks.optional(recruitment, "recruitment");
        Checks.optional(qualification, "qualification");
        Checks.optional(healthProfessional, "healthProfessional");
    }

    /**
     * The fields of this request that contradict each other or are implausible, each at the later field's JSON
     * path, in document order, unmodifiable; empty when there is none (docs/DECISION-CONTRACT.md, "Limits and
     * consistency"): a birth date after {@code asOf} or more than 120 years before it, a residence or work
     * experience longer than the person's life, a contribution period starting before the birth date or after
     * {@code asOf}, a cost paid after {@code asOf}, a qualification file completed after {@code asOf} or decided
     * before it was complete or after {@code asOf}. The JSON reader refuses such a request, and an engine rejects it with these errors
     * whatever determinations it asks for; a request built in Java can be checked here before it is sent.
     *
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public List<FieldError> inconsistencies() {
        return Consistency.problems(asOf, person, recruitment, qualification);
    }

    /**
     * The determinations this request asks for: those listed, or, when none is listed, every determination
     * whose facts are present.
     */
    public List<Determination> requestedDeterminations() {
        if (!determinations.isEmpty()) {
            return determinations;
        }
        List<Determination> all = new ArrayList<>();
        all.add(Determination.HEALTH_EMERGENCY_CARE);
        all.add(Determination.HEALTH_ESSENTIAL_CARE);
        all.add(Determination.EDUCATION_PUBLIC_SCHOOL);
        all.add(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION);
        all.add(Determination.SOCIAL_SECURITY_BENEFIT_EXPORT);
        qualification.ifPresent(q -> all.add(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION));
        recruitment.ifPresent(r -> all.add(Determination.EMPLOYMENT_FAIR_RECRUITMENT));
        healthProfessional.ifPresent(h -> all.add(Determination.HEALTH_DIASPORA_RETURN_SUPPORT));
        return List.copyOf(all);
    }

    /** A builder for a request with this id, date, jurisdiction and person. */
    public static Builder builder(String requestId, LocalDate asOf, String jurisdiction, Person person) {
        return new Builder(requestId, asOf, jurisdiction, person);
    }

    /** A builder holding this request's values, for example to replay it under another date. */
    public Builder toBuilder() {
        Builder b = new Builder(requestId, asOf, jurisdiction, person);
        b.locale = locale.orElse(null);
        b.determinations.addAll(determinations);
        b.recruitment = recruitment.orElse(null);
        b.qualification = qualification.orElse(null);
        b.healthProfessional = healthProfessional.orElse(null);
        return b;
    }

    /** Builds an {@link EligibilityRequest}. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private String requestId;
        private LocalDate asOf;
        private String jurisdiction;
        private Person person;
        private Locale locale;
        private final List<Determination> determinations = new ArrayList<>();
        private Recruitment recruitment;
        private Qualification qualification;
        private HealthProfessional healthProfessional;

        private Builder(String requestId, LocalDate asOf, String jurisdiction, Person person) {
            this.requestId = requestId;
            this.asOf = asOf;
            this.jurisdiction = jurisdiction;
            this.person = person;
        }

        /** See {@link EligibilityRequest#requestId()}. */
        public Builder requestId(String value) {
            requestId = value;
            return this;
        }

        /** See {@link EligibilityRequest#asOf()}. */
        public Builder asOf(LocalDate value) {
            asOf = value;
            return this;
        }

        /** See {@link EligibilityRequest#jurisdiction()}. */
        public Builder jurisdiction(String value) {
            jurisdiction = value;
            return this;
        }

        /** See {@link EligibilityRequest#person()}. */
        public Builder person(Person value) {
            person = value;
            return this;
        }

        /** See {@link EligibilityRequest#locale()}. */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /** Asks for these determinations (in addition to any already asked). */
        public Builder determinations(Determination... values) {
            determinations.addAll(List.of(values));
            return this;
        }

        /** Replaces the determinations asked for. */
        public Builder determinations(List<Determination> values) {
            determinations.clear();
            determinations.addAll(Checks.list(values, "determinations"));
            return this;
        }

        /** See {@link EligibilityRequest#recruitment()}. */
        public Builder recruitment(Recruitment value) {
            recruitment = value;
            return this;
        }

        /** See {@link EligibilityRequest#qualification()}. */
        public Builder qualification(Qualification value) {
            qualification = value;
            return this;
        }

        /** See {@link EligibilityRequest#healthProfessional()}. */
        public Builder healthProfessional(HealthProfessional value) {
            healthProfessional = value;
            return this;
        }

        /** The request. */
        public EligibilityRequest build() {
            return new EligibilityRequest(requestId, asOf, jurisdiction, Optional.ofNullable(locale), determinations,
                    person, Optional.ofNullable(recruitment), Optional.ofNullable(qualification),
                    Optional.ofNullable(healthProfessional));
        }
    }
}
