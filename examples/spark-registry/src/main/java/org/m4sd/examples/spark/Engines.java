package org.m4sd.examples.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkFiles;
import org.apache.spark.util.LongAccumulator;
import org.m4sd.examples.support.PackJars;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.UnsignedBundles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines of this JVM: one per rule-pack source, built on first use by whichever task needs it first and
 * then shared by every task the JVM runs, concurrently and one after another, for the life of the JVM (an
 * engine is immutable and thread-safe). On an executor that is once per executor JVM, whatever the number of
 * tasks, cores or jobs. Every build is counted here and, through the accumulator the task passes, on the driver.
 */
public final class Engines {
    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);
    private static final Map<Source, PackJars.Engine> ENGINES = new ConcurrentHashMap<>();
    private static final AtomicLong BUILDS = new AtomicLong();

    private Engines() {
    }

    /**
     * Where an engine's rule packs come from. Paths are strings, not {@link Path}s, which are not serialisable:
     * the engine's options are built from them on each executor, where the paths must name the same files (a file
     * system every node mounts, or one machine in {@code local} mode).
     *
     * @param packJar        the file name of an sdk-rules jar shipped to every node with
     *                       {@code SparkContext.addFile}, or null for the packs built into this application
     * @param bundles        rule-pack bundles (directories, zips or jars) loaded beside those packs, in this order
     * @param trustedKeys    the Ed25519 public keys (PEM files, or directories of them) the bundles may be signed
     *                       with
     * @param acceptUnsigned whether a bundle without a signature is loaded, every decision it makes recording it
     *                       ({@link UnsignedBundles#ACCEPT_AND_RECORD}), rather than refused
     */
    public record Source(String packJar, List<String> bundles, List<String> trustedKeys, boolean acceptUnsigned)
            implements Serializable {
        private static final long serialVersionUID = 2L;

        /** Copies the lists into serialisable ones. */
        public Source {
            bundles = List.copyOf(bundles);
            trustedKeys = List.copyOf(trustedKeys);
        }

        /** The packs of {@code packJar} (null for the built-in packs), without bundles. */
        public Source(String packJar) {
            this(packJar, List.of(), List.of(), false);
        }

        /** The packs built into the application. */
        public static Source builtIn() {
            return new Source(null);
        }

        /** These packs with {@code paths} loaded beside them, signed with one of {@code keys}. */
        public Source withBundles(List<String> paths, List<String> keys, boolean unsigned) {
            return new Source(packJar, paths, keys, unsigned);
        }

        /** What to call it in logs and summaries. */
        public String label() {
            String packs = packJar == null ? "built-in packs" : "packs of " + packJar;
            return bundles.isEmpty() ? packs : packs + " with bundles " + String.join(", ", bundles)
                    + (acceptUnsigned ? " (unsigned accepted)" : "");
        }

        /** The engine's options: the defaults, with the bundles and their trust. */
        EngineOptions options() {
            if (bundles.isEmpty()) {
                return EngineOptions.defaults();
            }
            return EngineOptions.builder().bundles(bundles.stream().map(Path::of).toList())
                    .trustedKeys(trustedKeys.stream().map(Path::of).toList())
                    .unsignedBundles(acceptUnsigned ? UnsignedBundles.ACCEPT_AND_RECORD : UnsignedBundles.REFUSE)
                    .build();
        }
    }

    /**
     * This JVM's engine for {@code source}, built now if it is the first call; a build adds one to
     * {@code builds}.
     */
    public static EligibilityEngine get(Source source, LongAccumulator builds) {
        PackJars.Engine engine = ENGINES.get(source);
        if (engine != null) {
            return engine.engine();
        }
        return ENGINES.computeIfAbsent(source, s -> build(s, builds)).engine();
    }

    /** How many engines this JVM has built. */
    public static long builds() {
        return BUILDS.get();
    }

    private static PackJars.Engine build(Source source, LongAccumulator builds) {
        long start = System.nanoTime();
        try {
            Path jar = source.packJar() == null ? null : Path.of(SparkFiles.get(source.packJar()));
            PackJars.Engine engine = PackJars.engine(jar, source.options());
            long n = BUILDS.incrementAndGet();
            if (builds != null) {
                builds.add(1);
            }
            LOG.info("engine built for {} in {} ms; engines built in this JVM: {}", source.label(),
                    (System.nanoTime() - start) / 1_000_000, n);
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
