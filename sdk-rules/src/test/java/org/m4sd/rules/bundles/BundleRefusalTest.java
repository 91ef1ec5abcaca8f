package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4sd.rules.bundles.Bundles.KEYS;
import static org.m4sd.rules.bundles.Bundles.STRANGER;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.rules.internal.packs.BundleSigner;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.SigningKeys;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.M4sdException;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.PackBundleException.Refusal;
import org.m4sd.sdk.PackBundles;
import org.m4sd.sdk.SdkVersion;
import org.m4sd.sdk.UnsignedBundles;
import org.m4sd.sdk.decision.RulePackRef;

/** Each class of refusal, with the message a maintainer reads. */
class BundleRefusalTest {
    private static final String TRUSTED_ID = SigningKeys.keyId(KEYS.getPublic());

    @TempDir
    Path dir;

    private static PackStore load(EngineOptions options) {
        return PackStore.load(options.packBundles());
    }

    private PackBundleException refusal(Path bundle) {
        return refusal(Bundles.options(bundle, dir));
    }

    private static PackBundleException refusal(EngineOptions options) {
        try {
            load(options);
        } catch (PackBundleException e) {
            return e;
        }
        throw new AssertionError("the bundle was loaded");
    }

    private Path signedGhana() {
        Path bundle = Bundles.ghana(dir);
        BundleSigner.sign(bundle, KEYS);
        return bundle;
    }

    @Test
    void aSignedBundleFromATrustedKeyLoadsAndNamesItsKey() {
        Path bundle = signedGhana();
        PackStore packs = load(Bundles.options(bundle, dir));
        RulePackRef gha = packs.deciding("GHA");
        assertThat(gha.id()).isEqualTo("gha");
        assertThat(gha.version()).isEqualTo("0.1.0");
        assertThat(gha.signingKeyId()).contains(TRUSTED_ID);
        assertThat(packs.deciding("JAM").signingKeyId()).as("a shipped pack").isEmpty();
    }

