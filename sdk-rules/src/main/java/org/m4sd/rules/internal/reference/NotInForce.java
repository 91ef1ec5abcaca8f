package org.m4sd.rules.internal.reference;

/**
 * No rule of a determination is in force on the request's date in its jurisdiction: an error for a determination
 * the request names, left out of the answer when the request names none.
 */
final class NotInForce extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotInForce(String message) {
        super(message);
    }
}
