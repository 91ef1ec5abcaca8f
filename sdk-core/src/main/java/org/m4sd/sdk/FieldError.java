package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * One problem found in an input record.
 *
 * @param path    JSON path of the offending value, for example {@code $.person.contributionPeriods[1].to}
 * @param message a plain-language explanation a user can act on
 */
@API(status = STABLE, since = "0.1")
public record FieldError(String path, String message) {
    /** Rejects nulls. */
    public FieldError {
        Checks.required(path, "path");
        Checks.required(message, "message");
    }

    /** Convenience factory. */
    public static FieldError of(String path, String message) {
        return new FieldError(path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
