package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/**
 * The requests the reference implementation of the social-security and school determinations cannot decide, with
 * the field and message the release before the rules moved into the DRL gives (the golden corpus has none).
 */
class ReferenceRequestErrorsTest {

    @Test
    void aContributionPeriodBeforeBirthIsRejectedWhateverIsAsked() {
        Person person = Person.builder("p").birthDate(LocalDate.of(1980, 1, 1))
                .addContributionPeriod(ContributionPeriod.of("MAR", LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)))
                .addContributionPeriod(ContributionPeriod.of("FRA", LocalDate.of(1979, 12, 31),
                        LocalDate.of(2001, 1, 1)))
                .build();
        EligibilityRequest request = EngineFixture.request("MAR", LocalDate.of(2024, 1, 1), person)
                .determinations(Determination.HEALTH_EMERGENCY_CARE).build();
        for (var engine : List.of(EngineFixture.REFERENCE, EngineFixture.DROOLS)) {
            assertThatThrownBy(() -> engine.evaluate(request))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                            FieldError.of("$.person.contributionPeriods[1].from",
                                    "1979-12-31 is before the birth date 1980-01-01")));
        }
    }

    @Test
    void noSchoolAgesBeforeTheCrcIsAnError() {
        Person child = Person.builder("c").birthDate(LocalDate.of(1984, 5, 1)).build();
        EligibilityRequest request = EngineFixture.request("SEN", LocalDate.of(1990, 9, 1), child)
                .determinations(Determination.EDUCATION_PUBLIC_SCHOOL).build();
        assertThatThrownBy(() -> EngineFixture.REFERENCE.evaluate(request))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("$.asOf", "no school ages are in force on 1990-09-01 for SEN (the "
                                + "international default dates from the entry into force of the CRC)")));
    }
}
