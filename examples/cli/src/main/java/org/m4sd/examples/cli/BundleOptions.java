package org.m4sd.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.UnsignedBundles;
import picocli.CommandLine.Option;

/**
 * The options that load rule-pack bundles beside the shipped packs (docs/PACK-BUNDLES.md): the bundles, the keys
 * they must be signed with, and the explicit acceptance of unsigned ones. A refused bundle stops the command with
 * its refusal class and reason; nothing falls back to the shipped packs.
 */
final class BundleOptions {
    @Option(names = "--packs", paramLabel = "DIR", arity = "1..*",
            description = "Rule-pack bundles (directories, zips or jars) to decide with, beside the shipped packs, "
                    + "in load order.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--trusted-keys", paramLabel = "PEM", arity = "1..*",
            description = "Ed25519 public keys (PEM files or directories of *.pem) the bundles may be signed with.")
    List<Path> trustedKeys = new ArrayList<>();

    @Option(names = "--accept-unsigned", description = "Load bundles that have no signature; every decision they "
            + "make says signingKeyId \"unsigned\". A signed bundle is always verified.")
    boolean acceptUnsigned;

    /** Adds the bundles to {@code builder}. */
    EngineOptions.Builder apply(EngineOptions.Builder builder) {
        if (packs.isEmpty() && (acceptUnsigned || !trustedKeys.isEmpty())) {
            throw new UsageError("--trusted-keys and --accept-unsigned apply to bundles given with --packs");
        }
        return builder.bundles(packs).trustedKeys(trustedKeys)
                .unsignedBundles(acceptUnsigned ? UnsignedBundles.ACCEPT_AND_RECORD : UnsignedBundles.REFUSE);
    }
}
