package org.m4sd.rules.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.PENSION;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.criterion;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.decide;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.pension;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * What a person reads in the old-age pension's explanation after the legal corrections of DOMAIN.md section 4:
 * C102's figures are ceilings, so a record the packs do not encode is said to be not encoded (4.4); periods under
 * two agreements are never added together, the most favourable agreement is named (4.3); before the pensionable
 * age the record is compared with the ordinary path, and ages and dates agree (4.25). Each decision is also the
 * reference implementation's.
 */
class PensionCorrectionsMessagesTest {

    private static Decision decided(String jurisdiction, LocalDate asOf, Person person, Locale locale) {
        EligibilityRequest request = request(jurisdiction, asOf, person, locale, PENSION);
        Decision drools = decide(EngineFixture.DROOLS, request, PENSION);
        assertThat(drools).isEqualTo(decide(EngineFixture.REFERENCE, request, PENSION));
        return drools;
    }

    @Test
    void aSenegaleseWorkerIsNotRefusedOnC102sMinimumTheRecordIsSaidToBeNotEncoded() {
        Person worker = Person.builder("p").birthDate(LocalDate.of(1962, 1, 1)).contributionPeriods(List.of(
                ContributionPeriod.of("SEN", LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31)))).build();
        Decision d = decided("SEN", LocalDate.of(2023, 6, 30), worker, Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.notEncoded()).containsExactly("ss.pension.paths");
        assertThat(d.missingFacts()).isEmpty();
        assertThat(criterion(d, "ss.pension.age").message()).isEqualTo("Age 61 years 5 months: the pensionable age of"
                + " 60 years 0 months was reached on 2022-01-01 (Loi 2020-15 du 26 mai 2020 modifiant l'article L.69"
                + " du Code du travail art. L.69 [V])");
        assertThat(criterion(d, "ss.pension.contributions").message()).isEqualTo("The contribution record SEN requires"
                + " for an old-age pension on 2023-06-30 is not encoded in the rule packs (ss.pension.paths): the record"
                + " cannot be judged. ILO C102's 15 and 30 years are ceilings on what a ratifying state may require,"
                + " not a national qualifying condition");
        Decision fr = decided("SEN", LocalDate.of(2023, 6, 30), worker, Locale.FRENCH);
        assertThat(criterion(fr, "ss.pension.contributions").message()).startsWith("La durée de cotisation qu'exige"
                + " SEN pour une pension de vieillesse au 2023-06-30 n'est pas encodée");
    }

    @Test
    void withoutAPackNeitherTheAgeNorTheRecordIsTakenFromC102() {
        Person worker = Person.builder("p").birthDate(LocalDate.of(1950, 1, 1)).contributionPeriods(List.of(
                ContributionPeriod.of("ESP", LocalDate.of(1975, 1, 1), LocalDate.of(2014, 12, 31)))).build();
        Decision d = decided("ESP", LocalDate.of(2023, 6, 30), worker, new Locale("es"));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.notEncoded()).containsExactly("ss.pension.age", "ss.pension.paths");
        assertThat(criterion(d, "ss.pension.age").message()).isEqualTo("La edad de jubilación de ESP al 2023-06-30"
                + " no está codificada en los paquetes de reglas (ss.pension.age): no se puede comprobar la edad. Los"
                + " 65 años del Convenio 102 de la OIT son un tope de lo que un Estado que lo ratificó puede fijar, no"
                + " una edad de jubilación nacional");
    }

    @Test
    void aMoroccanWorkersPeriodsUnderTwoAgreementsAreNotAddedTogether() {
        // 48 months in Morocco (1,248 days credited), 72 in France, 72 in Spain: 3,120 days with either convention.
        Person worker = Person.builder("p").birthDate(LocalDate.of(1958, 3, 10)).contributionPeriods(List.of(
                ContributionPeriod.of("FRA", LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31)),
                ContributionPeriod.of("ESP", LocalDate.of(2006, 1, 1), LocalDate.of(2011, 12, 31)),
                ContributionPeriod.of("MAR", LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31)))).build();
        Decision d = decided("MAR", LocalDate.of(2022, 6, 30), worker, Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(d, "ss.pension.contributions").message()).isEqualTo("Even with partner-state periods the"
                + " total of 3,120 days (1,248 here) is below the 3,240 required (agreements: Convention de sécurité"
                + " sociale entre la France et le Maroc (MAR-FRA-2007, in force 2011-06-01 [S])). 120 more days of"
                + " contributions would reach the 3,240 required.");
        assertThat(criterion(d, "ss.pension.totalisation").message()).isEqualTo("2 agreements in force add periods"
                + " here; periods under different agreements are not added together, so each was assessed on its own"
                + " and the most favourable applies: Convention de sécurité sociale entre la France et le Maroc"
                + " (MAR-FRA-2007, in force 2011-06-01 [S]), 3,120 days in total (also assessed: Convenio sobre"
                + " Seguridad Social entre España y el Reino de Marruecos (MAR-ESP-1979, in force 1982-10-01 [V]))");
    }

    @Test
    void theMoreFavourableAgreementIsUsedAndNamed() {
        Person worker = Person.builder("p").birthDate(LocalDate.of(1958, 3, 10)).contributionPeriods(List.of(
                ContributionPeriod.of("FRA", LocalDate.of(1995, 1, 1), LocalDate.of(1999, 12, 31)),
                ContributionPeriod.of("ESP", LocalDate.of(2000, 1, 1), LocalDate.of(2011, 12, 31)),
                ContributionPeriod.of("MAR", LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31)))).build();
        Decision d = decided("MAR", LocalDate.of(2022, 6, 30), worker, Locale.FRENCH);
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(d.values()).containsEntry("totalisationAgreement", "MAR-ESP-1979");
        assertThat(criterion(d, "ss.pension.totalisation").message()).startsWith("2 accords en vigueur ajoutent des"
                + " périodes ici ; les périodes relevant d'accords différents ne s'additionnent pas : chaque accord a"
                + " été examiné seul et le plus favorable s'applique : Convenio sobre Seguridad Social entre España y el"
                + " Reino de Marruecos (MAR-ESP-1979");
    }

    @Test
    void beforeThePensionableAgeTheRecordIsComparedWithTheOrdinaryPath() {
        Person worker = Person.builder("p").birthDate(LocalDate.of(1970, 3, 1)).sex(Sex.M).contributionPeriods(List.of(
                ContributionPeriod.of("SRB", LocalDate.of(2006, 1, 1), LocalDate.of(2022, 8, 31)))).build();
        Decision d = pension("SRB", LocalDate.of(2023, 6, 30), worker);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(d, "ss.pension.contributions").message()).startsWith("200 months of contributions that"
                + " count as this state's own, without totalisation: at least the 180 required");
    }

    @Test
    void aPersonBornOn29FebruaryHasTheAgeTheDateSays() {
        Person worker = Person.builder("p").birthDate(LocalDate.of(1960, 2, 29)).sex(Sex.M).contributionPeriods(
                List.of(ContributionPeriod.of("SRB", LocalDate.of(1990, 1, 1), LocalDate.of(2024, 12, 31)))).build();
        Decision d = decided("SRB", LocalDate.of(2025, 2, 28), worker, Locale.ENGLISH);
        assertThat(criterion(d, "ss.pension.age").message()).startsWith("Age 65 years 0 months: the pensionable age"
                + " of 65 years 0 months was reached on 2025-02-28");
    }
}
