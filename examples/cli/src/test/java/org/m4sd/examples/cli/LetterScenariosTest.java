package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * The letter of every decision of every rule-pack scenario (sdk-rules' scenario files), in English, French and
 * Spanish, as text and as HTML: it never holds the person's id, and the letter on a status-neutral determination
 * (emergency care, public school, social security) never names a migratory status.
 */
class LetterScenariosTest {
    static final Path SCENARIOS = Path.of("../../sdk-rules/src/test/resources/scenarios");
    /** Put in place of each scenario's person id, so a letter that held the id would show it. */
    static final String PERSON_ID = "person-id-3c9f01";

    /**
     * Each {@link MigratoryStatus} name as the request spells it, matched as a word and in capitals, as a decision
     * would show a value it copied from the request.
     */
    static final List<Pattern> STATUS_NAMES = Stream.of(MigratoryStatus.values())
            .map(s -> Pattern.compile("\\b" + s.name() + "\\b")).toList();

    /**
     * Each migratory status in words, in English, French and Spanish, and the words for a migratory status itself.
     * The bare words "national", "regular" and "unknown" are not among them: the law's own sentences use them in
     * other senses ("on equal terms with nationals", "whatever the regularity of stay", "a fact not known") to say
     * that the status does not matter; a letter naming the person's status says "national status", "regular
     * situation", "unknown status". Nor is "a national of": nationality is not a migratory status, and the
     * export of a pension rests on it (ILO C118 art. 5 guarantees it to the nationals of a ratifying state).
     */
    static final List<String> STATUS_WORDS = List.of(
            // NATIONAL
            "national status", "status of a national", "statut de national", "condición de nacional",
            "estatus de nacional",
            // REGULAR
            "regular situation", "regular status", "situation régulière", "statut régulier", "situación regular",
            "condición regular",
            // IRREGULAR
            "irregular", "irrégulier", "irrégulière", "undocumented", "sans papiers", "sans-papiers",
            "indocumentad",
            // ASYLUM_SEEKER
            "asylum", "asile", "asilo",
            // REFUGEE
            "refugee", "réfugié", "refugiad",
            // STATELESS
            "stateless", "apatride", "apátrida",
            // UNKNOWN
            "unknown status", "status unknown", "statut inconnu", "situación desconocida", "condición desconocida",
            // the status itself
            "migratory status", "migration status", "immigration status", "statut migratoire",
            "situation migratoire", "situación migratoria", "condición migratoria", "estatus migratorio");

    static final M4sdJson JSON = M4sdJson.create();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final EligibilityEngine ENGINE = EligibilityEngine.create();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> noLetterHoldsThePersonsIdOrAStatusOnAStatusNeutralDetermination() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file).toString(),
                () -> checkLetters(file)));
    }

    private static void checkLetters(Path file) throws Exception {
        JsonNode scenario = MAPPER.readTree(file.toFile());
        JsonNode request = scenario.get("request");
        if (request == null || !request.isObject() || scenario.has("expectError")) {
            return;
        }
        ObjectNode withMarker = request.deepCopy();
        if (withMarker.get("person") instanceof ObjectNode person) {
            person.put("id", PERSON_ID);
        }
        EligibilityRequest parsed;
        try {
            parsed = JSON.readRequest(MAPPER.writeValueAsString(withMarker));
        } catch (InvalidRequestException e) {
            return;
        }
        for (String language : Letter.LANGUAGES) {
            EligibilityRequest inLanguage = parsed.toBuilder().locale(Locale.forLanguageTag(language)).build();
            for (Decision decision : ENGINE.evaluate(inLanguage).decisions()) {
                Letter letter = Letter.of(decision, Locale.forLanguageTag(language));
                for (String rendered : List.of(LetterText.render(letter), LetterHtml.render(letter))) {
                    String what = decision.determination() + " in " + language;
                    assertThat(rendered).as(what).doesNotContain(PERSON_ID);
                    if (decision.determination().statusNeutral()) {
                        assertNoStatus(rendered, what);
                    }
                }
            }
        }
    }

    static void assertNoStatus(String letter, String what) {
        for (Pattern name : STATUS_NAMES) {
            assertThat(name.matcher(letter).find()).as(what + ": " + name + " in\n" + letter).isFalse();
        }
        String lower = letter.toLowerCase(Locale.ROOT);
        for (String word : STATUS_WORDS) {
            assertThat(lower).as(what).doesNotContain(word);
        }
    }

    @Test
    void theCheckFindsAStatusWhereThereIsOne() {
        List<String> caught = new ArrayList<>();
        for (String letter : List.of("Status: IRREGULAR.", "Vous êtes réfugiée.", "Solicitante de asilo",
                "Your national status", "su situación migratoria", "ASYLUM_SEEKER")) {
            try {
                assertNoStatus(letter, "sample");
            } catch (AssertionError expected) {
                caught.add(letter);
            }
        }
        assertThat(caught).hasSize(6);
        assertNoStatus("Emergency care on equal terms with nationals, whatever the regularity of stay; the birth"
                + " date is unknown.", "the law's own words");
    }
}
