package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * How an engine is built.
 *
 * @param defaultLocale language of messages for requests that name none (English, French or Spanish)
 * @param limits        input limits
 * @param listener      told of every decision; {@link DecisionListener#none()} by default
 * @param batchSize     requests evaluated together by {@code evaluateAll}; larger batches amortise session cost
 */
@API(status = STABLE, since = "0.1")
public record EngineOptions(Locale defaultLocale, Limits limits, DecisionListener listener, int batchSize) {

    /** Rejects nulls and a batch size that is not positive. */
    public EngineOptions {
        Checks.required(defaultLocale, "defaultLocale");
        Checks.required(limits, "limits");
        Checks.required(listener, "listener");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
    }

    /** English messages, default limits, no listener, batches of 256. */
    public static EngineOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EngineOptions}. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private Locale defaultLocale = Locale.ENGLISH;
        private Limits limits = Limits.defaults();
        private DecisionListener listener = DecisionListener.none();
        private int batchSize = 256;

        private Builder() {
        }

        /** See {@link EngineOptions#defaultLocale()}. */
        public Builder defaultLocale(Locale value) {
            defaultLocale = value;
            return this;
        }

        /** See {@link EngineOptions#limits()}. */
        public Builder limits(Limits value) {
            limits = value;
            return this;
        }

        /** See {@link EngineOptions#listener()}. */
        public Builder listener(DecisionListener value) {
            listener = value;
            return this;
        }

        /** See {@link EngineOptions#batchSize()}. */
        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        /** The options. */
        public EngineOptions build() {
            return new EngineOptions(defaultLocale, limits, listener, batchSize);
        }
    }
}
