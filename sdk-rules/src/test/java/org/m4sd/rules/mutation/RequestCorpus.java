package org.m4sd.rules.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The requests every mutant of one DRL package is run on: the scenario files' requests, then requests drawn with a
 * fixed seed from the properties' generators; each restricted to the determinations of that package (a knowledge
 * base built from one package decides only those), and each with the oracle's answer.
 */
final class RequestCorpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final M4sdJson JSON = M4sdJson.create();
    /** jqwik's size parameter for the generators, as in a property of 1,000 tries. */
    private static final int GENERATION_SIZE = 1000;
    private static final String SCENARIO = "scenario ";

    private RequestCorpus() {
    }

    /** A request of the corpus, named so a report can say which request killed a mutant. */
    record Labelled(String label, EligibilityRequest request) {
    }

    /** A request and what the oracle answered. */
    record Expected(String label, EligibilityRequest request, Answer answer) {
    }

    /** What an engine answers to a request: decisions, or the exception it threw (class and message). */
    record Answer(DecisionSet decisions, String failure) {
        static Answer of(EligibilityEngine engine, EligibilityRequest request) {
            try {
                return new Answer(engine.evaluate(request), null);
            } catch (RuntimeException e) {
                return new Answer(null, e.getClass().getName() + ": " + e.getMessage());
            }
        }

        boolean failed() {
            return failure != null;
        }

        @Override
        public String toString() {
            return failed() ? "threw " + failure : decisions.toString();
        }

        boolean sameAs(Answer other) {
            return Objects.equals(decisions, other.decisions) && Objects.equals(failure, other.failure);
        }
    }

    /** {@code count} requests drawn from {@code requests} with a {@link Random} of this seed, edge cases included. */
    static List<Labelled> generated(Arbitrary<EligibilityRequest> requests, long seed, int count) {
        RandomGenerator<EligibilityRequest> generator = requests.generator(GENERATION_SIZE, true);
        Random random = new Random(seed);
        List<Labelled> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Labelled("generated #" + i + " (seed " + seed + ")", generator.next(random).value()));
        }
        return out;
    }

    /** The requests of every scenario file under {@code scenarios/} on the class path that reads as a request. */
    static List<Labelled> scenarios() {
        URL root = RequestCorpus.class.getClassLoader().getResource("scenarios");
        if (root == null) {
            throw new IllegalStateException("no scenarios/ directory on the test class path");
        }
        List<Labelled> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(root.toURI()))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode scenario = MAPPER.readTree(file.toFile());
                if (scenario.has("expectError")) {
                    continue; // a request the validation rejects never reaches the rules
                }
                EligibilityRequest request = JSON.readRequest(MAPPER.writeValueAsString(scenario.path("request")));
                out.add(new Labelled(SCENARIO + Path.of(root.toURI()).relativize(file), request));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Whether a request's label names a scenario file (rather than a generated request). */
    static boolean isScenario(String label) {
        return label.startsWith(SCENARIO);
    }

    /** The request asking only for its determinations of this sector, or nothing if it asks for none of them. */
    static Optional<EligibilityRequest> restrict(EligibilityRequest request, Determination.Sector sector) {
        List<Determination> mine = request.requestedDeterminations().stream().filter(d -> d.sector() == sector)
                .toList();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request.toBuilder().determinations(mine).build());
    }

    /** Each request restricted to the sector, with the oracle's answer. */
    static List<Expected> expected(List<Labelled> requests, Determination.Sector sector, EligibilityEngine oracle) {
        List<Expected> out = new ArrayList<>(requests.size());
        for (Labelled l : requests) {
            restrict(l.request(), sector).ifPresent(r -> out.add(new Expected(l.label(), r, Answer.of(oracle, r))));
        }
        return out;
    }
}
