package org.m4sd.sdk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;

/**
 * The checks between fields of one request, and the plausibility limits of single values, made when the request
 * is read or built, whatever determinations it asks for: a request that contradicts itself is refused the same
 * way by every entry point, and no determination sees it. Each problem is reported at the later field's JSON path
 * (docs/DECISION-CONTRACT.md, "Limits and consistency").
 */
public final class Consistency {
    /** The oldest person a request may describe, in years before its {@code asOf}. */
    public static final int MAX_AGE_YEARS = 120;

    /** The largest amount of money a request may hold, in any currency (10^12). */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(12);

    private Consistency() {
    }

    /** Refuses an amount above {@link #MAX_AMOUNT}, naming {@code field}. */
    public static BigDecimal plausibleAmount(BigDecimal amount, String field) {
        Checks.nonNegative(amount, field);
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(tooLarge(field, amount));
        }
        return amount;
    }

    /** The message for an amount above {@link #MAX_AMOUNT}. */
    public static String tooLarge(String field, BigDecimal amount) {
        return field + " must be at most 1000000000000 (10^12), got " + amount.toPlainString();
    }

    /**
     * Every contradiction between the request's fields, in document order; empty when there is none. Checked for
     * every request, nearly all of them without a problem: no list and no text is made until one is found.
     */
    public static List<FieldError> problems(LocalDate asOf, Person person, Optional<Recruitment> recruitment,
            Optional<Qualification> qualification) {
        List<FieldError> out = new ArrayList<>(0);
        LocalDate oldest = asOf.minusYears(MAX_AGE_YEARS);
        LocalDate birth = person.birthDate().orElse(null);
        if (birth != null) {
            if (birth.isAfter(asOf)) {
                out.add(FieldError.of("$.person.birthDate", "birthDate (" + birth + ") is after asOf (" + asOf
                        + ")"));
            } else if (birth.isBefore(oldest)) {
                out.add(FieldError.of("$.person.birthDate", "birthDate (" + birth + ") is more than "
                        + MAX_AGE_YEARS + " years before asOf (" + asOf + "); check the year"));
            }
            // a birth date already refused says nothing about the fields measured from it
            if (birth.isAfter(asOf) || birth.isBefore(oldest)) {
                birth = null;
            }
        }
        long lifeMonths = birth != null ? ChronoUnit.MONTHS.between(birth, asOf) : (long) MAX_AGE_YEARS * 12;
        boolean birthKnown = birth != null;
        if (person.residenceMonths().isPresent() && person.residenceMonths().getAsInt() > lifeMonths + 1) {
            out.add(FieldError.of("$.person.residenceMonths", "residenceMonths (" + person.residenceMonths()
                    .getAsInt() + ") is longer than " + life(birthKnown, lifeMonths)));
        }
        List<ContributionPeriod> periods = person.contributionPeriods();
        for (int i = 0; i < periods.size(); i++) {
            ContributionPeriod p = periods.get(i);
            if (birth != null && p.from().isBefore(birth)) {
                out.add(FieldError.of(periodFrom(i), p.from() + " is before the birth date " + birth));
            } else if (p.from().isAfter(asOf)) {
                out.add(FieldError.of(periodFrom(i), p.from() + " is after asOf (" + asOf + "); a record as of a date "
                        + "holds no later period"));
            }
        }
        if (recruitment.isPresent()) {
            List<CostItem> costs = recruitment.get().costsPaidByWorker();
            for (int i = 0; i < costs.size(); i++) {
                Optional<LocalDate> paidOn = costs.get(i).paidOn();
                if (paidOn.isPresent() && paidOn.get().isAfter(asOf)) {
                    out.add(FieldError.of("$.recruitment.costsPaidByWorker[" + i + "].paidOn",
                            "paidOn (" + paidOn.get() + ") is after asOf (" + asOf + ")"));
                }
            }
        }
        if (qualification.isPresent()) {
            Qualification q = qualification.get();
            if (q.workExperienceMonths().isPresent() && q.workExperienceMonths().getAsInt() > lifeMonths) {
                out.add(FieldError.of("$.qualification.workExperienceMonths", "workExperienceMonths ("
                        + q.workExperienceMonths().getAsInt() + ") is longer than " + life(birthKnown, lifeMonths)));
            }
            Optional<LocalDate> file = q.fileCompleteDate();
            if (file.isPresent() && file.get().isAfter(asOf)) {
                out.add(FieldError.of("$.qualification.fileCompleteDate",
                        "qualification.fileCompleteDate (" + file.get() + ") is after asOf (" + asOf + ")"));
            }
            Optional<LocalDate> decided = q.decisionDate();
            if (decided.isPresent()) {
                LocalDate d = decided.get();
                if (file.isPresent() && d.isBefore(file.get())) {
                    out.add(FieldError.of("$.qualification.decisionDate", "qualification.decisionDate (" + d
                            + ") is before qualification.fileCompleteDate (" + file.get() + ")"));
                } else if (d.isAfter(asOf)) {
                    out.add(FieldError.of("$.qualification.decisionDate", "qualification.decisionDate (" + d
                            + ") is after asOf (" + asOf + ")"));
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private static String life(boolean birthKnown, long lifeMonths) {
        return birthKnown ? "the person's life (" + lifeMonths + " whole months from birthDate to asOf)"
                : MAX_AGE_YEARS + " years (" + lifeMonths + " months)";
    }

    private static String periodFrom(int index) {
        return "$.person.contributionPeriods[" + index + "].from";
    }
}
