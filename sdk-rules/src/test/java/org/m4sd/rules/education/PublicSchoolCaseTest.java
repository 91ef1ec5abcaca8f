package org.m4sd.rules.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.education.PublicSchool;
import org.m4sd.rules.internal.education.PublicSchoolCase;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.request.Person;

/**
 * The Drools side's measurement and parameters for public schooling: the case holds the age measured on the
 * decision date, the documents held, and the parameters in force with their sources, and no conclusion.
 */
class PublicSchoolCaseTest {
    private static final PackStore PACKS = PackStore.load();
    private static final PublicSchool DETERMINER = new PublicSchool();

    private static PublicSchoolCase caseFor(String jurisdiction, LocalDate asOf, Person person) {
        return (PublicSchoolCase) DETERMINER.caseFor(EngineFixture.request(jurisdiction, asOf, person).build(),
                new PackContext(PACKS, jurisdiction, asOf));
    }

    private static Person bornOn(LocalDate birthDate, String... documents) {
        Person.Builder b = Person.builder("c").birthDate(birthDate);
        for (String d : documents) {
            b.addDocumentHeld(d);
        }
        return b.build();
    }

    @Test
    void theAgeIsMeasuredInCompletedYearsOnTheDecisionDate() {
        LocalDate born = LocalDate.of(2010, 3, 1);
        assertThat(caseFor("SRB", LocalDate.of(2025, 2, 28), bornOn(born)).getAgeYears()).isEqualTo(14);
        assertThat(caseFor("SRB", LocalDate.of(2025, 3, 1), bornOn(born)).getAgeYears()).isEqualTo(15);
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        assertThat(caseFor("SRB", LocalDate.of(2026, 2, 28), bornOn(leapDay)).getAgeYears()).isEqualTo(17);
        assertThat(caseFor("SRB", LocalDate.of(2026, 3, 1), bornOn(leapDay)).getAgeYears()).isEqualTo(18);
        assertThat(caseFor("SRB", LocalDate.of(2026, 3, 1), Person.builder("c").build()).getAgeYears()).isNull();
    }

    @Test
    void moroccoInForceIn2023AsksForADocumentUnderTheLoiCadreCompulsoryAges() {
        PublicSchoolCase c = caseFor("MAR", LocalDate.of(2023, 9, 1), bornOn(LocalDate.of(2014, 2, 10), "PASSPORT"));
        assertThat(c.getSchoolAges().admissionMin()).isEqualTo(3);
        assertThat(c.getSchoolAges().admissionMax()).isEqualTo(17);
        assertThat(c.getSchoolAges().internationalDefault()).isTrue();
        assertThat(c.getCompulsoryAges().from()).isEqualTo(4);
        assertThat(c.getCompulsoryAges().to()).isEqualTo(16);
        assertThat(c.getCompulsoryAges().source()).startsWith("Loi-cadre n° 51-17").endsWith("[S]");
        assertThat(c.getIcrmwInForceFrom()).isEqualTo(LocalDate.of(2003, 7, 1));
        assertThat(c.getEnrolmentDocuments().required()).containsExactly("RESIDENCE_CARD_COPY");
        assertThat(c.getEnrolmentDocuments().source()).startsWith("Circulaire du Ministère de l'Éducation nationale");
        assertThat(c.getDocumentsHeld()).containsExactly("PASSPORT");
        assertThat(c.documentsNotHeld()).containsExactly("RESIDENCE_CARD_COPY");
        assertThat(c.getCitizensFraming()).isNull();
    }

    @Test
    void moroccoUnderLoi0400FramesSchoolingForMoroccanChildren() {
        PublicSchoolCase c = caseFor("MAR", LocalDate.of(2015, 9, 1), bornOn(LocalDate.of(2008, 2, 10)));
        assertThat(c.getCompulsoryAges().from()).isEqualTo(6);
        assertThat(c.getCompulsoryAges().to()).isEqualTo(15);
        assertThat(c.getCitizensFraming().text()).isEqualTo("tous les enfants marocains");
        assertThat(c.getCitizensFraming().source()).isEqualTo("Loi n° 04-00, art. 1 [V]");
    }

