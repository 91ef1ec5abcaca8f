package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The person a request is about. Only {@code id} is required: a missing fact makes a determination that needs
 * it {@code UNDETERMINED}, with the fact's JSON path listed in the decision.
 *
 * @param id                  a pseudonymous identifier; personal data, never logged in clear
 * @param birthDate           date of birth
 * @param sex                 sex as recorded
 * @param nationality         ISO 3166-1 alpha-3 code of nationality
 * @param migratoryStatus     migratory status in the jurisdiction; {@link MigratoryStatus#UNKNOWN} when not given
 * @param presentInTerritory  whether the person is physically present in the jurisdiction's territory
 * @param residenceMonths     months of residence in the jurisdiction
 * @param countryOfResidence  ISO 3166-1 alpha-3 code of the country the person lives in now
 * @param contributionPeriods periods of social-insurance contributions, in any order
 * @param documentsHeld       documents the person can produce, by {@link DocumentCode} name (for example
 *                            {@code RESIDENCE_CARD_COPY})
 * @param childrenRaised      the number of children the person raised (not negative); the rule pack says the age
 *                            to which they must have been raised where the law names one (Moldova: to age 8)
 * @param earlyPensionGrounds the grounds that open an early old-age pension which hold for the person, each once;
 *                            empty when none holds; {@code Optional.empty()} when the request does not say
 */
@API(status = STABLE, since = "0.1")
public record Person(
        String id,
        Optional<LocalDate> birthDate,
        Optional<Sex> sex,
        Optional<String> nationality,
        MigratoryStatus migratoryStatus,
        Optional<Boolean> presentInTerritory,
        OptionalInt residenceMonths,
        Optional<String> countryOfResidence,
        List<ContributionPeriod> contributionPeriods,
        List<String> documentsHeld,
        OptionalInt childrenRaised,
        Optional<List<EarlyPensionGround>> earlyPensionGrounds) {

    /**
     * Rejects nulls, blank ids, unknown country codes, negative residence or children, and a ground listed twice.
     */
    public Person {
        Checks.requiredText(id, "id");
        Checks.optional(birthDate, "birthDate");
        Checks.optional(sex, "sex");
        Checks.optional(nationality, "nationality").ifPresent(c -> Checks.country(c, "nationality"));
        Checks.required(migratoryStatus, "migratoryStatus");
        Checks.optional(presentInTerritory, "presentInTerritory");
        Checks.required(residenceMonths, "residenceMonths").ifPresent(m -> Checks.nonNegative(m, "residenceMonths"));
        Checks.optional(countryOfResidence, "countryOfResidence").ifPresent(c -> Checks.country(c, "countryOfResidence"));
        contributionPeriods = Checks.list(contributionPeriods, "contributionPeriods");
        documentsHeld = Checks.list(documentsHeld, "documentsHeld");
        for (String code : documentsHeld) {
            if (DocumentCode.byCode(code).isEmpty()) {
                throw new IllegalArgumentException("documentsHeld: " + DocumentCode.unknown(code));
            }
        }
        Checks.required(childrenRaised, "childrenRaised").ifPresent(n -> Checks.nonNegative(n, "childrenRaised"));
        earlyPensionGrounds = Checks.optional(earlyPensionGrounds, "earlyPensionGrounds")
                .map(grounds -> Checks.list(grounds, "earlyPensionGrounds"));
        earlyPensionGrounds.ifPresent(grounds -> {
            EnumSet<EarlyPensionGround> seen = EnumSet.noneOf(EarlyPensionGround.class);
            for (EarlyPensionGround ground : grounds) {
                if (!seen.add(ground)) {
                    throw new IllegalArgumentException("earlyPensionGrounds lists " + ground + " twice");
                }
            }
        });
    }

    /** A person without the facts an early pension reads (children raised, early-pension grounds). */
    public Person(String id, Optional<LocalDate> birthDate, Optional<Sex> sex, Optional<String> nationality,
            MigratoryStatus migratoryStatus, Optional<Boolean> presentInTerritory, OptionalInt residenceMonths,
            Optional<String> countryOfResidence, List<ContributionPeriod> contributionPeriods,
            List<String> documentsHeld) {
        this(id, birthDate, sex, nationality, migratoryStatus, presentInTerritory, residenceMonths,
                countryOfResidence, contributionPeriods, documentsHeld, OptionalInt.empty(), Optional.empty());
    }

    /** A builder for a person with this pseudonymous id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this person's facts. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.birthDate = birthDate.orElse(null);
        b.sex = sex.orElse(null);
        b.nationality = nationality.orElse(null);
        b.migratoryStatus = migratoryStatus;
        b.presentInTerritory = presentInTerritory.orElse(null);
        b.residenceMonths = residenceMonths.isPresent() ? residenceMonths.getAsInt() : null;
        b.countryOfResidence = countryOfResidence.orElse(null);
        b.contributionPeriods.addAll(contributionPeriods);
        b.documentsHeld.addAll(documentsHeld);
        b.childrenRaised = childrenRaised.isPresent() ? childrenRaised.getAsInt() : null;
        b.earlyPensionGrounds = earlyPensionGrounds.map(ArrayList::new).orElse(null);
        return b;
    }

    /** Builds a {@link Person}; unset facts stay missing. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private String id;
        private LocalDate birthDate;
        private Sex sex;
        private String nationality;
        private MigratoryStatus migratoryStatus = MigratoryStatus.UNKNOWN;
        private Boolean presentInTerritory;
        private Integer residenceMonths;
        private String countryOfResidence;
        private final List<ContributionPeriod> contributionPeriods = new ArrayList<>();
        private final List<String> documentsHeld = new ArrayList<>();
        private Integer childrenRaised;
        private List<EarlyPensionGround> earlyPensionGrounds;

        private Builder(String id) {
            this.id = id;
        }

        /** See {@link Person#id()}. */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** See {@link Person#birthDate()}. */
        public Builder birthDate(LocalDate value) {
            birthDate = value;
            return this;
        }

        /** See {@link Person#sex()}. */
        public Builder sex(Sex value) {
            sex = value;
            return this;
        }

        /** See {@link Person#nationality()}. */
        public Builder nationality(String value) {
            nationality = value;
            return this;
        }

        /** See {@link Person#migratoryStatus()}. */
        public Builder migratoryStatus(MigratoryStatus value) {
            migratoryStatus = Checks.required(value, "migratoryStatus");
            return this;
        }

        /** See {@link Person#presentInTerritory()}. */
        public Builder presentInTerritory(Boolean value) {
            presentInTerritory = value;
            return this;
        }

        /** See {@link Person#residenceMonths()}. */
        public Builder residenceMonths(Integer value) {
            residenceMonths = value;
            return this;
        }

        /** See {@link Person#countryOfResidence()}. */
        public Builder countryOfResidence(String value) {
            countryOfResidence = value;
            return this;
        }

        /** Adds a contribution period. */
        public Builder addContributionPeriod(ContributionPeriod value) {
            contributionPeriods.add(Checks.required(value, "contributionPeriods[]"));
            return this;
        }

        /** Replaces the contribution periods. */
        public Builder contributionPeriods(List<ContributionPeriod> values) {
            contributionPeriods.clear();
            contributionPeriods.addAll(Checks.list(values, "contributionPeriods"));
            return this;
        }

        /** Adds a document the person holds. */
        public Builder addDocumentHeld(String code) {
            documentsHeld.add(Checks.requiredText(code, "documentsHeld[]"));
            return this;
        }

        /** Replaces the documents held. */
        public Builder documentsHeld(List<String> codes) {
            documentsHeld.clear();
            documentsHeld.addAll(Checks.list(codes, "documentsHeld"));
            return this;
        }

        /** See {@link Person#childrenRaised()}; null leaves it missing. */
        public Builder childrenRaised(Integer value) {
            childrenRaised = value;
            return this;
        }

        /**
         * See {@link Person#earlyPensionGrounds()}: the grounds that hold (an empty list when none does); null leaves
         * the fact missing.
         */
        public Builder earlyPensionGrounds(List<EarlyPensionGround> values) {
            earlyPensionGrounds = values == null ? null : new ArrayList<>(Checks.list(values, "earlyPensionGrounds"));
            return this;
        }

        /** The person. */
        public Person build() {
            return new Person(id, Optional.ofNullable(birthDate), Optional.ofNullable(sex),
                    Optional.ofNullable(nationality), migratoryStatus, Optional.ofNullable(presentInTerritory),
                    residenceMonths == null ? OptionalInt.empty() : OptionalInt.of(residenceMonths),
                    Optional.ofNullable(countryOfResidence), contributionPeriods, documentsHeld,
                    childrenRaised == null ? OptionalInt.empty() : OptionalInt.of(childrenRaised),
                    Optional.ofNullable(earlyPensionGrounds));
        }
    }
}
