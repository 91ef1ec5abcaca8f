package org.m4sd.rules.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.criterion;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.days;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.months;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.pension;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

class OldAgePensionTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private static Person.Builder person(LocalDate birth, ContributionPeriod... periods) {
        Person.Builder b = Person.builder("p-1").birthDate(birth);
        for (ContributionPeriod p : periods) {
            b.addContributionPeriod(p);
        }
        return b;
    }

    @Nested
    class Ecuador {
        @Test
        void age60With360MonthsQualifiesButAge62With200DoesNot() {
            LocalDate birth = LocalDate.of(1961, 3, 10); // 62 on 2023-06-30
            Decision full = pension("ECU", AS_OF, person(birth, months("ECU", LocalDate.of(1990, 1, 1), 360)).build());
            assertThat(full.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(full, "ss.pension.contributions").message())
                    .isEqualTo("360 months of contributions that count as this state's own, without totalisation: "
                            + "at least the 360 required (Ley de Seguridad Social (R.O. Supl. 465, 30 Nov 2001) [S])");
            assertThat(criterion(full, "ss.pension.age").message()).contains("pensionable age of 60 years 0 months")
                    .endsWith("(Ley de Seguridad Social (R.O. Supl. 465, 30 Nov 2001) [S])");
            assertThat(full.values()).containsEntry("benefitLevel", "FULL").containsEntry("provision", "NATIONAL")
                    .containsEntry("contributionMonths", BigDecimal.valueOf(360));

            Decision short200 = pension("ECU", AS_OF, person(birth, months("ECU", LocalDate.of(2000, 1, 1), 200)).build());
            assertThat(short200.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(short200, "ss.pension.contributions").result()).isEqualTo(CriterionResult.NOT_MET);
            assertThat(criterion(short200, "ss.pension.contributions").message())
                    .startsWith("200 months of contributions that count as this state's own, below the 360 required");
        }

        @Test
        void age65With180MonthsQualifies() {
            LocalDate birth = LocalDate.of(1957, 5, 1); // 66
            Decision d = pension("ECU", AS_OF, person(birth, months("ECU", LocalDate.of(2005, 1, 1), 180)).build());
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(d, "ss.pension.contributions").message()).contains("at least the 180 required");
            // One month fewer is not enough at 66: the 70 + 120 path is not open yet.
            Decision one = pension("ECU", AS_OF, person(birth, months("ECU", LocalDate.of(2005, 1, 1), 179)).build());
            assertThat(one.outcome()).isEqualTo(Outcome.INELIGIBLE);
        }

        @Test
        void age70With120MonthsAnd480MonthsAtAnyAge() {
            Decision seventy = pension("ECU", AS_OF,
                    person(LocalDate.of(1952, 1, 1), months("ECU", LocalDate.of(2010, 1, 1), 120)).build());
            assertThat(seventy.outcome()).isEqualTo(Outcome.ELIGIBLE);

            Decision young = pension("ECU", AS_OF,
                    person(LocalDate.of(1973, 1, 1), months("ECU", LocalDate.of(1983, 1, 1), 480)).build());
            assertThat(young.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(young, "ss.pension.age").rule()).isEqualTo("ss.pension.age.not-required");
            assertThat(criterion(young, "ss.pension.age").message()).startsWith("No age condition: 480 months");
        }

        @Test
        void totalisationWithSpainGivesAProRataShare() {
            LocalDate birth = LocalDate.of(1956, 1, 1); // 67: 65 + 180 path open
            Person p = person(birth, months("ECU", LocalDate.of(2011, 1, 1), 100),
                    months("ESP", LocalDate.of(1995, 1, 1), 100)).build();
            Decision d = pension("ECU", AS_OF, p);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(d, "ss.pension.contributions").rule()).isEqualTo("ss.pension.contributions.totalised");
            // Both agreements cover Spain: each is assessed on its own, the first in the table wins the tie.
            assertThat(criterion(d, "ss.pension.contributions").message()).contains("ECU-ESP-2009")
                    .doesNotContain("CMISS");
            assertThat(criterion(d, "ss.pension.totalisation").message()).contains("also assessed")
                    .contains("CMISS");
            assertThat(d.values()).containsEntry("totalisationAgreement", "ECU-ESP-2009");
            assertThat(criterion(d, "ss.pension.liability").result()).isEqualTo(CriterionResult.MET);
            assertThat(d.values()).containsEntry("proRataShare", new BigDecimal("0.5000"))
                    .containsEntry("totalisedMonths", BigDecimal.valueOf(200))
                    .containsEntry("contributionMonths", BigDecimal.valueOf(100))
                    .containsEntry("provision", "PRO_RATA");
            assertThat(criterion(d, "ss.pension.provision").message())
                    .isEqualTo("Pro-rata benefit: this state pays 0.5 of the theoretical pension, its 100 of 200 totalised months");
        }

        @Test
        void overlappingPeriodsCountOnce() {
            LocalDate birth = LocalDate.of(1956, 1, 1);
            // 100 months in Ecuador, 100 in Spain of which 30 overlap: 170 months in all, short of 180.
            Person p = person(birth, months("ECU", LocalDate.of(2011, 1, 1), 100),
                    months("ESP", LocalDate.of(2005, 3, 1), 100)).build();
            Decision d = pension("ECU", AS_OF, p);
            assertThat(d.values()).containsEntry("totalisedMonths", BigDecimal.valueOf(170));
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(d, "ss.pension.contributions").rule())
                    .isEqualTo("ss.pension.contributions.short-totalised");
        }

        @Test
        void lessThan12MonthsHereGivesNoLiability() {
            Person p = person(LocalDate.of(1956, 1, 1), months("ECU", LocalDate.of(2020, 1, 1), 11),
                    months("ESP", LocalDate.of(1990, 1, 1), 200)).build();
            Decision d = pension("ECU", AS_OF, p);
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(d, "ss.pension.contributions").result()).isEqualTo(CriterionResult.MET);
            assertThat(criterion(d, "ss.pension.liability").rule()).isEqualTo("ss.pension.liability.under-minimum");
            assertThat(criterion(d, "ss.pension.liability").message()).startsWith("Only 11 months of cover in this state, fewer than 12");
            // Twelve months are enough.
            Person twelve = person(LocalDate.of(1956, 1, 1), months("ECU", LocalDate.of(2020, 1, 1), 12),
                    months("ESP", LocalDate.of(1990, 1, 1), 200)).build();
            assertThat(pension("ECU", AS_OF, twelve).outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void theIndependentNationalBenefitWinsOverAProRataShare() {
            Person p = person(LocalDate.of(1956, 1, 1), months("ECU", LocalDate.of(2005, 1, 1), 200),
                    months("ESP", LocalDate.of(1990, 1, 1), 100)).build();
            Decision d = pension("ECU", AS_OF, p);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(d, "ss.pension.contributions").rule()).isEqualTo("ss.pension.contributions.met");
            assertThat(criterion(d, "ss.pension.provision").rule())
                    .isEqualTo("ss.pension.provision.national-more-favourable");
            assertThat(criterion(d, "ss.pension.provision").message())
                    .startsWith("National law alone qualifies (200 months here); an independent national benefit is "
                            + "more favourable than a pro-rata share of 0.6667 of the totalised 300");
            assertThat(d.values()).containsEntry("provision", "NATIONAL")
                    .containsEntry("proRataShare", new BigDecimal("0.6667"));
            assertThat(d.criterion("ss.pension.liability")).isEmpty();
        }

        @Test
        void theSpainConventionIsNotAppliedBeforeItEnteredIntoForce() {
            Person p = person(LocalDate.of(1940, 1, 1), months("ECU", LocalDate.of(2001, 1, 1), 100),
                    months("ESP", LocalDate.of(1980, 1, 1), 100)).build();
            Decision before = pension("ECU", LocalDate.of(2010, 6, 30), p);
            assertThat(before.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(before, "ss.pension.contributions").rule()).isEqualTo("ss.pension.contributions.short");
            Decision after = pension("ECU", LocalDate.of(2011, 3, 31), p);
            assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(after, "ss.pension.contributions").message()).contains("ECU-ESP-2009")
                    .doesNotContain("CMISS");
        }
    }

    @Nested
    class Serbia {
        @Test
        void aWomanReaching63y10mIn2025() {
            Person p = person(LocalDate.of(1961, 6, 15), months("SRB", LocalDate.of(1990, 1, 1), 240))
                    .sex(Sex.F).build();
            Decision d = pension("SRB", LocalDate.of(2025, 6, 30), p);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(d, "ss.pension.age").rule()).isEqualTo("ss.pension.age.reached-by-schedule");
            assertThat(criterion(d, "ss.pension.age").message()).contains("63 years 10 months").contains("2025-04-15");
            assertThat(d.values()).containsEntry("pensionableAge", "P63Y10M");
            // Born three months later she reaches 63y10m only in July 2025.
            Person later = p.toBuilder().birthDate(LocalDate.of(1961, 9, 15)).build();
            Decision notYet = pension("SRB", LocalDate.of(2025, 6, 30), later);
            assertThat(notYet.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(notYet, "ss.pension.age").rule()).isEqualTo("ss.pension.age.not-reached-by-schedule");
            assertThat(notYet.values()).containsEntry("pensionableAgeDate", "2025-07-15");
        }

        @Test
        void theAgeIsTheOneForTheYearSheReachesIt() {
            // Born 10 Jan 1961: 63y8m (the 2024 age) falls on 10 Sep 2024, so 63y8m applies, not 2025's 63y10m.
            Person p = person(LocalDate.of(1961, 1, 10), months("SRB", LocalDate.of(1990, 1, 1), 240))
                    .sex(Sex.F).build();
            Decision d = pension("SRB", LocalDate.of(2025, 1, 31), p);
            assertThat(d.values()).containsEntry("pensionableAge", "P63Y8M").containsEntry("pensionableAgeDate", "2024-09-10");
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void menAt65And45YearsAtAnyAge() {
            Person man = person(LocalDate.of(1961, 6, 15), months("SRB", LocalDate.of(1990, 1, 1), 240))
                    .sex(Sex.M).build();
            assertThat(pension("SRB", LocalDate.of(2025, 6, 30), man).outcome()).isEqualTo(Outcome.INELIGIBLE);
            Person long45 = person(LocalDate.of(1962, 1, 1), months("SRB", LocalDate.of(1980, 1, 1), 540))
                    .sex(Sex.M).build();
            Decision d = pension("SRB", LocalDate.of(2025, 6, 30), long45);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(criterion(d, "ss.pension.age").rule()).isEqualTo("ss.pension.age.not-required");
        }

        @Test
        void sexIsAskedForOnlyWhenItDecides() {
            Person p = person(LocalDate.of(1961, 6, 15), months("SRB", LocalDate.of(1990, 1, 1), 240)).build();
            Decision d = pension("SRB", LocalDate.of(2025, 6, 30), p);
            assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
            assertThat(d.missingFacts()).containsExactly("$.person.sex");
            // At 66 both ages are reached: no need to know.
            Person older = p.toBuilder().birthDate(LocalDate.of(1959, 1, 1)).build();
            assertThat(pension("SRB", LocalDate.of(2025, 6, 30), older).outcome()).isEqualTo(Outcome.ELIGIBLE);
            // Neither birth date nor sex: both are listed.
            Person none = Person.builder("p-2").addContributionPeriod(months("SRB", LocalDate.of(1990, 1, 1), 240)).build();
            assertThat(pension("SRB", LocalDate.of(2025, 6, 30), none).missingFacts())
                    .containsExactly("$.person.birthDate", "$.person.sex");
        }
    }

    @Nested
    class Morocco {
        // 2,000 calendar days of cover, at age 61: at most 26 declared days a month credited, 1,712 days.
        private final Person person = person(LocalDate.of(1961, 1, 1), days("MAR", LocalDate.of(2015, 1, 1), 2000)).build();

        @Test
        void before2023ThreeThousandTwoHundredFortyDaysAreNeeded() {
            Decision d = pension("MAR", LocalDate.of(2022, 12, 31), person);
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(d, "ss.pension.contributions").message())
                    .startsWith("1,712 days of contributions that count as this state's own, below the 3,240 required");
            assertThat(d.values()).containsEntry("contributionDays", BigDecimal.valueOf(1712));
            assertThat(criterion(d, "ss.pension.record").message()).startsWith("The record compared is an estimate")
                    .contains("at most 26 a month");
            assertThat(d.criterion("ss.pension.alternative")).isEmpty();
        }

        @Test
        void from2023OneThousandThreeHundredTwentyDaysGiveTheFlatPension() {
            Decision d = pension("MAR", LocalDate.of(2023, 1, 1), person);
            assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
            assertThat(criterion(d, "ss.pension.contributions").message()).contains("at least the 1,320 required")
                    .contains("Law 02.24");
            assertThat(criterion(d, "ss.pension.benefit-level").rule()).isEqualTo("ss.pension.benefit.flat");
            assertThat(criterion(d, "ss.pension.benefit-level").message()).startsWith("Benefit: a flat pension, MAD 600-1000 [S] a month");
            assertThat(criterion(d, "ss.pension.condition").message()).startsWith("The pension is paid on ceasing salaried activity");
            assertThat(d.values()).containsEntry("benefitLevel", "FLAT");
        }

        @Test
        void under1320DaysTheContributionsAreRefunded() {
            Person few = person(LocalDate.of(1961, 1, 1), days("MAR", LocalDate.of(2015, 1, 1), 1319)).build();
            Decision d = pension("MAR", LocalDate.of(2024, 6, 30), few);
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(d, "ss.pension.alternative").reasonCode()).isEqualTo("SS_ALTERNATIVE_REFUND");
        }

        @Test
        void totalisationWithFranceUnderThe2007Convention() {
            Person p = person(LocalDate.of(1958, 1, 1), days("MAR", LocalDate.of(2015, 1, 1), 1000),
                    days("FRA", LocalDate.of(2000, 1, 1), 3000)).build();
            Decision d = pension("MAR", LocalDate.of(2024, 6, 30), p);
            assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
            assertThat(criterion(d, "ss.pension.contributions").message()).contains("MAR-FRA-2007");
            // Calendar ranges credit at most 26 days a month: 858 here, 3,424 with France.
            assertThat(d.values()).containsEntry("benefitLevel", "FULL").containsEntry("totalisedDays", BigDecimal.valueOf(3424))
                    .containsEntry("proRataShare", new BigDecimal("0.2506"));
        }
    }

    @Nested
    class Tunisia {
        private Decision withMonths(int n) {
            return pension("TUN", AS_OF, person(LocalDate.of(1962, 1, 1), months("TUN", LocalDate.of(2005, 1, 1), n)).build());
        }

        @Test
        void proportionalFrom60To119MonthsFullFrom120() {
            Decision sixty = withMonths(60);
            assertThat(sixty.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(sixty.values()).containsEntry("benefitLevel", "PROPORTIONAL");
            assertThat(criterion(sixty, "ss.pension.benefit-level").legalBasis().get(0).instrument()).startsWith("Tunisia");
            assertThat(withMonths(118).values()).containsEntry("benefitLevel", "PROPORTIONAL");
            assertThat(withMonths(120).values()).containsEntry("benefitLevel", "FULL");
        }

        @Test
        void under60MonthsALumpSum() {
            Decision d = withMonths(59);
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(criterion(d, "ss.pension.alternative").message()).startsWith("Below the minimum a lump sum is paid");
        }
    }

    @Test
    void senegalsRecordIsNotEncodedAndNoC102FigureStandsInForIt() {
        Decision d = pension("SEN", AS_OF, person(LocalDate.of(1962, 1, 1), months("SEN", LocalDate.of(2000, 1, 1), 200)).build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(criterion(d, "ss.pension.age").message()).contains("pensionable age of 60 years").contains("Loi 2020-15");
        assertThat(criterion(d, "ss.pension.contributions").reasonCode()).isEqualTo("SS_PATHS_NOT_ENCODED");
        assertThat(d.notEncoded()).containsExactly("ss.pension.paths");
        assertThat(d.missingFacts()).isEmpty();
        assertThat(d.values()).doesNotContainKey("benefitLevel");
    }

    @Test
    void nepalAgeIsBelievedOnly() {
        Decision d = pension("NPL", AS_OF, person(LocalDate.of(1962, 1, 1), months("NPL", LocalDate.of(2008, 1, 1), 180)).build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(criterion(d, "ss.pension.age").message()).contains("[B]");
        assertThat(d.notEncoded()).containsExactly("ss.pension.paths");
    }

    @Test
    void philippinesAt60NeedsSeparationAt65Not() {
        Person p = person(LocalDate.of(1961, 1, 1), months("PHL", LocalDate.of(2000, 1, 1), 130)).build();
        Decision d62 = pension("PHL", AS_OF, p);
        assertThat(d62.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(criterion(d62, "ss.pension.condition").rule()).isEqualTo("ss.pension.condition.separation");
        Decision d66 = pension("PHL", LocalDate.of(2027, 1, 1), p);
        assertThat(d66.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d66.criterion("ss.pension.condition")).isEmpty();
    }

    @Test
    void bangladeshTenYearsFrom60() {
        Person p = person(LocalDate.of(1960, 1, 1), months("BGD", LocalDate.of(2013, 1, 1), 120)).build();
        assertThat(pension("BGD", LocalDate.of(2023, 12, 31), p).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void anUnknownBirthDateLeavesItUndetermined() {
        Decision d = pension("ECU", AS_OF, Person.builder("p-3").addContributionPeriod(
                months("ECU", LocalDate.of(1990, 1, 1), 300)).build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.person.birthDate");
        // Too few months for any path decides even without the birth date.
        Decision few = pension("ECU", AS_OF, Person.builder("p-4").addContributionPeriod(
                months("ECU", LocalDate.of(1990, 1, 1), 100)).build());
        assertThat(few.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void aBirthDateAfterTheDecisionDateIsRejected() {
        Person p = person(LocalDate.of(2030, 1, 1)).build();
        // The engine refuses the request at the field, whatever it asks for: nothing is half-decided.
        assertThatThrownBy(() -> pension("ECU", AS_OF, p)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).extracting(org.m4sd.sdk.FieldError::path)
                        .containsExactly("$.person.birthDate"));
    }

    @Test
    void contributionsBeforeBirthAreRejectedNamingThePeriod() {
        Person p = person(LocalDate.of(1960, 1, 1), months("ECU", LocalDate.of(1990, 1, 1), 12),
                months("ECU", LocalDate.of(1959, 1, 1), 12)).build();
        assertThatThrownBy(() -> pension("ECU", AS_OF, p)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("$.person.contributionPeriods[1].from");
    }

    @Test
    void messagesInFrenchAndSpanish() {
        Person p = person(LocalDate.of(1961, 3, 10), months("ECU", LocalDate.of(1990, 1, 1), 360)).build();
        assertThat(criterion(pension("ECU", AS_OF, p, Locale.FRENCH), "ss.pension.contributions").message())
                .startsWith("360 mois de cotisations relevant de cet État, sans totalisation");
        assertThat(criterion(pension("ECU", AS_OF, p, new Locale("es")), "ss.pension.contributions").message())
                .startsWith("360 meses de cotizaciones que cuentan como propias de este Estado, sin totalización");
    }

    @Test
    void droolsAndReferenceAgreeOnTheExamples() {
        Person p = person(LocalDate.of(1956, 1, 1), months("ECU", LocalDate.of(2005, 1, 1), 200),
                months("ESP", LocalDate.of(1990, 1, 1), 100)).build();
        var request = SocialSecurityFixture.request("ECU", AS_OF, p, Locale.ENGLISH, SocialSecurityFixture.PENSION);
        assertThat(EngineFixture.DROOLS.evaluate(request)).isEqualTo(EngineFixture.REFERENCE.evaluate(request));
        assertThat(rules(pension("ECU", AS_OF, p))).contains("ss.pension.age.reached", "ss.pension.benefit.full");
    }
}
