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

    /** Every contradiction between the request's fields, in document order; empty when there is none. */
    public static List<FieldError> problems(LocalDate asOf, Person person, Optional<Recruitment> recruitment,
            Optional<Qualification> qualification) {
        List<FieldError> out = new ArrayList<>();
        Optional<LocalDate> birth = person.birthDate();
        person.birthDate().ifPresent(b -> {
            if (b.isAfter(asOf)) {
                out.add(FieldError.of("$.person.birthDate", "birthDate (" + b + ") is after asOf (" + asOf + ")"));
            } else if (b.isBefore(asOf.minusYears(MAX_AGE_YEARS))) {
                out.add(FieldError.of("$.person.birthDate", "birthDate (" + b + ") is more than " + MAX_AGE_YEARS
                        + " years before asOf (" + asOf + "); check the year"));
            }
        });
        // a birth date already refused says nothing about the fields measured from it
        birth = birth.filter(b -> !b.isAfter(asOf) && !b.isBefore(asOf.minusYears(MAX_AGE_YEARS)));
        long lifeMonths = birth.map(b -> ChronoUnit.MONTHS.between(b, asOf)).orElse((long) MAX_AGE_YEARS * 12);
        boolean birthKnown = birth.isPresent();
        // the messages are spelled only for a request that has a problem: every request is checked
        person.residenceMonths().ifPresent(m -> {
            if (m > lifeMonths + 1) {
                out.add(FieldError.of("$.person.residenceMonths", "residenceMonths (" + m + ") is longer than "
                        + life(birthKnown, lifeMonths)));
            }
        });
        List<ContributionPeriod> periods = person.contributionPeriods();
        for (int i = 0; i < periods.size(); i++) {
            ContributionPeriod p = periods.get(i);
            if (birth.isPresent() && p.from().isBefore(birth.get())) {
                out.add(FieldError.of(periodFrom(i), p.from() + " is before the birth date " + birth.get()));
            } else if (p.from().isAfter(asOf)) {
                out.add(FieldError.of(periodFrom(i), p.from() + " is after asOf (" + asOf + "); a record as of a date "
                        + "holds no later period"));
            }
        }
        recruitment.ifPresent(r -> {
            List<CostItem> costs = r.costsPaidByWorker();
            for (int i = 0; i < costs.size(); i++) {
                int index = i;
                costs.get(i).paidOn().filter(d -> d.isAfter(asOf)).ifPresent(d -> out.add(FieldError.of(
                        "$.recruitment.costsPaidByWorker[" + index + "].paidOn",
                        "paidOn (" + d + ") is after asOf (" + asOf + ")")));
            }
        });
        qualification.ifPresent(q -> {
            q.workExperienceMonths().ifPresent(m -> {
                if (m > lifeMonths) {
                    out.add(FieldError.of("$.qualification.workExperienceMonths", "workExperienceMonths (" + m
                            + ") is longer than " + life(birthKnown, lifeMonths)));
                }
            });
            q.fileCompleteDate().filter(f -> f.isAfter(asOf)).ifPresent(f -> out.add(FieldError.of(
                    "$.qualification.fileCompleteDate",
                    "qualification.fileCompleteDate (" + f + ") is after asOf (" + asOf + ")")));
            q.decisionDate().ifPresent(d -> {
                Optional<LocalDate> file = q.fileCompleteDate();
                if (file.isPresent() && d.isBefore(file.get())) {
                    out.add(FieldError.of("$.qualification.decisionDate", "qualification.decisionDate (" + d
                            + ") is before qualification.fileCompleteDate (" + file.get() + ")"));
                } else if (d.isAfter(asOf)) {
                    out.add(FieldError.of("$.qualification.decisionDate", "qualification.decisionDate (" + d
                            + ") is after asOf (" + asOf + ")"));
                }
            });
        });
        return out;
    }

    private static String life(boolean birthKnown, long lifeMonths) {
        return birthKnown ? "the person's life (" + lifeMonths + " whole months from birthDate to asOf)"
                : MAX_AGE_YEARS + " years (" + lifeMonths + " months)";
    }

    private static String periodFrom(int index) {
        return "$.person.contributionPeriods[" + index + "].from";
    }
}
