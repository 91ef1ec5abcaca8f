package org.m4sd.rules.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;

class PublicSchoolTest {

    private static Decision decide(EligibilityEngine engine, String jurisdiction, LocalDate asOf, Person person,
            Locale locale) {
        var request = EngineFixture.request(jurisdiction, asOf, person)
                .determinations(Determination.EDUCATION_PUBLIC_SCHOOL).locale(locale).build();
        return engine.evaluate(request).decision(Determination.EDUCATION_PUBLIC_SCHOOL).orElseThrow();
    }

    private static Decision decide(String jurisdiction, LocalDate asOf, Person person) {
        Decision d = decide(EngineFixture.DROOLS, jurisdiction, asOf, person, Locale.ENGLISH);
        assertThat(d).isEqualTo(decide(EngineFixture.REFERENCE, jurisdiction, asOf, person, Locale.ENGLISH));
        return d;
    }

    private static Person child(LocalDate birthDate, String... documents) {
        Person.Builder b = Person.builder("child").birthDate(birthDate).migratoryStatus(MigratoryStatus.IRREGULAR);
        for (String d : documents) {
            b.addDocumentHeld(d);
        }
        return b.build();
    }

    private static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    @Test
    void moroccoReportsTheResidenceCardCopyAsABarrierNotAsIneligibility() {
        LocalDate asOf = LocalDate.of(2023, 9, 1);
        Decision d = decide("MAR", asOf, child(LocalDate.of(2014, 2, 10)));
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(criterion(d, "ed.school-age").result()).isEqualTo(CriterionResult.MET);
        Criterion docs = criterion(d, "ed.documents");
        assertThat(docs.rule()).isEqualTo("ed.school.document-requested");
        assertThat(docs.result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(docs.message()).startsWith("Enrolment asks for RESIDENCE_CARD_COPY (Circulaire du Ministère de l'Éducation nationale n° 13-487 du 9 octobre 2013")
                .endsWith("[S]): a documentation barrier to resolve before enrolment, never a ground to refuse or limit"
                        + " the child's place. Producing RESIDENCE_CARD_COPY would lift the barrier; the lack of a"
                        + " document is never a ground to refuse the place.");
        assertThat(docs.gap()).contains(Gap.change("$.person.documentsHeld", List.of("RESIDENCE_CARD_COPY")));

        Decision held = decide("MAR", asOf, child(LocalDate.of(2014, 2, 10), "RESIDENCE_CARD_COPY"));
        assertThat(held.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(held, "ed.documents").result()).isEqualTo(CriterionResult.MET);

        Decision beforeCircular = decide("MAR", LocalDate.of(2012, 9, 1), child(LocalDate.of(2004, 2, 10)));
        assertThat(beforeCircular.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(beforeCircular.criterion("ed.documents")).isEmpty();
    }

    @Test
    void moroccoAdmitsFromThreeToSeventeenAndReportsTheCompulsoryAgesOfTheDate() {
        LocalDate born = LocalDate.of(2002, 5, 1);
        // 16 in September 2018: past compulsory schooling under Loi 04-00 (6 to 15), still admitted (3 to 17).
        Decision in2018 = decide("MAR", LocalDate.of(2018, 9, 1), child(born, "RESIDENCE_CARD_COPY"));
        assertThat(in2018.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(in2018, "ed.school-age").message()).isEqualTo("Of school age: 16 years old on the decision"
                + " date (no school-year cut-off date is encoded), within the ages nationals are admitted at, 3 to 17;"
                + " a place in public pre-school or school may not be refused or limited because of the child's or the"
                + " parents' situation");
        Criterion compulsory = criterion(in2018, "ed.compulsory");
        assertThat(compulsory.result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(compulsory.message()).startsWith("Attendance is not compulsory at 16 years old (compulsory schooling"
                + " runs from 6 to 15 years, Loi n° 04-00");
        assertThat(in2018.values()).containsEntry("attendanceCompulsory", false);
        assertThat(criterion(in2018, "ed.every-child").message()).contains("\"tous les enfants marocains\"");

        Decision underLoiCadre = decide("MAR", LocalDate.of(2020, 3, 1), child(LocalDate.of(2016, 1, 15),
                "RESIDENCE_CARD_COPY"));
        assertThat(underLoiCadre.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(underLoiCadre, "ed.compulsory").message())
                .startsWith("Attendance is compulsory at 4 years old: compulsory schooling runs from 4 to 16 years")
                .contains("Loi-cadre n° 51-17");
        assertThat(criterion(underLoiCadre, "ed.icrmw").message()).startsWith("MAR is bound by the ICRMW since 2003-07-01");
        assertThat(underLoiCadre.criterion("ed.every-child")).isEmpty();

        assertThat(decide("MAR", LocalDate.of(2020, 3, 1), child(LocalDate.of(2017, 3, 2))).outcome())
                .as("two years old, under the default's three").isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void serbiaAdmitsPastTheEndOfItsCompulsoryYears() {
        LocalDate born = LocalDate.of(2010, 3, 1);
        Decision fifteen = decide("SRB", LocalDate.of(2025, 6, 30), child(born));
        assertThat(fifteen.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(fifteen, "ed.compulsory").result()).isEqualTo(CriterionResult.MET);
        Decision sixteen = decide("SRB", LocalDate.of(2026, 3, 1), child(born));
        assertThat(sixteen.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(sixteen, "ed.compulsory").result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(sixteen.criterion("ed.icrmw")).as("Serbia is not an ICRMW party").isEmpty();
        assertThat(decide("SRB", LocalDate.of(2028, 3, 1), child(born)).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void tunisiaFramesSchoolingForCitizensButEveryChildIsEligible() {
        Person foreignChild = Person.builder("c").birthDate(LocalDate.of(2015, 1, 1)).nationality("CIV").build();
        Decision d = decide("TUN", LocalDate.of(2024, 1, 1), foreignChild);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Criterion every = criterion(d, "ed.every-child");
        assertThat(every.message()).isEqualTo("The national text frames schooling for citizens (\"à tous les Tunisiens\", "
                + "Loi d'orientation n° 2002-80 du 23 juillet 2002, art. 1 [V]); the right of every child in the jurisdiction "
                + "follows from CRC arts. 2 and 28, so the outcome does not depend on nationality");
        assertThat(every.legalBasis()).singleElement()
                .satisfies(b -> assertThat(b.instrument()).isEqualTo("Convention on the Rights of the Child"));
        assertThat(criterion(d, "ed.compulsory").message()).contains("from 6 to 16 years");
        assertThat(criterion(d, "ed.school-age").legalBasis()).as("Tunisia is not an ICRMW party: CRC only")
                .extracting(b -> b.instrument()).containsExactly("Convention on the Rights of the Child");
    }

    @Test
    void nepalHasNoSourcedAgesSoTheInternationalDefaultAppliesAndTheCitizensFramingIsExplained() {
        Decision d = decide("NPL", LocalDate.of(2023, 6, 1), child(LocalDate.of(2007, 1, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Criterion ages = criterion(d, "ed.school-ages");
        assertThat(ages.rule()).isEqualTo("ed.school.ages-default");
        assertThat(ages.message()).startsWith("The NPL rule pack has no sourced ages of admission to public pre-school,"
                + " primary and secondary education in force on this date: the international default applies, from 3"
                + " to 17 years");
        assertThat(criterion(d, "ed.every-child").message()).contains("\"every citizen\"");
        assertThat(d.criterion("ed.compulsory")).isEmpty();
        assertThat(decide("NPL", LocalDate.of(2023, 6, 1), child(LocalDate.of(2005, 6, 1))).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void ecuadorAndSenegalUseTheDefaultAdmissionAgesThePhilippinesItsOwn() {
        LocalDate asOf = LocalDate.of(2024, 9, 1);
        assertThat(decide("ECU", asOf, child(LocalDate.of(2007, 8, 1))).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decide("ECU", asOf, child(LocalDate.of(2020, 1, 1))).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decide("ECU", asOf, child(LocalDate.of(2022, 1, 1))).outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(decide("SEN", asOf, child(LocalDate.of(2007, 3, 1))).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decide("SEN", asOf, child(LocalDate.of(2006, 3, 1))).outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(decide("PHL", asOf, child(LocalDate.of(2019, 6, 1))).outcome()).isEqualTo(Outcome.ELIGIBLE);
        Decision four = decide("PHL", asOf, child(LocalDate.of(2020, 6, 1)));
        assertThat(four.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(four, "ed.school-ages").message()).startsWith("Ages at which PHL admits its nationals to"
                + " public pre-school, primary and secondary education: from 5 to 17 years");
    }

    @Test
    void theCaseHasNoMigratoryStatusAndNoNationalityForARuleToRead() {
        Class<?> type = org.m4sd.rules.internal.education.PublicSchoolCase.class;
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (var field : c.getDeclaredFields()) {
                assertThat(field.getType()).as(field.getName()).isNotEqualTo(MigratoryStatus.class);
                assertThat(field.getName().toLowerCase(Locale.ROOT)).doesNotContain("status").doesNotContain("nationality");
            }
        }
        for (var method : type.getMethods()) {
            assertThat(method.getReturnType()).as(method.getName()).isNotEqualTo(MigratoryStatus.class);
            assertThat(method.getName().toLowerCase(Locale.ROOT)).doesNotContain("status").doesNotContain("nationality");
        }
    }

    @Test
    void aMissingBirthDateIsUndetermined() {
        Decision d = decide("SEN", LocalDate.of(2024, 1, 1), Person.builder("c").build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.person.birthDate");
    }

    @Test
    void messagesNeverMentionStatusAndFollowTheLocale() {
        Person person = child(LocalDate.of(2014, 2, 10));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, new Locale("es")}) {
            Decision d = decide(EngineFixture.DROOLS, "MAR", LocalDate.of(2023, 9, 1), person, locale);
            assertThat(d.criteria()).allSatisfy(c -> assertThat(c.message().toLowerCase(Locale.ROOT))
                    .doesNotContain("status").doesNotContain("statut").doesNotContain("condición migratoria")
                    .doesNotContain("irregular").doesNotContain("migra"));
        }
        assertThat(criterion(decide(EngineFixture.DROOLS, "MAR", LocalDate.of(2023, 9, 1), person, Locale.FRENCH),
                "ed.documents").message()).contains("un obstacle documentaire à lever");
    }
}
