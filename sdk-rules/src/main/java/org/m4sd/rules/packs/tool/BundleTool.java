package org.m4sd.rules.packs.tool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.m4sd.rules.spi.BundleTooling;

/**
 * Authoring and checking rule-pack bundles (docs/PACK-BUNDLES.md, "Authoring a bundle"): {@link #init} writes a
 * skeleton, {@link #validate} lists every problem by file and JSON path, {@link #generateKeys} makes an Ed25519 key
 * pair, {@link #sign} writes {@code MANIFEST} and {@code MANIFEST.sig}, {@link #verify} checks a bundle as the
 * engine does, {@link #files} reads a bundle's files and {@link #test} decides its scenarios. Each method but
 * {@link #test} reads and writes files only. Loading bundles into an engine is
 * {@code EngineOptions.builder().bundles(...)}.
 *
 * <p>Where a method reads a bundle, the bundle is a directory, a zip, or a jar (a file whose name ends in
 * {@code .jar}) holding the bundle at its root, as a Maven build packages it: the jar's {@code META-INF/MANIFEST.MF}
 * and {@code META-INF/maven/<groupId>/<artifactId>/pom.xml} and {@code pom.properties} are not bundle files; every
 * other entry is. Writing ({@link #init}, {@link #sign}) is to a directory.
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
     * <p>Since 0.2 a zip or a jar is validated as well as a directory.
     *
     * @param bundle a bundle directory, zip or jar
     * @return the problems, in file order; empty when the bundle is valid
     * @throws IllegalArgumentException when {@code bundle} is neither a directory nor a file
     */
    public static List<BundleProblem> validate(Path bundle) {
        return BundleTooling.get().validate(bundle);
    }

    /**
     * The files of a bundle, by their path inside it ({@code socialsecurity.json}, {@code scenarios/a.json}), read
     * as the engine reads them: from a directory, a zip, or a jar without its packaging entries. Nothing is
     * verified or parsed: this is for tools that compare or list bundles ({@code m4sd pack diff}).
     *
     * @param bundle a bundle directory, zip or jar
     * @return the files' bytes by path, sorted by path
     * @throws org.m4sd.sdk.PackBundleException ({@code INVALID}) for a path that is not a bundle's, a link, too
     *                                          many or too large files, or nothing at {@code bundle}
     */
    public static SortedMap<String, byte[]> files(Path bundle) {
        return BundleTooling.get().files(bundle);
    }

    /**
     * Decides each scenario of a bundle ({@code scenarios/*.json}: a {@code request}, and under {@code expect}
     * the {@code outcome} and criterion results expected by determination) with an engine built with the shipped
     * packs and the bundle, and compares. An unsigned bundle is loaded as unsigned; a signed one is verified
     * against {@code trustedKeys}, as the engine always verifies a signed bundle.
     *
     * @param bundle      a bundle directory, zip or jar
     * @param trustedKeys the keys a signed bundle may be signed with (PEM files or directories of {@code *.pem})
     * @return one result per scenario file, in path order
     * @throws IllegalArgumentException         when the bundle has no scenario
     * @throws org.m4sd.sdk.PackBundleException when the engine refuses the bundle
     */
    public static List<ScenarioResult> test(Path bundle, List<Path> trustedKeys) {
        return BundleTooling.get().test(bundle, trustedKeys);
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
