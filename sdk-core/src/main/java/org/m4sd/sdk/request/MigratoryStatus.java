package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A person's migratory status in the jurisdiction. Personal data: never logged in clear, never read by the
 * rules of status-neutral determinations.
 */
@API(status = STABLE, since = "0.1")
public enum MigratoryStatus {
    /** A national of the jurisdiction. */
    NATIONAL,
    /** A non-national in a regular situation. */
    REGULAR,
    /** A non-national in an irregular situation. */
    IRREGULAR,
    /** A person whose asylum claim is pending. */
    ASYLUM_SEEKER,
    /** A person granted refugee status or asylum. */
    REFUGEE,
    /** A stateless person. */
    STATELESS,
    /** Not known. */
    UNKNOWN
}
