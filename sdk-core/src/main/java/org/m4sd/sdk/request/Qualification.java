package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A foreign qualification submitted for recognition in the jurisdiction, with the competent authority's
 * assessment of substantial differences.
 *
 * @param awardingCountry                ISO 3166-1 alpha-3 code of the awarding country
 * @param level                          ISCED 2011 level, {@code ISCED_0} to {@code ISCED_8}
 * @param field                          field of study, free text
 * @param regulatedProfession            whether the qualification gives access to a regulated profession
 * @param professionRequiresNationalLaw  whether that profession needs precise knowledge of national law, so the
 *                                       authority, not the applicant, chooses the compensation measure
 * @param substantialDifferences         substantial differences the authority has shown (for example
 *                                       {@code LEVEL}, {@code WORKLOAD}, {@code LEARNING_OUTCOMES},
 *                                       {@code CLINICAL_PRACTICE_HOURS}); empty when none
 * @param differencesCoveredByExperience those differences the applicant's work experience makes good
 * @param nonCompensableDifferences      those differences no compensation measure can bridge
 * @param workExperienceMonths           relevant work experience, in months
 * @param documentsAvailable             whether documentary evidence of the qualification is available
 * @param fileCompleteDate               the day the application file became complete
 * @param decisionDate                   the day the authority decided, if it has
 * @param preferredCompensation          the compensation measure the applicant chooses
 */
@API(status = STABLE, since = "0.1")
public record Qualification(
        String awardingCountry,
        String level,
        Optional<String> field,
        boolean regulatedProfession,
        boolean professionRequiresNationalLaw,
        List<String> substantialDifferences,
        List<String> differencesCoveredByExperience,
        List<String> nonCompensableDifferences,
        OptionalInt workExperienceMonths,
        boolean documentsAvailable,
        Optional<LocalDate> fileCompleteDate,
        Optional<LocalDate> decisionDate,
        Optional<CompensationMeasure> preferredCompensation) {

    private static final Pattern ISCED = Pattern.compile("ISCED_[0-8]");

    /** Rejects nulls, unknown levels and countries, and difference lists that name no stated difference. */
    public Qualification {
        Checks.country(awardingCountry, "awardingCountry");
        Checks.required(level, "level");
        if (!ISCED.matcher(level).matches()) {
            throw new IllegalArgumentException("level must be ISCED_0 to ISCED_8, got \"" + level + "\"");
        }
        Checks.optional(field, "field");
        substantialDifferences = Checks.list(substantialDifferences, "substantialDifferences");
        differencesCoveredByExperience = Checks.list(differencesCoveredByExperience, "differencesCoveredByExperience");
        nonCompensableDifferences = Checks.list(nonCompensableDifferences, "nonCompensableDifferences");
        for (String d : differencesCoveredByExperience) {
            if (!substantialDifferences.contains(d)) {
                throw new IllegalArgumentException(
                        "differencesCoveredByExperience names " + d + ", which is not among substantialDifferences");
            }
        }
        for (String d : nonCompensableDifferences) {
            if (!substantialDifferences.contains(d)) {
                throw new IllegalArgumentException(
                        "nonCompensableDifferences names " + d + ", which is not among substantialDifferences");
            }
        }
        Checks.required(workExperienceMonths, "workExperienceMonths")
                .ifPresent(m -> Checks.nonNegative(m, "workExperienceMonths"));
        Checks.optional(fileCompleteDate, "fileCompleteDate");
        Checks.optional(decisionDate, "decisionDate");
        Checks.optional(preferredCompensation, "preferredCompensation");
    }

    /** A builder for a qualification awarded in {@code awardingCountry} at ISCED {@code level}. */
    public static Builder builder(String awardingCountry, String level) {
        return new Builder(awardingCountry, level);
    }

    /** Builds a {@link Qualification}; documents are taken as available unless said otherwise. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final String awardingCountry;
        private final String level;
        private String field;
        private boolean regulatedProfession;
        private boolean professionRequiresNationalLaw;
        private final List<String> substantialDifferences = new ArrayList<>();
        private final List<String> differencesCoveredByExperience = new ArrayList<>();
        private final List<String> nonCompensableDifferences = new ArrayList<>();
        private Integer workExperienceMonths;
        private boolean documentsAvailable = true;
        private LocalDate fileCompleteDate;
        private LocalDate decisionDate;
        private CompensationMeasure preferredCompensation;

        private Builder(String awardingCountry, String level) {
            this.awardingCountry = awardingCountry;
            this.level = level;
        }

        /** See {@link Qualification#field()}. */
        public Builder field(String value) {
            field = value;
            return this;
        }

        /** See {@link Qualification#regulatedProfession()}. */
        public Builder regulatedProfession(boolean value) {
            regulatedProfession = value;
            return this;
        }

        /** See {@link Qualification#professionRequiresNationalLaw()}. */
        public Builder professionRequiresNationalLaw(boolean value) {
            professionRequiresNationalLaw = value;
            return this;
        }

        /** Adds a substantial difference. */
        public Builder addSubstantialDifference(String value) {
            substantialDifferences.add(Checks.requiredText(value, "substantialDifferences[]"));
            return this;
        }

        /** Marks a stated difference as made good by work experience. */
        public Builder addDifferenceCoveredByExperience(String value) {
            differencesCoveredByExperience.add(Checks.requiredText(value, "differencesCoveredByExperience[]"));
            return this;
        }

        /** Marks a stated difference as one no compensation measure can bridge. */
        public Builder addNonCompensableDifference(String value) {
            nonCompensableDifferences.add(Checks.requiredText(value, "nonCompensableDifferences[]"));
            return this;
        }

        /** See {@link Qualification#workExperienceMonths()}. */
        public Builder workExperienceMonths(Integer value) {
            workExperienceMonths = value;
            return this;
        }

        /** See {@link Qualification#documentsAvailable()}. */
        public Builder documentsAvailable(boolean value) {
            documentsAvailable = value;
            return this;
        }

        /** See {@link Qualification#fileCompleteDate()}. */
        public Builder fileCompleteDate(LocalDate value) {
            fileCompleteDate = value;
            return this;
        }

        /** See {@link Qualification#decisionDate()}. */
        public Builder decisionDate(LocalDate value) {
            decisionDate = value;
            return this;
        }

        /** See {@link Qualification#preferredCompensation()}. */
        public Builder preferredCompensation(CompensationMeasure value) {
            preferredCompensation = value;
            return this;
        }

        /** The qualification. */
        public Qualification build() {
            return new Qualification(awardingCountry, level, Optional.ofNullable(field), regulatedProfession,
                    professionRequiresNationalLaw, substantialDifferences, differencesCoveredByExperience,
                    nonCompensableDifferences,
                    workExperienceMonths == null ? OptionalInt.empty() : OptionalInt.of(workExperienceMonths),
                    documentsAvailable, Optional.ofNullable(fileCompleteDate), Optional.ofNullable(decisionDate),
                    Optional.ofNullable(preferredCompensation));
        }
    }
}
