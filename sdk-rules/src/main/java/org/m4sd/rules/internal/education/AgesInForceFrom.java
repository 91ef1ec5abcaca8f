package org.m4sd.rules.internal.education;

import java.time.LocalDate;

/**
 * An age range of dated pack data as it stands from one day until the next entry of its schedule (school ages or
 * compulsory ages): the ages in completed years, both included, or none where no value is in force from that day.
 *
 * @param from the first day of this stretch of the schedule
 * @param min  the first age of the range; null where no value is in force
 * @param max  the last age of the range, included; null where no value is in force
 */
public record AgesInForceFrom(LocalDate from, Integer min, Integer max) {
}
