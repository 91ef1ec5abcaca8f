package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.M4sdException;

/**
 * A framework file, or an observation file read against a framework, was rejected. {@link #errors()} names
 * every element at fault by its JSON path, for example {@code $.indicators[3].id: duplicate indicator id "ACC-1"}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InvalidFrameworkException extends M4sdException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /** With at least one error. */
    public InvalidFrameworkException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid framework has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in document order. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("; ", "invalid framework: ", ""));
    }
}
