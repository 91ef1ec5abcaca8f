package org.m4sd.examples.cli;

/** A problem with what the user asked for (a missing file, an unknown CSV column): exit code 2. */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
