package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A health professional of the diaspora considering return to the origin country. The citizenship a return
 * programme asks for is the person's {@link Person#nationality()}.
 *
 * @param profession         the profession
 * @param qualified          whether the person holds a recognised qualification for it
 * @param licensed           whether the person holds a current licence to practise
 * @param originCountry      ISO 3166-1 alpha-3 code of the origin country the person would return to
 * @param countryOfPractice  ISO 3166-1 alpha-3 code of the country the person practises in now, as an employee,
 *                           self-employed or in any other form of employment
 * @param returnType         temporary, permanent or virtual return
 * @param healthPostOffered  whether a post in the origin country's health system is offered or identified
 * @param workAbroad         periods of relevant professional work abroad, in any order; empty when the person
 *                           worked abroad in none; {@code Optional.empty()} when the request does not say
 * @param highestDegreeLevel ISCED 2011 level ({@code ISCED_0} to {@code ISCED_8}) of the highest degree held in
 *                           the field the person would contribute in
 * @param languages          languages the person knows, as ISO 639-1 codes (for example {@code ro}); empty when the
 *                           request does not say (everyone knows at least one)
 */
@API(status = STABLE, since = "0.1")
public record HealthProfessional(
        HealthProfession profession,
        Optional<Boolean> qualified,
        Optional<Boolean> licensed,
        String originCountry,
        String countryOfPractice,
        Optional<ReturnType> returnType,
        Optional<Boolean> healthPostOffered,
        Optional<List<WorkPeriod>> workAbroad,
        Optional<String> highestDegreeLevel,
        List<String> languages) {

    private static final Pattern ISCED = Pattern.compile("ISCED_[0-8]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** Rejects nulls, unknown countries, levels that are not ISCED 2011 and languages that are not ISO 639-1. */
    public HealthProfessional {
        Checks.required(profession, "profession");
        Checks.optional(qualified, "qualified");
        Checks.optional(licensed, "licensed");
        Checks.country(originCountry, "originCountry");
        Checks.country(countryOfPractice, "countryOfPractice");
        Checks.optional(returnType, "returnType");
        Checks.optional(healthPostOffered, "healthPostOffered");
        workAbroad = Checks.optional(workAbroad, "workAbroad").map(periods -> Checks.list(periods, "workAbroad"));
        Checks.optional(highestDegreeLevel, "highestDegreeLevel").ifPresent(level -> {
            if (!ISCED.matcher(level).matches()) {
                throw new IllegalArgumentException("highestDegreeLevel must be ISCED_0 to ISCED_8, got \"" + level
                        + "\"");
            }
        });
        languages = Checks.list(languages, "languages");
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("languages must hold ISO 639-1 codes (two lower-case letters), got \""
                        + language + "\"");
            }
        }
    }

    /** A professional without the facts a return programme reads (work abroad, degree, languages). */
    public HealthProfessional(HealthProfession profession, Optional<Boolean> qualified, Optional<Boolean> licensed,
            String originCountry, String countryOfPractice, Optional<ReturnType> returnType,
            Optional<Boolean> healthPostOffered) {
        this(profession, qualified, licensed, originCountry, countryOfPractice, returnType, healthPostOffered,
                Optional.empty(), Optional.empty(), List.of());
    }

    /** Convenience factory with every fact known but those a return programme reads. */
    public static HealthProfessional of(HealthProfession profession, boolean qualified, boolean licensed,
            String originCountry, String countryOfPractice, ReturnType returnType, boolean healthPostOffered) {
        return new HealthProfessional(profession, Optional.of(qualified), Optional.of(licensed), originCountry,
                countryOfPractice, Optional.of(returnType), Optional.of(healthPostOffered));
    }

    /** This professional with the facts a return programme reads: work abroad, highest degree and languages. */
    public HealthProfessional withReturnProgrammeFacts(List<WorkPeriod> workAbroad, String highestDegreeLevel,
            List<String> languages) {
        return new HealthProfessional(profession, qualified, licensed, originCountry, countryOfPractice, returnType,
                healthPostOffered, Optional.of(Checks.required(workAbroad, "workAbroad")),
                Optional.of(Checks.required(highestDegreeLevel, "highestDegreeLevel")), languages);
    }
}