    @Test
    void unsigned() {
        Path bundle = Bundles.ghana(dir);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.UNSIGNED);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (UNSIGNED): it has no MANIFEST.sig;"
                + " sign it, or accept unsigned bundles explicitly with UnsignedBundles.ACCEPT_AND_RECORD");
    }

    @Test
    void anUnsignedBundleAcceptedExplicitlyIsRecordedAsUnsigned() {
        Path bundle = Bundles.ghana(dir);
        PackStore packs = load(Bundles.options(bundle, dir, UnsignedBundles.ACCEPT_AND_RECORD));
        assertThat(packs.deciding("GHA").signingKeyId()).contains(RulePackRef.UNSIGNED);
    }

    @Test
    void anUnsignedBundleAcceptedExplicitlyIsStillCheckedAgainstItsManifest() throws IOException {
        Path bundle = Bundles.ghana(dir);
        BundleSigner.writeManifest(bundle);
        Files.writeString(bundle.resolve("scenarios/extra.json"), "{}");
        PackBundleException e = refusal(Bundles.options(bundle, dir, UnsignedBundles.ACCEPT_AND_RECORD));
        assertThat(e.refusal()).isEqualTo(Refusal.FILE_ADDED);
    }

    @Test
    void unknownKey() {
        Path bundle = Bundles.ghana(dir);
        String strangerId = BundleSigner.sign(bundle, STRANGER);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.UNKNOWN_KEY);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (UNKNOWN_KEY): it is signed with key "
                + strangerId + ", which is not among the trusted keys");
    }

    @Test
    void acceptingUnsignedBundlesDoesNotLetAnUntrustedSignaturePass() {
        Path bundle = Bundles.ghana(dir);
        BundleSigner.sign(bundle, STRANGER);
        assertThat(refusal(Bundles.options(bundle, dir, UnsignedBundles.ACCEPT_AND_RECORD)).refusal())
                .isEqualTo(Refusal.UNKNOWN_KEY);
    }

    @Test
    void aSignedBundleWithNoTrustedKeysAtAllIsRefused() {
        Path bundle = signedGhana();
        EngineOptions options = EngineOptions.builder().bundles(List.of(bundle))
                .unsignedBundles(UnsignedBundles.ACCEPT_AND_RECORD).build();
        assertThat(refusal(options).refusal()).isEqualTo(Refusal.UNKNOWN_KEY);
    }

    @Test
    void badSignature() {
        Path bundle = signedGhana();
        // The manifest rewritten to match a changed file: the files check, the signature does not.
        Bundles.replace(bundle.resolve("socialsecurity.json"), "\"value\": 60", "\"value\": 65");
        byte[] signature = readAll(bundle.resolve("MANIFEST.sig"));
        BundleSigner.writeManifest(bundle);
        write(bundle.resolve("MANIFEST.sig"), signature);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.BAD_SIGNATURE);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (BAD_SIGNATURE): the signature in "
                + "MANIFEST.sig does not verify over MANIFEST with key " + TRUSTED_ID);
        assertThat(e.file()).contains("MANIFEST");
    }

    @Test
    void oneByteChangedInAParameterFile() {
        Path bundle = signedGhana();
        String before = sha256(bundle.resolve("socialsecurity.json"));
        Bundles.replace(bundle.resolve("socialsecurity.json"), "\"minimum\": 180", "\"minimum\": 120");
        String after = sha256(bundle.resolve("socialsecurity.json"));
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.FILE_CHANGED);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (FILE_CHANGED): socialsecurity.json "
                + "has SHA-256 " + after + ", MANIFEST says " + before);
        assertThat(e.file()).contains("socialsecurity.json");
    }

    @Test
    void aChangeIsRefusedEvenWhenUnsignedBundlesAreAccepted() {
        Path bundle = signedGhana();
        Bundles.replace(bundle.resolve("socialsecurity.json"), "\"minimum\": 180", "\"minimum\": 120");
        assertThat(refusal(Bundles.options(bundle, dir, UnsignedBundles.ACCEPT_AND_RECORD)).refusal())
                .isEqualTo(Refusal.FILE_CHANGED);
    }

    @Test
    void aFileAddedAfterSigning() throws IOException {
        Path bundle = signedGhana();
        Files.writeString(bundle.resolve("health.json"), "{\"parameters\": []}");
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.FILE_ADDED);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (FILE_ADDED): health.json is in the "
                + "bundle but not in MANIFEST");
    }

    @Test
    void aFileRemovedAfterSigning() throws IOException {
        Path bundle = signedGhana();
        Files.delete(bundle.resolve("scenarios/gha-60-179.json"));
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.FILE_REMOVED);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (FILE_REMOVED): "
                + "scenarios/gha-60-179.json is listed in MANIFEST but is not in the bundle");
    }

    @Test
    void wrongSdkVersionRange() {
        Path bundle = Bundles.ghana(dir);
        Bundles.replace(bundle.resolve("bundle.json"), "[0.1.0,1.0.0)", "[9.0.0,10.0.0)");
        BundleSigner.sign(bundle, KEYS);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.SDK_VERSION);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (SDK_VERSION): it works with SDK "
                + "versions [9.0.0,10.0.0), this SDK is " + SdkVersion.version());
    }

    @Test
    void extendingAPackThatIsNotThere() {
        Path bundle = Bundles.ghana(dir);
        Bundles.replace(bundle.resolve("bundle.json"), "\"id\": \"international\"", "\"id\": \"ecowas\"");
        BundleSigner.sign(bundle, KEYS);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.BASE_PACK_MISSING);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (BASE_PACK_MISSING): it extends pack "
                + "ecowas, which is not loaded (loaded: international, ecu, mar, npl, srb, sen, tun, phl, bgd, jam, "
                + "kgz, mda)");
    }

    @Test
    void extendingAVersionOfThePackThatIsNotThere() {
        Path bundle = Bundles.ghana(dir);
        Bundles.replace(bundle.resolve("bundle.json"), "[1.0.0,2.0.0)", "[2.0.0,3.0.0)");
        BundleSigner.sign(bundle, KEYS);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.BASE_PACK_MISSING);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (BASE_PACK_MISSING): it extends pack "
                + "international [2.0.0,3.0.0), the loaded international is version "
                + PackStore.load().international().version());
    }

    @Test
    void aValueWithoutItsVerificationStatusIsInvalidNamingFileAndField() {
        Path bundle = Bundles.ghana(dir);
        Bundles.replace(bundle.resolve("socialsecurity.json"), "\"status\": \"S\"\n          },\n          \"note\": "
                + "\"Age 60", "\"status\": null\n          },\n          \"note\": \"Age 60");
        BundleSigner.sign(bundle, KEYS);
        PackBundleException e = refusal(bundle);
        assertThat(e.refusal()).isEqualTo(Refusal.INVALID);
        assertThat(e.getMessage()).isEqualTo("pack bundle " + bundle + " refused (INVALID): socialsecurity.json "
                + "parameters[0] (ss.pension.age) values[0]: source SSA/ISSA, Social Security Programs Throughout the "
                + "World: Africa, 2019 (Ghana): National Pensions Act 2008 (Act 766) has no V/S/B status");
        assertThat(e.file()).contains("socialsecurity.json");
    }

    @Test
    void aFieldABundleDoesNotHaveIsInvalid() {
        Path bundle = Bundles.ghana(dir);
        Bundles.replace(bundle.resolve("bundle.json"), "\"version\": \"0.1.0\"", "\"version\": \"0.1.0\", \"rules\": []");
        BundleSigner.sign(bundle, KEYS);
        assertThat(refusal(bundle).getMessage()).isEqualTo("pack bundle " + bundle + " refused (INVALID): bundle.json:"
                + " field \"rules\" is not one a bundle has (description, extends, id, jurisdiction, name, "
                + "sdkVersions, version)");
    }

    @Test
    void rulesNeverRideInABundleEvenSigned() throws IOException {
        Path bundle = Bundles.ghana(dir);
        Files.writeString(bundle.resolve("pension.drl"), "rule \"x\" when then end");
        BundleSigner.sign(bundle, KEYS);
        assertThat(refusal(bundle).getMessage()).isEqualTo("pack bundle " + bundle + " refused (INVALID): pension.drl: "
                + "is not a file a bundle holds (bundle.json, health.json, education.json, socialsecurity.json, "
                + "employment.json, scenarios/*.json)");
    }

    @Test
    void aBundleForAJurisdictionWithAShippedPackExtendsThatPack() {
        Path bundle = Bundles.ghana(dir);
        Bundles.replace(bundle.resolve("bundle.json"), "\"jurisdiction\": \"GHA\"", "\"jurisdiction\": \"JAM\"");
        BundleSigner.sign(bundle, KEYS);
        assertThat(refusal(bundle).getMessage()).isEqualTo("pack bundle " + bundle + " refused (INVALID): bundle.json:"
                + " field \"extends\": pack jam already decides for JAM; a bundle for JAM extends it");
    }

    @Test
    void aZipBundleLoadsAndAPathLeavingItIsRefused() throws IOException {
        Path bundle = signedGhana();
        Path zip = dir.resolve("gha.zip");
        zip(bundle, zip, null);
        assertThat(load(Bundles.options(zip, dir)).deciding("GHA").signingKeyId()).contains(TRUSTED_ID);

        Path escaping = dir.resolve("escaping.zip");
        zip(bundle, escaping, "../outside.json");
        PackBundleException e = refusal(Bundles.options(escaping, dir));
        assertThat(e.getMessage()).isEqualTo("pack bundle " + escaping + " refused (INVALID): the file name "
                + "\"../outside.json\" is not a relative path of letters, digits, '.', '_' and '-'");
    }

    @Test
    void aLinkInsideABundleIsRefused() throws IOException {
        Path bundle = signedGhana();
        Files.createSymbolicLink(bundle.resolve("education.json"), bundle.resolve("socialsecurity.json"));
        assertThat(refusal(bundle).getMessage()).isEqualTo("pack bundle " + bundle + " refused (INVALID): "
                + "education.json is a link; a bundle holds files only");
    }

    @Test
    void aTrustedKeyThatIsNotAnEd25519PublicKeyStopsTheEngineNamingTheFile() throws IOException {
        Path bundle = signedGhana();
        Path notAKey = dir.resolve("ministry.pub.pem");
        Files.writeString(notAKey, SigningKeys.privatePem(KEYS.getPrivate()));
        EngineOptions options = EngineOptions.builder().bundles(List.of(bundle)).trustedKeys(List.of(dir)).build();
        assertThatThrownBy(() -> load(options)).isInstanceOf(M4sdException.class)
                .hasMessageStartingWith("trusted key " + notAKey + " is not an Ed25519 public key in X.509 PEM");
    }

    @Test
    void theEngineIsNotBuiltWhenABundleIsRefused() {
        Path bundle = Bundles.ghana(dir);
        assertThatThrownBy(() -> EligibilityEngine.create(Bundles.options(bundle, dir)))
                .isInstanceOfSatisfying(PackBundleException.class, e -> {
                    assertThat(e.bundle()).isEqualTo(bundle.toString());
                    assertThat(e.refusal()).isEqualTo(Refusal.UNSIGNED);
                });
    }

    @Test
    void noBundlesMeansTheShippedPacksAsBefore() {
        assertThat(PackStore.load(PackBundles.none()).refs()).isEqualTo(PackStore.load().refs());
    }

    private static void zip(Path bundle, Path zip, String extraEntry) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                var files = Files.walk(bundle)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(bundle.relativize(p).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
            if (extraEntry != null) {
                z.putNextEntry(new ZipEntry(extraEntry));
                z.write("{}".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
