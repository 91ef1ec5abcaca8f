package org.m4sd.rules.internal.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4sd.rules.internal.packs.Parameter;
import org.m4sd.rules.internal.packs.ParameterValue;

/**
 * The dated parameters of the framework rules, read from {@value #RESOURCE} (same format as a rule pack's topic
 * file: each value with its validity dates and source): the progress thresholds and the SDG 10.7.2 band limits
 * that {@code framework.drl} compares measured values with. They are not in an eligibility pack, whose digest
 * every decision carries, because they never change a decision. A framework that declares its own progress
 * thresholds ({@code Framework.progressThresholds()}) overrides these for its report.
 *
 * <p>Immutable and thread-safe.
 */
final class FrameworkParameters {
    static final String RESOURCE = "org/m4sd/rules/framework/parameters.json";
    static final String ON_TRACK_RATIO = "progress.on-track.min-ratio";
    static final String ACCELERATION_RATIO = "progress.acceleration-needed.min-ratio";
    static final String ON_TRACK_GROWTH = "progress.no-target.on-track.min-growth";
    static final String ACCELERATION_GROWTH = "progress.no-target.acceleration-needed.min-growth";
    static final String PARTIALLY_MEETS_SCORE = "sdg1072.partially-meets.min-score";
    static final String MEETS_SCORE = "sdg1072.meets.min-score";
    static final String FULLY_MEETS_SCORE = "sdg1072.fully-meets.min-score";

    private final Map<String, Parameter> parameters;

    private FrameworkParameters(Map<String, Parameter> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** Reads {@value #RESOURCE} from the class path of sdk-rules. */
    static FrameworkParameters load() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = FrameworkParameters.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Parameter> byName = new LinkedHashMap<>();
            for (JsonNode p : mapper.readTree(in).path("parameters")) {
                List<ParameterValue> values = new ArrayList<>();
                for (JsonNode v : p.path("values")) {
                    values.add(mapper.treeToValue(v, ParameterValue.class));
                }
                String name = p.path("name").asText();
                if (byName.put(name, new Parameter(name, p.path("unit").asText(), p.path("description").asText(),
                        values)) != null) {
                    throw new IllegalStateException("parameter " + name + " is defined twice");
                }
            }
            return new FrameworkParameters(byName);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("invalid framework parameter file " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The progress-category thresholds in force on {@code day}. */
    ProgressThresholds progressThresholds(LocalDate day) {
        return new ProgressThresholds(number(ON_TRACK_RATIO, day), number(ACCELERATION_RATIO, day),
                number(ON_TRACK_GROWTH, day), number(ACCELERATION_GROWTH, day));
    }

    /** The SDG 10.7.2 band limits in force on {@code day}. */
    Sdg1072BandLimits sdg1072BandLimits(LocalDate day) {
        return new Sdg1072BandLimits(number(PARTIALLY_MEETS_SCORE, day), number(MEETS_SCORE, day),
                number(FULLY_MEETS_SCORE, day));
    }

    /** The value of {@code name} in force on {@code day}: every measured value needs one, or the report fails. */
    ParameterValue inForce(String name, LocalDate day) {
        Parameter parameter = parameters.get(name);
        if (parameter == null) {
            throw new IllegalStateException("framework parameter " + name + " is missing from " + RESOURCE);
        }
        return parameter.inForceOn(day).orElseThrow(() -> new IllegalStateException(
                "no value of framework parameter " + name + " in force on " + day + " (" + RESOURCE + ")"));
    }

    private double number(String name, LocalDate day) {
        return inForce(name, day).decimal().doubleValue();
    }
}
