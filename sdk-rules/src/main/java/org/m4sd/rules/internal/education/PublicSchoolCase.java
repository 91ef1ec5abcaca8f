package org.m4sd.rules.internal.education;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * What public schooling is decided on: the child's age measured on the decision date and the documents the child
 * holds, beside the parameters in force for the jurisdiction and date (admission ages, compulsory ages, documents
 * enrolment asks for, citizens-only wording) and the day the ICRMW binds the jurisdiction (null where it is not
 * recorded as a party). The rules compare the two; the case draws no conclusion. Status-neutral by
 * construction: there is no migratory status, and no nationality, here for a rule to read.
 */
public final class PublicSchoolCase extends CaseFact {
    private final String jurisdiction;
    private final LocalDate birthDate;
    private final Integer ageYears;
    private final List<String> documentsHeld;
    private final PublicSchoolParameters parameters;
    private final LocalDate asOf;
    private final LocalDate icrmwInForceFrom;
    private final String icrmwSource;
    private final List<AgesInForceFrom> schoolAgesAhead;
    private final List<AgesInForceFrom> compulsoryAgesAhead;

    /**
     * @param birthDate           the child's birth date; null when not given
     * @param schoolAgesAhead     the admission ages' schedule from the decision date on, first stretch first
     * @param compulsoryAgesAhead the compulsory ages' schedule from the decision date on, first stretch first
     */
    public PublicSchoolCase(String jurisdiction, LocalDate birthDate, List<String> documentsHeld,
            PublicSchoolParameters parameters, LocalDate asOf, LocalDate icrmwInForceFrom, String icrmwSource,
            List<AgesInForceFrom> schoolAgesAhead, List<AgesInForceFrom> compulsoryAgesAhead) {
        super(Determination.EDUCATION_PUBLIC_SCHOOL);
        this.jurisdiction = jurisdiction;
        this.birthDate = birthDate;
        this.ageYears = birthDate == null ? null : Period.between(birthDate, asOf).getYears();
        this.schoolAgesAhead = List.copyOf(schoolAgesAhead);
        this.compulsoryAgesAhead = List.copyOf(compulsoryAgesAhead);
        this.documentsHeld = List.copyOf(documentsHeld);
        this.parameters = parameters;
        this.asOf = asOf;
        this.icrmwInForceFrom = icrmwInForceFrom;
        this.icrmwSource = icrmwSource;
    }

    /** The decision date. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The first day the ICRMW binds the jurisdiction; null where the packs do not record it as a party. */
    public LocalDate getIcrmwInForceFrom() {
        return icrmwInForceFrom;
    }

    /** The source of the jurisdiction's ratification or accession; null where it is not recorded as a party. */
    public String getIcrmwSource() {
        return icrmwSource;
    }

    /** The compulsory school ages; null where none is encoded. */
    public CompulsoryAges getCompulsoryAges() {
        return parameters.compulsoryAges();
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The child's age in completed years on the decision date; null when the birth date is not given. */
    public Integer getAgeYears() {
        return ageYears;
    }

    /** The document codes the child's family can produce, as the request gives them. */
    public List<String> getDocumentsHeld() {
        return documentsHeld;
    }

    /** The admission ages in force (the access test). */
    public SchoolAges getSchoolAges() {
        return parameters.schoolAges();
    }

    /** The documents enrolment asks for; null where it asks for none. */
    public EnrolmentDocuments getEnrolmentDocuments() {
        return parameters.enrolmentDocuments();
    }

    /** The national text's citizens-only wording; null where the text has none. */
    public CitizensFraming getCitizensFraming() {
        return parameters.citizensFraming();
    }

    /**
     * For the message and the gap of a documentation barrier: the requested documents the child does not hold, in
     * the pack's order. The barrier itself is tested by the rules.
     */
    public List<String> documentsNotHeld() {
        List<String> notHeld = new ArrayList<>();
        for (String document : parameters.enrolmentDocuments().required()) {
            if (!documentsHeld.contains(document)) {
                notHeld.add(document);
            }
        }
        return notHeld;
    }

    /**
     * For the gap of a child outside the admission ages: the first day from the decision date on whose age, in
     * completed years, is within the admission ages in force on that day; null where no such day comes (the child
     * is past them for good) or the birth date is not given.
     */
    public LocalDate getFirstDayOfSchoolAge() {
        return firstDayWithin(schoolAgesAhead);
    }

    /**
     * For the gap of a child outside the compulsory ages: the first day from the decision date on whose age is
     * within the compulsory ages in force on that day; null where no such day comes or the birth date is not given.
     */
    public LocalDate getFirstDayOfCompulsoryAge() {
        return firstDayWithin(compulsoryAgesAhead);
    }

    /**
     * Walks the schedule: in each stretch, the age grows, so the first day within that stretch's range is the
     * later of the stretch's first day and the day the child reaches its first age, if that day falls in the
     * stretch and the child is then not past its last age.
     */
    private LocalDate firstDayWithin(List<AgesInForceFrom> schedule) {
        if (birthDate == null) {
            return null;
        }
        for (int i = 0; i < schedule.size(); i++) {
            AgesInForceFrom stretch = schedule.get(i);
            LocalDate end = i + 1 < schedule.size() ? schedule.get(i + 1).from() : null;
            if (stretch.min() == null) {
                continue;
            }
            LocalDate start = stretch.from().isBefore(asOf) ? asOf : stretch.from();
            LocalDate reached = dayAged(stretch.min());
            LocalDate candidate = reached.isAfter(start) ? reached : start;
            if ((end == null || candidate.isBefore(end))
                    && Period.between(birthDate, candidate).getYears() <= stretch.max()) {
                return candidate;
            }
        }
        return null;
    }

    /** The first day on which the child has completed {@code years} years (born 29 February: 1 March). */
    private LocalDate dayAged(int years) {
        LocalDate day = birthDate.plusYears(years);
        return Period.between(birthDate, day).getYears() < years ? day.plusDays(1) : day;
    }
}
