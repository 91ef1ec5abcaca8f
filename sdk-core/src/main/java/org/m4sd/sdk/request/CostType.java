package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Kinds of recruitment fees and related costs, after the ILO definition of recruitment fees and related costs
 * (2019) and the cost items national rules name.
 */
@API(status = STABLE, since = "0.1")
public enum CostType {
    /** A recruitment agency's service charge or placement fee. */
    SERVICE_CHARGE,
    /** Visa fees. */
    VISA,
    /** Air or other travel to the destination. */
    AIR_TICKET,
    /** Pre-departure orientation. */
    ORIENTATION,
    /** Medical examination. */
    MEDICAL,
    /** Contribution to a migrant workers' welfare fund. */
    WELFARE_FUND,
    /** Insurance. */
    INSURANCE,
    /** Skills tests and training. */
    TRAINING,
    /** Passports, certificates and other documents. */
    DOCUMENTS,
    /** Travel and lodging inside the origin country to complete recruitment. */
    DOMESTIC_TRAVEL,
    /** Anything else paid to find, qualify for or secure the job. */
    OTHER
}
