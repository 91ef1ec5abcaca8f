package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Health professions counted in SDG 3.c.1 and in the WHO safeguards list criteria. */
@API(status = STABLE, since = "0.1")
public enum HealthProfession {
    /** Medical doctor. */
    DOCTOR,
    /** Nurse. */
    NURSE,
    /** Midwife. */
    MIDWIFE,
    /** Dentist. */
    DENTIST,
    /** Pharmacist. */
    PHARMACIST,
    /** Another health profession. */
    OTHER
}
