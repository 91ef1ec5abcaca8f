package org.m4sd.rules.internal.employment;

/**
 * A substantial difference the competent authority has shown between the foreign qualification and the one it
 * compares it with, as the request states it.
 *
 * @param name                what differs ({@code LEVEL}, {@code WORKLOAD}, {@code LEARNING_OUTCOMES} ...)
 * @param coveredByExperience whether the applicant's work experience makes it good
 * @param compensable         whether a compensation measure can bridge it
 */
public record Difference(String name, boolean coveredByExperience, boolean compensable) {
}
