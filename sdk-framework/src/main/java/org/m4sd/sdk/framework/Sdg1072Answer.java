package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An answer to one SDG 10.7.2 sub-item. Domain 1 (migrant rights) takes the three graded answers; the other
 * domains take {@link #YES} or {@link #NO}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Sdg1072Answer {
    /** Domain 1: yes, regardless of migratory status (weight 1). */
    YES_REGARDLESS_OF_STATUS,
    /** Domain 1: yes, only for migrants with legal status (weight 0.5). */
    YES_ONLY_WITH_LEGAL_STATUS,
    /** Domains 2 to 6: yes (weight 1). */
    YES,
    /** Any domain: no (weight 0). */
    NO;

    /** Whether this answer may be given to a sub-item of this domain (1 to 6). */
    public boolean allowedIn(int domain) {
        return switch (this) {
            case YES_REGARDLESS_OF_STATUS, YES_ONLY_WITH_LEGAL_STATUS -> domain == 1;
            case YES -> domain != 1;
            case NO -> true;
        };
    }
}
