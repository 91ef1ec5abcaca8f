package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * Rule-pack bundles to load beside the packs shipped with the SDK, and the keys they must be signed with.
 *
 * <p>A bundle is data only (parameters, agreements, ratifications, scenario files) for one jurisdiction, over a
 * pack it extends; a directory or a zip with a {@code MANIFEST} of every file's SHA-256 and a detached Ed25519
 * signature {@code MANIFEST.sig} over it. Bundles are loaded in the order given, so a bundle may extend one given
 * before it. A bundle that does not verify is refused with a {@link PackBundleException}; nothing falls back.
 *
 * <pre>{@code
 * EngineOptions options = EngineOptions.builder()
 *         .bundles(List.of(Path.of("packs/gha")))
 *         .trustedKeys(List.of(Path.of("keys/ministry.pub.pem")))
 *         .build();
 * }</pre>
 *
 * @param bundles     bundle directories, zip files, or jars ({@code *.jar}, the bundle at the jar's root, its
 *                    {@code META-INF/MANIFEST.MF} and Maven descriptor left out), in load order
 * @param trustedKeys Ed25519 public keys (X.509 PEM files, or directories whose {@code *.pem} files are read) a
 *                    signed bundle may be signed with
 * @param unsigned    what to do with a bundle that has no signature
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PackBundles(List<Path> bundles, List<Path> trustedKeys, UnsignedBundles unsigned) {
    private static final PackBundles NONE = new PackBundles(List.of(), List.of(), UnsignedBundles.REFUSE);

    /** Copies the lists and rejects nulls. */
    public PackBundles {
        bundles = Checks.list(bundles, "bundles");
        trustedKeys = Checks.list(trustedKeys, "trustedKeys");
        Checks.required(unsigned, "unsigned");
    }

    /** No bundles: the engine decides with the shipped packs only. */
    public static PackBundles none() {
        return NONE;
    }
}
