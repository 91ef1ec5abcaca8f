package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Input limits. Government input is untrusted input: the JSON layer applies these through Jackson's
 * {@code StreamReadConstraints} and rejects a record that exceeds any of them with an error naming the limit.
 *
 * @param maxDocumentBytes    largest JSON document (one request, or one JSONL line) in bytes
 * @param maxNestingDepth     deepest nesting of objects and arrays
 * @param maxStringLength     longest string value, in characters
 * @param maxNumberLength     longest number literal, in characters
 * @param maxListSize         most elements in any array of a request (contribution periods, cost items ...)
 * @param maxBatchLineBytes   longest line of a JSONL batch, in bytes
 */
@API(status = STABLE, since = "0.1")
public record Limits(
        int maxDocumentBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxListSize,
        int maxBatchLineBytes) {

    /** Every limit must be positive. */
    public Limits {
        positive(maxDocumentBytes, "maxDocumentBytes");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxListSize, "maxListSize");
        positive(maxBatchLineBytes, "maxBatchLineBytes");
    }

    private static final Limits DEFAULTS = new Limits(1 << 20, 16, 4_096, 40, 1_000, 1 << 20);

    /** Limits that comfortably fit real case files: 1 MiB documents, depth 16, 4,096-character strings. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** Builds {@link Limits}. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private int maxDocumentBytes;
        private int maxNestingDepth;
        private int maxStringLength;
        private int maxNumberLength;
        private int maxListSize;
        private int maxBatchLineBytes;

        private Builder(Limits from) {
            maxDocumentBytes = from.maxDocumentBytes;
            maxNestingDepth = from.maxNestingDepth;
            maxStringLength = from.maxStringLength;
            maxNumberLength = from.maxNumberLength;
            maxListSize = from.maxListSize;
            maxBatchLineBytes = from.maxBatchLineBytes;
        }

        /** See {@link Limits#maxDocumentBytes()}. */
        public Builder maxDocumentBytes(int value) {
            maxDocumentBytes = value;
            return this;
        }

        /** See {@link Limits#maxNestingDepth()}. */
        public Builder maxNestingDepth(int value) {
            maxNestingDepth = value;
            return this;
        }

        /** See {@link Limits#maxStringLength()}. */
        public Builder maxStringLength(int value) {
            maxStringLength = value;
            return this;
        }

        /** See {@link Limits#maxNumberLength()}. */
        public Builder maxNumberLength(int value) {
            maxNumberLength = value;
            return this;
        }

        /** See {@link Limits#maxListSize()}. */
        public Builder maxListSize(int value) {
            maxListSize = value;
            return this;
        }

        /** See {@link Limits#maxBatchLineBytes()}. */
        public Builder maxBatchLineBytes(int value) {
            maxBatchLineBytes = value;
            return this;
        }

        /** The limits. */
        public Limits build() {
            return new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxListSize,
                    maxBatchLineBytes);
        }
    }
}
