package org.m4sd.rules.internal.reference;

import org.m4sd.sdk.FieldError;

/**
 * No rule of a determination is in force on the request's date in its jurisdiction: an error for a determination
 * the request names, left out of the answer when the request names none.
 */
final class NotInForce extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /** At {@code path}, the field whose date no rule in force covers (usually {@code $.asOf}). */
    NotInForce(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The request error this stands for, at its field. */
    FieldError error() {
        return FieldError.of(path, getMessage());
    }
}
