package org.m4sd.sdk.internal.framework;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Aggregation;
import org.m4sd.sdk.framework.Baseline;
import org.m4sd.sdk.framework.DisclosureControl;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.InvalidFrameworkException;
import org.m4sd.sdk.framework.Level;
import org.m4sd.sdk.framework.Measure;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Programme;
import org.m4sd.sdk.framework.ProgrammeOutcome;
import org.m4sd.sdk.framework.ProgrammeOutput;
import org.m4sd.sdk.framework.ProgressThresholds;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.Ratio;
import org.m4sd.sdk.framework.Reference;
import org.m4sd.sdk.framework.ReferenceVocabulary;
import org.m4sd.sdk.framework.Source;
import org.m4sd.sdk.framework.Target;
import org.m4sd.sdk.request.MigratoryStatus;

/** Reads frameworks and observations from JSON, naming every element at fault by its JSON path. */
public final class FrameworkJson {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32).maxStringLength(65_536).maxNumberLength(64)
                    .maxDocumentLength(64L << 20).build())
            .build());

    private FrameworkJson() {
    }

    /** A problem at one JSON path. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        Problem(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    /** Reads and validates a framework. */
    public static Framework read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidFrameworkException(List.of(FieldError.of("$", "malformed JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidFrameworkException(List.of(FieldError.of("$", "expected a JSON object")));
        }
        onlyFields(root, "$", Set.of("programme", "outcomes", "outputs", "indicators", "disclosureControl",
                "progressThresholds"), errors);
        Programme programme = element(errors, () -> programme(field(root, "$", "programme"), "$.programme"));
        List<ProgrammeOutcome> outcomes = list(root, "$", "outcomes", errors, (n, at) -> {
            onlyFields(n, at, Set.of("id", "title"), errors);
            return new ProgrammeOutcome(text(n, at, "id"), text(n, at, "title"));
        });
        List<ProgrammeOutput> outputs = list(root, "$", "outputs", errors, (n, at) -> {
            onlyFields(n, at, Set.of("id", "outcome", "title"), errors);
            return new ProgrammeOutput(text(n, at, "id"), text(n, at, "outcome"), text(n, at, "title"));
        });
        List<Indicator> indicators = list(root, "$", "indicators", errors, (n, at) -> indicator(n, at, errors));
        DisclosureControl disclosure = root.has("disclosureControl")
                ? element(errors, () -> disclosureControl(root.get("disclosureControl"), "$.disclosureControl"))
                : DisclosureControl.DEFAULT;
        Optional<ProgressThresholds> thresholds = root.has("progressThresholds")
                ? Optional.ofNullable(element(errors, () -> thresholds(root.get("progressThresholds"),
                        "$.progressThresholds", errors)))
                : Optional.empty();
        if (!errors.isEmpty()) {
            throw new InvalidFrameworkException(errors);
        }
        return new Framework(programme, outcomes, outputs, indicators, disclosure, thresholds);
    }

    /** {@code {"threshold": 5, "exempt": ["POL-1"], "note": "..."}}, every field optional. */
    private static DisclosureControl disclosureControl(JsonNode n, String at) {
        if (!n.isObject()) {
            throw new Problem(at, "expected an object");
        }
        List<FieldError> errors = new ArrayList<>();
        onlyFields(n, at, Set.of("threshold", "exempt", "note"), errors);
        if (!errors.isEmpty()) {
            throw new Problem(errors.get(0).path(), errors.get(0).message());
        }
        int threshold = DisclosureControl.DEFAULT_THRESHOLD;
        if (n.has("threshold")) {
            JsonNode t = n.get("threshold");
            if (!t.canConvertToInt() || !t.isIntegralNumber()) {
                throw new Problem(at + ".threshold", "expected a whole number");
            }
            threshold = t.intValue();
        }
        List<String> exempt = new ArrayList<>();
        if (n.has("exempt")) {
            JsonNode ids = n.get("exempt");
            if (!ids.isArray()) {
                throw new Problem(at + ".exempt", "expected an array of indicator ids");
            }
            for (int i = 0; i < ids.size(); i++) {
                if (!ids.get(i).isTextual() || ids.get(i).textValue().isBlank()) {
                    throw new Problem(at + ".exempt[" + i + "]", "expected an indicator id");
                }
                exempt.add(ids.get(i).textValue());
            }
        }
        Optional<String> note = n.has("note") ? Optional.of(text(n, at, "note")) : Optional.empty();
        int t = threshold;
        return construct(at, () -> new DisclosureControl(t, new java.util.LinkedHashSet<>(exempt), note));
    }

    private static ProgressThresholds thresholds(JsonNode n, String at, List<FieldError> errors) {
        if (!n.isObject()) {
            throw new Problem(at, "expected an object");
        }
        onlyFields(n, at, Set.of("onTrackRatio", "accelerationRatio", "onTrackGrowth", "accelerationGrowth"), errors);
        return construct(at, () -> new ProgressThresholds(number(n, at, "onTrackRatio"),
                number(n, at, "accelerationRatio"), number(n, at, "onTrackGrowth"), number(n, at, "accelerationGrowth")));
    }

    private interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    private static <T> T element(List<FieldError> errors, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (Problem p) {
            errors.add(FieldError.of(p.path, p.getMessage()));
            return null;
        }
    }

    private static <T> List<T> list(JsonNode parent, String at, String name, List<FieldError> errors,
            ElementReader<T> reader) {
        JsonNode array = field(parent, at, name);
        String path = at + "." + name;
        if (!array.isArray()) {
            errors.add(FieldError.of(path, "expected an array"));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "[" + i + "]";
            JsonNode n = array.get(i);
            T value = element(errors, () -> {
                if (!n.isObject()) {
                    throw new Problem(elementPath, "expected an object");
                }
                return construct(elementPath, () -> reader.read(n, elementPath));
            });
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** Runs a record constructor, turning its argument errors into a problem at this path. */
    private static <T> T construct(String at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(at, e.getMessage());
        }
    }

    private static Programme programme(JsonNode n, String at) {
        if (!n.isObject()) {
            throw new Problem(at, "expected an object");
        }
        List<FieldError> errors = new ArrayList<>();
        onlyFields(n, at, Set.of("id", "title", "reportingOrg", "start", "end", "countries", "financedCountries",
                "illustrative", "note"), errors);
        if (!errors.isEmpty()) {
            throw new Problem(errors.get(0).path(), errors.get(0).message());
        }
        JsonNode reportingOrg = field(n, at, "reportingOrg");
        String orgAt = at + ".reportingOrg";
        Period period = period(n, at);
        List<String> countries = countries(field(n, at, "countries"), at + ".countries");
        List<String> financed = n.has("financedCountries")
                ? countries(n.get("financedCountries"), at + ".financedCountries") : List.of();
        for (int i = 0; i < financed.size(); i++) {
            if (!countries.contains(financed.get(i))) {
                throw new Problem(at + ".financedCountries[" + i + "]", "\"" + financed.get(i)
                        + "\" is not one of the programme's countries");
            }
        }
        JsonNode illustrative = field(n, at, "illustrative");
        if (!illustrative.isBoolean()) {
            throw new Problem(at + ".illustrative", "expected true or false");
        }
        return construct(at, () -> new Programme(text(n, at, "id"), text(n, at, "title"), text(reportingOrg, orgAt, "ref"),
                text(reportingOrg, orgAt, "name"), text(reportingOrg, orgAt, "type"), period, countries, illustrative.booleanValue(),
                text(n, at, "note"), financed));
    }

    /** An array of ISO 3166-1 alpha-3 codes. */
    private static List<String> countries(JsonNode cs, String at) {
        if (!cs.isArray()) {
            throw new Problem(at, "expected an array");
        }
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            String c = cs.get(i).asText();
            if (!org.m4sd.sdk.internal.CountryCodes.isKnown(c)) {
                throw new Problem(at + "[" + i + "]", "not an ISO 3166-1 alpha-3 code: \"" + c + "\"");
            }
            countries.add(c);
        }
        return countries;
    }

    private static Indicator indicator(JsonNode n, String at, List<FieldError> errors) {
        onlyFields(n, at, Set.of("id", "result", "title", "measure", "ascending", "unit", "references", "sector",
                "level", "dimensions", "aggregation", "aggregationStatus", "source", "ratio", "population", "baselines",
                "targets", "limit"), errors);
        Indicator.Builder b = Indicator.builder(text(n, at, "id"), text(n, at, "result"), text(n, at, "title"));
        JsonNode measure = field(n, at, "measure");
        b.measure(measure.isInt() ? construct(at + ".measure", () -> Measure.ofCode(measure.intValue()))
                : enumValue(measure, at + ".measure", Measure.class));
        JsonNode asc = n.get("ascending");
        if (asc != null) {
            if (!asc.isBoolean()) {
                throw new Problem(at + ".ascending", "expected true or false");
            }
            b.ascending(asc.booleanValue());
        }
        b.unit(text(n, at, "unit"));
        JsonNode refs = n.get("references");
        if (refs != null) {
            for (int i = 0; i < refs.size(); i++) {
                String rat = at + ".references[" + i + "]";
                JsonNode r = refs.get(i);
                b.addReference(construct(rat, () -> new Reference(
                        enumValue(field(r, rat, "vocabulary"), rat + ".vocabulary", ReferenceVocabulary.class),
                        text(r, rat, "code"))));
            }
        }
        if (n.hasNonNull("sector")) {
            b.sector(enumValue(n.get("sector"), at + ".sector", Sector.class));
        }
        b.level(enumValue(field(n, at, "level"), at + ".level", Level.class));
        JsonNode dims = n.get("dimensions");
        if (dims != null) {
            for (int i = 0; i < dims.size(); i++) {
                b.dimensions(dims.get(i).asText());
            }
        }
        b.aggregation(enumValue(field(n, at, "aggregation"), at + ".aggregation", Aggregation.class));
        JsonNode aggregationStatus = n.get("aggregationStatus");
        if (aggregationStatus != null) {
            if (!aggregationStatus.isBoolean()) {
                throw new Problem(at + ".aggregationStatus", "expected true or false");
            }
            b.aggregationStatus(aggregationStatus.booleanValue());
        }
        if (n.has("source")) {
            b.source(enumValue(n.get("source"), at + ".source", Source.class));
        }
        if (n.has("ratio")) {
            JsonNode r = n.get("ratio");
            String rat = at + ".ratio";
            onlyFields(r, rat, Set.of("numerator", "denominator", "factor"), errors);
            b.ratio(construct(rat, () -> new Ratio(text(r, rat, "numerator"), text(r, rat, "denominator"),
                    number(r, rat, "factor"))));
        }
        optionalNumber(n, at, "limit").ifPresent(b::limit);
        if (n.has("population")) {
            b.population(population(n.get("population"), at + ".population", errors));
        }
        JsonNode baselines = n.get("baselines");
        if (baselines != null) {
            for (int i = 0; i < baselines.size(); i++) {
                String bat = at + ".baselines[" + i + "]";
                JsonNode x = baselines.get(i);
                onlyFields(x, bat, Set.of("country", "year", "value", "dimensions", "comment"), errors);
                JsonNode year = field(x, bat, "year");
                if (!year.isInt()) {
                    throw new Problem(bat + ".year", "expected a year");
                }
                b.addBaseline(construct(bat, () -> new Baseline(text(x, bat, "country"), year.intValue(),
                        optionalNumber(x, bat, "value"), dimensions(x, bat), optionalText(x, "comment"))));
            }
        }
        JsonNode targets = n.get("targets");
        if (targets != null) {
            for (int i = 0; i < targets.size(); i++) {
                String tat = at + ".targets[" + i + "]";
                JsonNode x = targets.get(i);
                onlyFields(x, tat, Set.of("country", "start", "end", "value", "dimensions", "comment"), errors);
                b.addTarget(construct(tat, () -> new Target(text(x, tat, "country"), period(x, tat),
                        optionalNumber(x, tat, "value"), dimensions(x, tat), optionalText(x, "comment"))));
            }
        }
        return construct(at, b::build);
    }

    // ---- observations ---------------------------------------------------------------------------------------

    /** Lazily reads observations from a JSON array or JSON lines. */
    public static Iterator<Observation> observations(Framework framework, InputStream in) {
        try {
            JsonParser parser = MAPPER.getFactory().createParser(in);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                parser.nextToken();
            }
            MappingIterator<JsonNode> nodes = MAPPER.readerFor(JsonNode.class).readValues(parser);
            return new Iterator<>() {
                private int index;

                @Override
                public boolean hasNext() {
                    try {
                        return nodes.hasNextValue();
                    } catch (IOException e) {
                        throw malformed(e);
                    }
                }

                @Override
                public Observation next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    String at = "$[" + index++ + "]";
                    try {
                        return observation(framework, nodes.nextValue(), at);
                    } catch (Problem p) {
                        throw new InvalidFrameworkException(List.of(FieldError.of(p.path, p.getMessage())));
                    } catch (IOException e) {
                        throw malformed(e);
                    }
                }

                private InvalidFrameworkException malformed(IOException e) {
                    return new InvalidFrameworkException(List.of(FieldError.of("$[" + index + "]",
                            "malformed JSON: " + e.getMessage())));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Observation observation(Framework framework, JsonNode n, String at) {
        if (!n.isObject()) {
            throw new Problem(at, "expected an object");
        }
        List<FieldError> errors = new ArrayList<>();
        onlyFields(n, at, Set.of("indicator", "country", "start", "end", "year", "value", "dimensions"), errors);
        if (!errors.isEmpty()) {
            throw new Problem(errors.get(0).path(), errors.get(0).message());
        }
        String id = text(n, at, "indicator");
        Indicator indicator = framework.indicator(id)
                .orElseThrow(() -> new Problem(at + ".indicator", "unknown indicator \"" + id + "\""));
        if (indicator.source() != Source.OBSERVATIONS) {
            throw new Problem(at + ".indicator", "indicator \"" + id + "\" is computed from " + indicator.source()
                    + ", not from observations");
        }
        double value = number(n, at, "value");
        indicator.measure().misfit(value).ifPresent(m -> {
            throw new Problem(at + ".value", m + " (indicator \"" + id + "\")");
        });
        Period period;
        if (n.has("year")) {
            period = Period.ofYear(n.get("year").asInt());
        } else {
            period = construct(at, () -> period(n, at));
        }
        Map<String, String> dims = dimensions(n, at);
        for (String d : dims.keySet()) {
            if (!indicator.dimensions().contains(d)) {
                throw new Problem(at + ".dimensions." + d, "indicator \"" + id + "\" has no dimension \"" + d + "\"");
            }
        }
        return construct(at, () -> new Observation(id, text(n, at, "country"), period, value, dims));
    }

    /** A population filter: status, determination and outcome sets, and what is counted. */
    private static Population population(JsonNode n, String at, List<FieldError> errors) {
        if (!n.isObject()) {
            throw new Problem(at, "expected an object");
        }
        onlyFields(n, at, Set.of("migratoryStatuses", "determinations", "outcomes", "counts"), errors);
        Set<MigratoryStatus> statuses = enumSet(field(n, at, "migratoryStatuses"), at + ".migratoryStatuses",
                v -> enumValue(v, MigratoryStatus.class), java.util.Arrays.toString(MigratoryStatus.values()));
        Set<Determination> determinations = enumSet(field(n, at, "determinations"), at + ".determinations",
                v -> v.isTextual() ? Determination.byId(v.textValue()).orElse(null) : null,
                java.util.Arrays.stream(Determination.values()).map(Determination::id).toList().toString());
        Set<Outcome> outcomes = enumSet(field(n, at, "outcomes"), at + ".outcomes", v -> enumValue(v, Outcome.class),
                java.util.Arrays.toString(Outcome.values()));
        Population.Counting counts = enumValue(field(n, at, "counts"), at + ".counts", Population.Counting.class);
        return new Population(statuses, determinations, outcomes, counts);
    }

    /** A non-empty array of distinct values, each read by {@code reader} (null for an unknown value). */
    private static <E extends Enum<E>> Set<E> enumSet(JsonNode array, String at, Function<JsonNode, E> reader,
            String known) {
        if (!array.isArray() || array.isEmpty()) {
            throw new Problem(at, "expected a non-empty array");
        }
        Set<E> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode v = array.get(i);
            E value = reader.apply(v);
            if (value == null) {
                throw new Problem(at + "[" + i + "]", "unknown value " + v + "; expected one of " + known);
            }
            if (!out.add(value)) {
                throw new Problem(at + "[" + i + "]", "duplicate value " + v);
            }
        }
        return out;
    }

    /** The constant named by a string node, or null. */
    private static <E extends Enum<E>> E enumValue(JsonNode v, Class<E> type) {
        if (!v.isTextual()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v.textValue())) {
                return e;
            }
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void onlyFields(JsonNode n, String at, Set<String> known, List<FieldError> errors) {
        if (n == null || !n.isObject()) {
            return;
        }
        n.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                errors.add(FieldError.of(at + "." + f, "unknown field; known: " + new java.util.TreeSet<>(known)));
            }
        });
    }

    private static JsonNode field(JsonNode n, String at, String name) {
        JsonNode v = n == null ? null : n.get(name);
        if (v == null || v.isNull()) {
            throw new Problem(at + "." + name, "is required");
        }
        return v;
    }

    private static String text(JsonNode n, String at, String name) {
        JsonNode v = field(n, at, name);
        if (!v.isTextual()) {
            throw new Problem(at + "." + name, "expected a string");
        }
        return v.textValue();
    }

    private static Optional<String> optionalText(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static double number(JsonNode n, String at, String name) {
        JsonNode v = field(n, at, name);
        if (!v.isNumber()) {
            throw new Problem(at + "." + name, "expected a number");
        }
        return v.doubleValue();
    }

    private static OptionalDouble optionalNumber(JsonNode n, String at, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number(n, at, name));
    }

    private static LocalDate date(JsonNode n, String at, String name) {
        String s = text(n, at, name);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Problem(at + "." + name, "expected an ISO date (YYYY-MM-DD), got \"" + s + "\"");
        }
    }

    private static Period period(JsonNode n, String at) {
        LocalDate start = date(n, at, "start");
        LocalDate end = date(n, at, "end");
        if (end.isBefore(start)) {
            throw new Problem(at + ".end", "end " + end + " is before start " + start);
        }
        return Period.of(start, end);
    }

    private static Map<String, String> dimensions(JsonNode n, String at) {
        JsonNode d = n.get("dimensions");
        if (d == null || d.isNull()) {
            return Map.of();
        }
        if (!d.isObject()) {
            throw new Problem(at + ".dimensions", "expected an object of name: value pairs");
        }
        Map<String, String> out = new LinkedHashMap<>();
        d.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new Problem(at + ".dimensions." + e.getKey(), "expected a string");
            }
            out.put(e.getKey(), e.getValue().textValue());
        });
        return out;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode v, String at, Class<E> type) {
        Function<String, String> known = s -> java.util.Arrays.toString(type.getEnumConstants());
        if (!v.isTextual()) {
            throw new Problem(at, "expected one of " + known.apply(""));
        }
        try {
            return Enum.valueOf(type, v.textValue());
        } catch (IllegalArgumentException e) {
            throw new Problem(at, "unknown value \"" + v.textValue() + "\"; expected one of " + known.apply(""));
        }
    }
}
