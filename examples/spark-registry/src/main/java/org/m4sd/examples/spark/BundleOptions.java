package org.m4sd.examples.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.examples.support.PackJars;
import picocli.CommandLine.Option;

/**
 * Rule-pack bundles to decide with beside the packs ({@code --packs}), and the keys they may be signed with. The
 * paths are kept as strings and the engine's options built from them on each executor ({@link Engines.Source}):
 * every node must read the same files at the same paths.
 */
final class BundleOptions {
    @Option(names = "--packs", paramLabel = "BUNDLE", arity = "1..*",
            description = "Rule-pack bundles (directories, .zip or .jar files), loaded in this order beside the packs; "
                    + "each node must read them at the same path.")
    List<String> bundles = new ArrayList<>();

    @Option(names = "--trusted-keys", paramLabel = "PATH", arity = "1..*",
            description = "Ed25519 public keys (PEM files, or directories of *.pem) the bundles may be signed with.")
    List<String> trustedKeys = new ArrayList<>();

    @Option(names = "--accept-unsigned",
            description = "Load bundles that have no signature; every decision they make says signingKeyId "
                    + "\"unsigned\". Signed bundles are verified whatever this says.")
    boolean acceptUnsigned;

    /**
     * Checks the options and the bundles on the driver, before Spark starts: a bundle that is refused stops the
     * job with its {@link org.m4sd.sdk.PackBundleException} (its class of refusal and why) before any task runs.
     *
     * @param jar the sdk-rules jar the bundles join, or null for the built-in packs
     * @throws IllegalArgumentException for --trusted-keys or --accept-unsigned without --packs
     */
    void check(Path jar) throws IOException {
        if (bundles.isEmpty()) {
            if (!trustedKeys.isEmpty() || acceptUnsigned) {
                throw new IllegalArgumentException("--trusted-keys and --accept-unsigned are about bundles: name "
                        + "them with --packs");
            }
            return;
        }
        PackJars.engine(jar, Engines.Source.builtIn().withBundles(bundles, trustedKeys, acceptUnsigned).options())
                .close();
    }

    /** {@code source} with these bundles, if any. */
    Engines.Source apply(Engines.Source source) {
        return bundles.isEmpty() ? source : source.withBundles(bundles, trustedKeys, acceptUnsigned);
    }
}
