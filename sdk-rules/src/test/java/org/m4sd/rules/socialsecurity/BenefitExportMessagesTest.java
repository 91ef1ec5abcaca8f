package org.m4sd.rules.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.EXPORT;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.criterion;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/**
 * What a user reads about paying a pension abroad (DOMAIN.md section 4 item 2), for the decisions the review
 * found wrong: an Ecuadorian pensioner living in the USA (refused before, paid under C118 art. 5 as Ecuador's own
 * national) and a US national living in Ecuador with a Tunisian pension (paid under C118 before, although the USA
 * is not a party: now left to Tunisian law, which is not encoded). Both engines give the same decision.
 */
class BenefitExportMessagesTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final Person ECUADORIAN_IN_THE_USA =
            Person.builder("p-ecu").nationality("ECU").countryOfResidence("USA").build();
    private static final Person AMERICAN_IN_ECUADOR =
            Person.builder("p-usa").nationality("USA").countryOfResidence("ECU").build();

    private static Decision decide(String jurisdiction, Person person, Locale locale) {
        EligibilityRequest request = SocialSecurityFixture.request(jurisdiction, AS_OF, person, locale, EXPORT);
        assertThat(EngineFixture.REFERENCE.evaluate(request)).isEqualTo(EngineFixture.DROOLS.evaluate(request));
        return SocialSecurityFixture.decide(EngineFixture.DROOLS, request, EXPORT);
    }

    @Test
    void anEcuadorianLivingInTheUsaIsPaidAsEcuadorsOwnNational() {
        Decision d = decide("ECU", ECUADORIAN_IN_THE_USA, Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "ss.export.residence").message())
                .isEqualTo("The person lives in USA, outside ECU: the pension has to be paid abroad");
        Criterion basis = criterion(d, "ss.export.basis");
        assertThat(basis.message()).isEqualTo("ILO C118 art. 5 guarantees the old-age pensions of a state that "
                + "accepted that branch to its own nationals living abroad, wherever they live: ECU did (ECU: C118 "
                + "ratified 1970 [V], old-age branch accepted [B]) and the person is a national of ECU, so the "
                + "pension is paid in USA");
        assertThat(basis.legalBasis()).singleElement().satisfies(b -> {
            assertThat(b.instrument()).isEqualTo("ILO Equality of Treatment (Social Security) Convention, 1962 (No. 118)");
            assertThat(b.article()).isEqualTo("5");
        });
        assertThat(criterion(decide("ECU", ECUADORIAN_IN_THE_USA, Locale.FRENCH), "ss.export.basis").message())
                .isEqualTo("L'art. 5 de la convention C118 de l'OIT garantit les pensions de vieillesse d'un État qui "
                        + "a accepté cette branche à ses propres ressortissants résidant à l'étranger, où qu'ils "
                        + "résident : ECU l'a acceptée (ECU: C118 ratified 1970 [V], old-age branch accepted [B]) et "
                        + "la personne est ressortissante de ECU, la pension est donc versée en USA");
        assertThat(criterion(decide("ECU", ECUADORIAN_IN_THE_USA, new Locale("es")), "ss.export.basis").message())
                .isEqualTo("El art. 5 del Convenio 118 de la OIT garantiza las pensiones de vejez de un Estado que "
                        + "aceptó esa rama a sus propios nacionales residentes en el extranjero, dondequiera que "
                        + "residan: ECU la aceptó (ECU: C118 ratified 1970 [V], old-age branch accepted [B]) y la "
                        + "persona es nacional de ECU, por lo que la pensión se paga en USA");
    }

    @Test
    void aUsNationalInEcuadorGetsNoC118BasisAndTheDecisionSaysWhatIsNotEncoded() {
        Decision d = decide("TUN", AMERICAN_IN_ECUADOR, Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).isEmpty();
        assertThat(d.notEncoded()).containsExactly("ss.export.national-rule");
        Criterion basis = criterion(d, "ss.export.basis");
        assertThat(basis.message()).isEqualTo("No agreement in force between TUN and ECU covers old-age pensions, "
                + "and ILO C118 art. 5 gives no basis (TUN: C118 ratified 1965 [V], old-age branch accepted [B]; "
                + "USA: C118 ratification not recorded): whether the law of TUN pays the pension abroad is not "
                + "encoded in the rule pack (ss.export.national-rule), so payment abroad is neither confirmed nor "
                + "refused");
        // C118 does not apply, so it is not cited.
        assertThat(basis.legalBasis()).singleElement().satisfies(
                b -> assertThat(b.instrument()).startsWith("Law of the paying state"));
        assertThat(criterion(decide("TUN", AMERICAN_IN_ECUADOR, Locale.FRENCH), "ss.export.basis").message())
                .startsWith("Aucun accord en vigueur entre TUN et ECU ne couvre les pensions de vieillesse")
                .endsWith("le versement à l'étranger n'est donc ni confirmé ni refusé");
        assertThat(criterion(decide("TUN", AMERICAN_IN_ECUADOR, new Locale("es")), "ss.export.basis").message())
                .startsWith("Ningún convenio en vigor entre TUN y ECU cubre las pensiones de vejez")
                .endsWith("por lo que el pago en el extranjero no se confirma ni se deniega");
    }

    @Test
    void aMissingNationalityIsAskedForWhereItDecides() {
        Person noNationality = Person.builder("p-x").countryOfResidence("USA").build();
        Decision d = decide("PHL", noNationality, Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.person.nationality");
        assertThat(criterion(d, "ss.export.basis").message()).isEqualTo("No agreement in force covers old-age "
                + "pensions in the state where the person lives; ILO C118 art. 5 guarantees them abroad to the "
                + "nationals of the paying state and of the other states that accepted the old-age branch, and the "
                + "person's nationality is not known");
        assertThat(criterion(decide("PHL", noNationality, Locale.FRENCH), "ss.export.basis").message())
                .endsWith("et la nationalité de la personne n'est pas connue");
        assertThat(criterion(decide("PHL", noNationality, new Locale("es")), "ss.export.basis").message())
                .endsWith("y no se conoce la nacionalidad de la persona");
    }
}
