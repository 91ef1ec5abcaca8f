package org.m4sd.rules.internal.socialsecurity;

/**
 * A pensionable age as the explanation gives it: the age in months, whether it comes from the schedule of women's
 * ages, and its source.
 *
 * @param months     the age in months
 * @param bySchedule the age is the women's schedule's age for the year in which it is reached
 * @param source     the source of the age, as the explanation cites it
 */
public record PensionableAge(int months, boolean bySchedule, String source) {
    /** The whole years of the age. */
    public int years() {
        return months / 12;
    }

    /** The months beyond the whole years. */
    public int monthsOverYears() {
        return months % 12;
    }

    /** ISO 8601 period, as the decision reports it: {@code P65Y0M}. */
    public String isoPeriod() {
        return "P" + years() + "Y" + monthsOverYears() + "M";
    }
}
