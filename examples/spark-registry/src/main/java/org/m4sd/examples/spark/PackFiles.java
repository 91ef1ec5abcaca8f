package org.m4sd.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.spark.sql.SparkSession;

/** Rule-pack jars shipped to every node, where {@link Engines} loads them each in its own class loader. */
final class PackFiles {
    private PackFiles() {
    }

    /**
     * Ships {@code jar} with {@code SparkContext.addFile} under a name starting with {@code role} (so that two
     * versions both called {@code sdk-rules.jar} do not collide) and returns the source naming it.
     */
    static Engines.Source ship(SparkSession spark, Path jar, String role) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("cannot read rule-pack jar " + jar);
        }
        try {
            Path dir = Files.createTempDirectory("m4sd-packs");
            Path copy = dir.resolve(role + "-" + jar.getFileName());
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            spark.sparkContext().addFile(copy.toString());
            return new Engines.Source(copy.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
