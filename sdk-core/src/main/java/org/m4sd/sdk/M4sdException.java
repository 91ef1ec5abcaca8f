package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The root of every exception the SDK throws, so that callers can catch one type. */
@API(status = STABLE, since = "0.1")
public class M4sdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public M4sdException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public M4sdException(String message, Throwable cause) {
        super(message, cause);
    }
}
