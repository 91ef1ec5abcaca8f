package org.m4sd.rules.internal.engine;

/**
 * No rule of a determination is in force on the request's date in its jurisdiction. A determination the request
 * names is then an error in the request; one only implied (the request names none) is left out of the answer.
 */
public final class NotInForceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NotInForceException(String message) {
        super(message);
    }
}
