package org.m4sd.examples.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundles;

/**
 * A directory of rule-pack bundles, as {@code --packs DIR} names it: each subdirectory is a bundle, and so is each
 * {@code .zip} file and each {@code .jar} file (a bundle as a Maven build packages it). They are loaded in the order
 * of their names (a bundle that extends another sorts after it: {@code 10-jam-2027/},
 * {@code 20-jam-2027-corrections.zip}). Names starting with {@code .} are skipped, so a
 * bundle can be copied in under a hidden name and renamed into place once complete. Anything else in the
 * directory is refused ({@code INVALID}): the directory holds bundles only.
 */
final class PackDirectory {
    private PackDirectory() {
    }

    /**
     * The bundles in {@code directory}, sorted by name.
     *
     * @throws PackBundleException  for an entry that is neither a directory nor a {@code .zip} or {@code .jar} file
     * @throws UncheckedIOException when the directory cannot be listed
     */
    static List<Path> bundles(Path directory) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the packs directory " + directory + " cannot be read: " + e, e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean archive = name.endsWith(".zip") || name.endsWith(".jar");
            if (!Files.isDirectory(entry) && !(archive && Files.isRegularFile(entry))) {
                throw new PackBundleException(entry.toString(), PackBundleException.Refusal.INVALID, "it is "
                        + "neither a bundle directory nor a .zip or .jar file, and a packs directory holds bundles "
                        + "only (names starting with . are skipped)", null);
            }
        }
        return entries;
    }

    /** {@code engine} with the bundles of {@code directory} in place of its own, its trust settings kept. */
    static EngineOptions engineOptions(EngineOptions engine, Path directory) {
        PackBundles trust = engine.packBundles();
        return new EngineOptions(engine.defaultLocale(), engine.limits(), engine.listener(), engine.batchSize(),
                new PackBundles(bundles(directory), trust.trustedKeys(), trust.unsigned()));
    }
}
