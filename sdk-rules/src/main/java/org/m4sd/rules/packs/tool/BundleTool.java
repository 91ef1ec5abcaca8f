package org.m4sd.rules.packs.tool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.m4sd.rules.spi.BundleTooling;

/**
 * Authoring and checking rule-pack bundles (docs/PACK-BUNDLES.md, "Authoring a bundle"): {@link #init} writes a
 * skeleton, {@link #validate} lists every problem by file and JSON path, {@link #generateKeys} makes an Ed25519 key
 * pair, {@link #sign} writes {@code MANIFEST} and {@code MANIFEST.sig}, {@link #verify} checks a bundle as the
 * engine does. Each method reads and writes files only; none builds an engine. Loading bundles into an engine is
 * {@code EngineOptions.builder().bundles(...)}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BundleTool {
    private BundleTool() {
    }

    /**
     * Writes the skeleton of a bundle for a country: {@code bundle.json} (id the lower-case country code, version
     * {@code 0.1.0}, the running SDK's minor versions, extending the country's shipped pack where there is one, with
     * id {@code <code>-local}, else {@code international}) and one topic file per topic, each with its
     * {@code inherited} list (every parameter of the pack it extends, for that topic) and no {@code parameters} of
     * its own. A maintainer gives a parameter by moving its name to {@code parameters} with dated, sourced values.
     *
     * @param directory    where to write; must not exist, or be empty
     * @param jurisdiction ISO 3166-1 alpha-3 code, upper case
     * @return the files written, relative to {@code directory}
     * @throws IllegalArgumentException for a code that is not a country's, or a directory that is not empty
     */
    public static List<String> init(Path directory, String jurisdiction) {
        return BundleTooling.get().init(directory, jurisdiction);
    }

    /**
     * Every problem in a bundle directory, each with its file and JSON path: fields a bundle does not have; each
     * parameter's name and unit (the unit of the pack it extends, where that pack has the parameter), each dated
     * value's dates, value, source and V/S/B status, values whose dates overlap; names listed twice, or both
     * inherited and given; agreements' ids and parties (ISO 3166-1 alpha-3 codes, at least two, the bundle's
     * jurisdiction among them). Then the bundle is read as the engine reads it, without its signature (validation
     * is about content; {@link #verify} is about trust), so what the engine would refuse is listed too.
     *
     * @param directory a bundle directory
     * @return the problems, in file order; empty when the bundle is valid
     * @throws IllegalArgumentException when {@code directory} is not a directory
     */
    public static List<BundleProblem> validate(Path directory) {
        return BundleTooling.get().validate(directory);
    }

    /**
     * Makes an Ed25519 key pair and writes it as PEM: the private key PKCS#8 (readable by its owner only, where the
     * file system has POSIX permissions), the public key X.509, to give to whoever loads the bundles.
     *
     * @return the key id, as signatures and decisions name it
     * @throws IllegalArgumentException when either file exists already
     */
    public static String generateKeys(Path privatePem, Path publicPem) {
        return BundleTooling.get().generateKeys(privatePem, publicPem);
    }

    /**
     * Signs a bundle directory: validates it (a bundle with problems is not signed), then writes {@code MANIFEST}
     * (the SHA-256 of every file) and {@code MANIFEST.sig}, replacing old ones.
     *
     * @param privatePem the signer's Ed25519 private key, PKCS#8 PEM
     * @param publicPem  its public key, X.509 PEM: the key id comes from it, and it must match the private key
     * @throws IllegalArgumentException naming the problems, a key file that does not read, or keys that are not
     *                                  one pair
     */
    public static BundleIdentity sign(Path directory, Path privatePem, Path publicPem) {
        return BundleTooling.get().sign(directory, privatePem, publicPem);
    }

    /**
     * Verifies a bundle as the engine does when it loads it: signed by one of {@code trustedKeys} (PEM files or
     * directories of {@code *.pem}), every file as its manifest says, valid, for this SDK, extending a shipped pack
     * in the versions it names. Unsigned bundles are refused: this is the check before a bundle is trusted.
     *
     * @throws org.m4sd.sdk.PackBundleException with the refusal class and why
     * @throws org.m4sd.sdk.M4sdException       when a trusted key file does not read
     */
    public static BundleIdentity verify(Path bundle, List<Path> trustedKeys) {
        return BundleTooling.get().verify(bundle, trustedKeys);
    }

    /** The id of the Ed25519 public key in an X.509 PEM file, as signatures and decisions name it. */
    public static String keyId(Path publicPem) {
        return BundleTooling.get().keyId(publicPem);
    }
}
