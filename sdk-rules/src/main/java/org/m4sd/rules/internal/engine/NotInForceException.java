package org.m4sd.rules.internal.engine;

import org.m4sd.sdk.FieldError;

/**
 * No rule of a determination is in force on the request's date in its jurisdiction. A determination the request
 * names is then an error in the request; one only implied (the request names none) is left out of the answer.
 */
public final class NotInForceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /** At {@code path}, the field whose date no rule in force covers (usually {@code $.asOf}). */
    public NotInForceException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The request error this stands for, at its field. */
    public FieldError error() {
        return FieldError.of(path, getMessage());
    }
}
