package org.m4sd.rules.internal.framework;

/** A programme country. */
public final class CountryFact {
    private final String code;

    CountryFact(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
