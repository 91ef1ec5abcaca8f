package org.m4sd.rules.internal.framework;

/** Inserted once every record is in: the persons kept across chunks may then be counted. */
public final class InputComplete {
    /** The marker (the reporter creates it; the DRL package needs it public). */
    public InputComplete() {
    }
}
