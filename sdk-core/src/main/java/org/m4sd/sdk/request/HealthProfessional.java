package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A health professional of the diaspora considering return to the origin country.
 *
 * @param profession        the profession
 * @param qualified         whether the person holds a recognised qualification for it
 * @param licensed          whether the person holds a current licence to practise
 * @param originCountry     ISO 3166-1 alpha-3 code of the origin country the person would return to
 * @param countryOfPractice ISO 3166-1 alpha-3 code of the country the person practises in now
 * @param returnType        temporary, permanent or virtual return
 * @param healthPostOffered whether a post in the origin country's health system is offered or identified
 */
@API(status = STABLE, since = "0.1")
public record HealthProfessional(
        HealthProfession profession,
        Optional<Boolean> qualified,
        Optional<Boolean> licensed,
        String originCountry,
        String countryOfPractice,
        Optional<ReturnType> returnType,
        Optional<Boolean> healthPostOffered) {

    /** Rejects nulls and unknown countries. */
    public HealthProfessional {
        Checks.required(profession, "profession");
        Checks.optional(qualified, "qualified");
        Checks.optional(licensed, "licensed");
        Checks.country(originCountry, "originCountry");
        Checks.country(countryOfPractice, "countryOfPractice");
        Checks.optional(returnType, "returnType");
        Checks.optional(healthPostOffered, "healthPostOffered");
    }

    /** Convenience factory with every fact known. */
    public static HealthProfessional of(HealthProfession profession, boolean qualified, boolean licensed,
            String originCountry, String countryOfPractice, ReturnType returnType, boolean healthPostOffered) {
        return new HealthProfessional(profession, Optional.of(qualified), Optional.of(licensed), originCountry,
                countryOfPractice, Optional.of(returnType), Optional.of(healthPostOffered));
    }
}
