package org.m4sd.rules.internal.health;

/** Whom a jurisdiction's essential health care covers, as its coverage parameter says. */
public enum CoverageRule {
    /** Everyone, whatever migratory status or residence. */
    ALL_PERSONS,
    /** Residents. */
    RESIDENTS,
    /** By migratory status: covered on equal terms, emergency care only, or the residence test. */
    BY_STATUS
}
