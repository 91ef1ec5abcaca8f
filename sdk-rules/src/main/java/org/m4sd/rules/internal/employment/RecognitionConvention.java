package org.m4sd.rules.internal.employment;

/**
 * The conventions on the recognition of higher-education qualifications whose rules are encoded, as the
 * {@code convention} ids of the international pack's table {@value RecognitionConventions#TABLE}. The regional
 * conventions the table also records (Addis Ababa 2014, Tokyo 2011, Buenos Aires 2019) have no party among the
 * programme's states in the sources and no rules.
 */
public enum RecognitionConvention {
    /** Lisbon Recognition Convention (ETS No. 165): art. VI.1 recognition, art. VII refugees, art. III.5 time. */
    LRC,
    /** UNESCO Global Convention on the Recognition of Qualifications concerning Higher Education (2019). */
    GLOBAL
}
