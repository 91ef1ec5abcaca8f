package org.m4sd.rules.bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.UnsignedBundles;

/** A topic file's {@code inherited} list, as {@code m4sd pack init} writes it: read, checked, deciding nothing. */
class InheritedListTest {
    @TempDir
    Path dir;

    private Path ghanaInheriting(String inherited) {
        return ghanaInheriting(dir, inherited);
    }

    private PackStore load(Path bundle) {
        return PackStore.load(Bundles.options(bundle, dir, UnsignedBundles.ACCEPT_AND_RECORD).packBundles());
    }

    @Test
    void aListOfInheritedNamesLoadsAndDecidesNothing() {
        PackStore store = load(ghanaInheriting(
                "[\"ss.pension.contribution-unit\", \"ss.totalisation.min-own-months\"]"));

        assertThat(store.deciding("GHA").id()).isEqualTo("gha");
        assertThat(store.overlay("GHA").orElseThrow().parameters()).containsOnlyKeys("ss.pension.age",
                "ss.pension.paths");
    }

    @Test
    void aNameBothInheritedAndGivenIsRefused() {
        Path bundle = ghanaInheriting("[\"ss.totalisation.min-own-months\", \"ss.pension.age\"]");

        assertThatThrownBy(() -> load(bundle)).isInstanceOf(PackBundleException.class).hasMessage(
                "pack bundle " + bundle + " refused (INVALID): socialsecurity.json: inherited[1] (ss.pension.age): "
                        + "is both inherited and given in \"parameters\"; remove it from \"inherited\"");
    }

    @Test
    void aNameListedTwiceOrAListThatIsNotOneIsRefused() {
        Path twice = ghanaInheriting("[\"ss.totalisation.min-own-months\", \"ss.totalisation.min-own-months\"]");
        assertThatThrownBy(() -> load(twice)).hasMessageEndingWith(
                "socialsecurity.json: inherited[1] (ss.totalisation.min-own-months): is listed twice");

        Path other = ghanaInheriting(dir.resolve("second"), "\"ss.totalisation.min-own-months\"");
        assertThatThrownBy(() -> load(other)).hasMessageEndingWith(
                "socialsecurity.json: field \"inherited\": a list of parameter names is required");

        Path blank = ghanaInheriting(dir.resolve("third"), "[\" \"]");
        assertThatThrownBy(() -> load(blank)).hasMessageEndingWith(
                "socialsecurity.json: inherited[0]: a parameter name is required (a non-blank string)");
    }

    private static Path ghanaInheriting(Path parent, String inherited) {
        Path bundle = Bundles.ghana(parent);
        Bundles.replace(bundle.resolve("socialsecurity.json"), "\"parameters\": [",
                "\"inherited\": " + inherited + ",\n  \"parameters\": [");
        return bundle;
    }
}
