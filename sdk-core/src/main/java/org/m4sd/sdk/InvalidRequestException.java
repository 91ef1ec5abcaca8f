package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An input record was rejected. {@link #errors()} lists every problem found, each with its JSON path; nothing
 * of the record was decided.
 */
@API(status = STABLE, since = "0.1")
public class InvalidRequestException extends M4sdException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /** With at least one error. */
    public InvalidRequestException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in document order. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("; ", "invalid request: ", ""));
    }
}
