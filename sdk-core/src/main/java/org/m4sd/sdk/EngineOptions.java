package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.List;
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
 * @param packBundles   rule-pack bundles loaded beside the shipped packs, with the keys they must be signed
 *                      with; {@link PackBundles#none()} by default (since 0.2, experimental)
 */
@API(status = STABLE, since = "0.1")
public record EngineOptions(Locale defaultLocale, Limits limits, DecisionListener listener, int batchSize,
        PackBundles packBundles) {

    /** Rejects nulls and a batch size that is not positive. */
    public EngineOptions {
        Checks.required(defaultLocale, "defaultLocale");
        Checks.required(limits, "limits");
        Checks.required(listener, "listener");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        Checks.required(packBundles, "packBundles");
    }

    /** Options without bundles, as before 0.2. */
    public EngineOptions(Locale defaultLocale, Limits limits, DecisionListener listener, int batchSize) {
        this(defaultLocale, limits, listener, batchSize, PackBundles.none());
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
        private List<Path> bundles = List.of();
        private List<Path> trustedKeys = List.of();
        private UnsignedBundles unsignedBundles = UnsignedBundles.REFUSE;

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

        /**
         * Rule-pack bundles (directories, zip files, or jars holding the bundle at their root) to load beside the
         * shipped packs, in this order; see {@link PackBundles}.
         */
        @API(status = EXPERIMENTAL, since = "0.2")
        public Builder bundles(List<Path> value) {
            bundles = value;
            return this;
        }

        /** Ed25519 public keys (PEM files or directories of them) that bundles may be signed with. */
        @API(status = EXPERIMENTAL, since = "0.2")
        public Builder trustedKeys(List<Path> value) {
            trustedKeys = value;
            return this;
        }

        /**
         * What to do with a bundle that has no signature; {@link UnsignedBundles#REFUSE} unless changed here. A
         * signed bundle is verified whatever this says.
         */
        @API(status = EXPERIMENTAL, since = "0.2")
        public Builder unsignedBundles(UnsignedBundles value) {
            unsignedBundles = value;
            return this;
        }

        /** The options. */
        public EngineOptions build() {
            return new EngineOptions(defaultLocale, limits, listener, batchSize,
                    new PackBundles(bundles, trustedKeys, unsignedBundles));
        }
    }
}