    @Test
    void withoutNationalAgesTheInternationalDefaultIsTheParameter() {
        PublicSchoolCase c = caseFor("NPL", LocalDate.of(2023, 6, 1), bornOn(LocalDate.of(2007, 1, 1)));
        assertThat(c.getSchoolAges().admissionMin()).isEqualTo(3);
        assertThat(c.getSchoolAges().admissionMax()).isEqualTo(17);
        assertThat(c.getSchoolAges().internationalDefault()).isTrue();
        assertThat(c.getSchoolAges().source()).isEqualTo("Convention on the Rights of the Child, art. 1, 28 [B]");
        assertThat(c.getCompulsoryAges()).isNull();
        assertThat(c.getIcrmwInForceFrom()).as("Nepal is not an ICRMW party").isNull();
        assertThat(c.getEnrolmentDocuments()).isNull();
        assertThat(c.getCitizensFraming().text()).isEqualTo("every citizen");
        assertThat(c.values()).containsEntry("schoolAgeFrom", 3).containsEntry("schoolAgeTo", 17)
                .containsEntry("schoolAgeInternationalDefault", true);
    }

    @Test
    void parametersAreBuiltOncePerValueInForce() {
        PublicSchoolCase a = caseFor("MAR", LocalDate.of(2023, 9, 1), bornOn(LocalDate.of(2014, 2, 10)));
        PublicSchoolCase b = caseFor("MAR", LocalDate.of(2024, 1, 15), bornOn(LocalDate.of(2012, 5, 5)));
        assertThat(b.getSchoolAges()).isSameAs(a.getSchoolAges());
        assertThat(b.getEnrolmentDocuments()).isSameAs(a.getEnrolmentDocuments());
    }

    @Test
    void theFirstDayOfAnAgeRangeFollowsTheDatedSchedule() {
        // The Philippines, January 2013: the international default (3 to 17) until RA 10533 (5 to 17) from 8 June
        // 2013, so a child turning 3 in September 2013 is first of school age on the fifth birthday.
        assertThat(caseFor("PHL", LocalDate.of(2013, 1, 1), bornOn(LocalDate.of(2010, 9, 1)))
                .getFirstDayOfSchoolAge()).isEqualTo(LocalDate.of(2015, 9, 1));
        // Morocco, 2018: compulsory 6 to 15 under Loi 04-00; from 19 August 2019, 4 to 16 under the Loi-cadre,
        // while a child born on 1 September 2002 is still 16.
        assertThat(caseFor("MAR", LocalDate.of(2018, 9, 1), bornOn(LocalDate.of(2002, 9, 1)))
                .getFirstDayOfCompulsoryAge()).isEqualTo(LocalDate.of(2019, 8, 19));
        // Born on 29 February: the third year is completed on 1 March.
        assertThat(caseFor("NPL", LocalDate.of(2022, 6, 1), bornOn(LocalDate.of(2020, 2, 29)))
                .getFirstDayOfSchoolAge()).isEqualTo(LocalDate.of(2023, 3, 1));
        // Past the last age in every stretch ahead, or without a birth date: no such day.
        assertThat(caseFor("NPL", LocalDate.of(2024, 3, 10), bornOn(LocalDate.of(2006, 3, 10)))
                .getFirstDayOfSchoolAge()).isNull();
        assertThat(caseFor("NPL", LocalDate.of(2024, 3, 10), Person.builder("c").build()).getFirstDayOfSchoolAge())
                .isNull();
        // Already within: the decision date itself.
        assertThat(caseFor("NPL", LocalDate.of(2024, 3, 10), bornOn(LocalDate.of(2016, 3, 10)))
                .getFirstDayOfSchoolAge()).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void theCaseComputesNoConclusion() {
        for (Method m : PublicSchoolCase.class.getDeclaredMethods()) {
            assertThat(m.getReturnType()).as(m.getName()).isNotEqualTo(boolean.class).isNotEqualTo(Boolean.class);
        }
    }
}
