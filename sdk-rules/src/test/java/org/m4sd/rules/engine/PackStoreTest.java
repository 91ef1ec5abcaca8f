package org.m4sd.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.rules.internal.packs.Parameter;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;

class PackStoreTest {
    private static final PackStore PACKS = PackStore.load();

    @Test
    void theInternationalPackComesFirstAndEveryFinancedCountryHasAnOverlay() {
        List<RulePackRef> refs = PACKS.refs();
        assertThat(refs.get(0).id()).isEqualTo("international");
        assertThat(refs).extracting(RulePackRef::id)
                .contains("ecu", "mar", "npl", "srb", "sen", "tun", "phl", "bgd", "jam", "kgz", "mda");
        for (String country : List.of("ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "PHL", "BGD", "MDA")) {
            assertThat(PACKS.overlay(country)).as(country).isPresent();
        }
    }

    @Test
    void aJurisdictionWithoutAnOverlayIsDecidedByTheInternationalPack() {
        assertThat(PACKS.deciding("ESP").id()).isEqualTo("international");
        assertThat(PACKS.deciding("JAM").id()).isEqualTo("jam");
        assertThat(PACKS.deciding("SRB").id()).isEqualTo("srb");
    }

    @Test
    void aParametersChangeDaysAreItsOverlaysAndTheInternationalPacksInOrderAndKeptPerDecidingPack() {
        // international: the CRC's entry into force; the Philippines: RA 10533
        assertThat(PACKS.changeDays("education.school-age", "PHL"))
                .containsExactly(LocalDate.of(1990, 9, 2), LocalDate.of(2013, 6, 8));
        // a jurisdiction without an overlay: the international pack's days alone, the same list for all of them
        assertThat(PACKS.changeDays("education.school-age", "ESP")).containsExactly(LocalDate.of(1990, 9, 2))
                .isSameAs(PACKS.changeDays("education.school-age", "FRA"));
        assertThat(PACKS.changeDays("no.such-parameter", "PHL")).isEmpty();
    }

    @Test
    void packDigestsDifferBetweenPacksAndAreStableAcrossLoads() {
        assertThat(PACKS.refs()).extracting(RulePackRef::sha256).doesNotHaveDuplicates();
        assertThat(PackStore.load().refs()).isEqualTo(PACKS.refs());
    }

    /**
     * A pack's digest, recorded in every decision, is the SHA-256 of the shared content and then of each pack's files
     * from international down to the pack, each entry length-prefixed; computed here from the resources, one pack
     * after another, whichever pack is asked for first.
     */
    @Test
    void aPackDigestCoversTheSharedContentAndItsChainFromInternational() throws Exception {
        PackStore fresh = PackStore.load();
        assertThat(fresh.deciding("JAM").sha256()).isEqualTo(expectedDigest("international", "jam"));
        for (RulePackRef ref : fresh.refs()) {
            List<String> chain = ref.id().equals("international") ? List.of("international")
                    : List.of("international", ref.id());
            assertThat(ref.sha256()).as(ref.id()).isEqualTo(expectedDigest(chain.toArray(String[]::new)));
        }
    }

    private static String expectedDigest(String... chain) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        JsonNode index = new ObjectMapper().readTree(resource("org/m4sd/rules/packs/index.json"));
        for (JsonNode path : index.path("sharedContent")) {
            entry(sha, path.asText(), resource(path.asText()));
        }
        for (String id : chain) {
            ByteArrayOutputStream files = new ByteArrayOutputStream();
            List<String> names = new ArrayList<>(List.of("pack.json"));
            PackStore.TOPICS.forEach(topic -> names.add(topic + ".json"));
            for (String name : names) {
                String path = "org/m4sd/rules/packs/" + id + "/" + name;
                if (PackStoreTest.class.getClassLoader().getResource(path) != null) {
                    files.writeBytes(path.getBytes(StandardCharsets.UTF_8));
                    files.write(0);
                    files.writeBytes(resource(path));
                    files.write(0);
                }
            }
            entry(sha, id, files.toByteArray());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void entry(MessageDigest sha, String name, byte[] content) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = PackStoreTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void datedValuesMustNotOverlap() {
        Source source = new Source("Test instrument", "1", null, VerificationStatus.B);
        var first = new ParameterValue(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 12, 31), IntNode.valueOf(60), source, null);
        var second = new ParameterValue(LocalDate.of(2010, 6, 1), null, IntNode.valueOf(62), source, null);
        assertThatThrownBy(() -> new Parameter("x.age", "years", "", List.of(first, second)))
                .hasMessageContaining("overlapping values from 2000-01-01 and 2010-06-01");
        var later = new ParameterValue(LocalDate.of(2011, 1, 1), null, IntNode.valueOf(62), source, null);
        Parameter p = new Parameter("x.age", "years", "", List.of(first, later));
        assertThat(p.inForceOn(LocalDate.of(2010, 12, 31)).orElseThrow().integer()).isEqualTo(60);
        assertThat(p.inForceOn(LocalDate.of(2011, 1, 1)).orElseThrow().integer()).isEqualTo(62);
        assertThat(p.inForceOn(LocalDate.of(1999, 12, 31))).isEmpty();
    }

    @Test
    void aValueEndsNoEarlierThanItStarts() {
        Source source = new Source("Test instrument", "1", null, VerificationStatus.V);
        assertThatThrownBy(() -> new ParameterValue(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1),
                IntNode.valueOf(1), source, null)).hasMessageContaining("validTo 2009-01-01 is before validFrom 2010-01-01");
    }

    /** One parser, so that every call below is the same parser (its class is part of what a parse is kept by). */
    private static final java.util.function.Function<JsonNode, List<Integer>> SIZE = n -> List.of(n.size());

    @Test
    void whatIsParsedFromAStoresDataIsKeptWithTheStoreAndGoesWithIt() {
        PackStore store = PackStore.load();
        JsonNode table = store.table("agreements", "ECU").orElseThrow();
        List<Integer> parsed = Parsed.of(store, table, SIZE);
        assertThat(Parsed.of(store, table, SIZE)).isSameAs(parsed);
        // Another store's equal table is its own: parsed again, kept by that store.
        PackStore other = PackStore.load();
        assertThat(Parsed.of(other, other.table("agreements", "ECU").orElseThrow(), SIZE))
                .isEqualTo(parsed).isNotSameAs(parsed);

        // Nothing outlives the store: its table can be collected once the store is (a service reloading its packs
        // drops the old store).
        java.lang.ref.WeakReference<JsonNode> node = new java.lang.ref.WeakReference<>(table);
        store = null;
        table = null;
        for (int i = 0; i < 50 && node.get() != null; i++) {
            System.gc();
        }
        assertThat(node.get()).as("the store's table, after the store is dropped").isNull();
    }
}
