package org.m4sd.examples.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkFiles;
import org.apache.spark.util.LongAccumulator;
import org.m4sd.examples.support.PackJars;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
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
     * Where an engine's rule packs come from.
     *
     * @param packJar the file name of an sdk-rules jar shipped to every node with {@code SparkContext.addFile},
     *                or null for the packs built into this application
     */
    public record Source(String packJar) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The packs built into the application. */
        public static Source builtIn() {
            return new Source(null);
        }

        /** What to call it in logs and summaries. */
        public String label() {
            return packJar == null ? "built-in packs" : "packs of " + packJar;
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
            PackJars.Engine engine = PackJars.engine(jar, EngineOptions.defaults());
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
