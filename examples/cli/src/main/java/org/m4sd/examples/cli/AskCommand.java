package org.m4sd.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code m4sd ask}: decides one request and, while a decision is undetermined for want of facts, asks the first
 * question of the first such decision, writes the answer into the request and decides again. Plain prompts on
 * stdout, answers one a line on stdin, so it works over a pipe as in a terminal.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Decides one request and asks, one at a time, for the facts an undetermined",
                "decision lacks, deciding again after each answer, until every decision is",
                "settled or no question is left (the conditions the rule packs do not encode",
                "then say why). Prints the final decisions; --out writes the completed request.",
                "An answer that is not valid is refused with the field and the problem, and",
                "the question is asked again. Answers are read one a line from stdin: after",
                "the request itself when the request comes from stdin too."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd ask request.json",
                "  m4sd ask request.json -d social-security.old-age-pension --out completed.json",
                "  printf '1961-04-02\\nF\\n' | m4sd ask request.json",
                "",
                "Answers: a date as YYYY-MM-DD; yes or no; a whole number; a decimal number;",
                "one of the values listed (or its number); several of them separated by",
                "commas, or 'none'; a country as ISO 3166-1 alpha-3 (MAR); languages as",
                "ISO 639-1 codes separated by commas; money as 'amount CUR' (1500 USD);",
                "periods as 'CTY YYYY-MM-DD YYYY-MM-DD' separated by ';', or 'none'.",
                "",
                "Exit codes: 0 no question left, 1 the request is invalid or the answers ran",
                "out first, 2 usage error, 3 run failed."})
final class AskCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REQUEST", defaultValue = "-",
            description = "The request, a JSON file, or - for stdin (default: ${DEFAULT-VALUE}).")
    String request;

    @Option(names = {"-d", "--determination"}, paramLabel = "ID",
            description = "A determination to decide (repeatable); default: the request's own.")
    List<String> determinations = new ArrayList<>();

    @Option(names = "--locale", paramLabel = "LANG",
            description = "Language of the questions and explanations: en, fr or es (default: the request's, else en).")
    String locale;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the request, completed with the answers, here.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Locale language = Locales.parse(spec.commandLine(), locale);
        Reader stdin = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        Reader rest = stdin;
        ObjectNode json;
        if ("-".equals(request)) {
            Read read = readObject(stdin);
            json = read.json;
            rest = read.rest;
        } else {
            try {
                json = object(Files.readString(Path.of(request), StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new UsageError("no such request file: " + request);
            }
        }
        if (!determinations.isEmpty()) {
            ArrayNode ids = json.putArray("determinations");
            for (String id : determinations) {
                if (Determination.byId(id).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "unknown determination '" + id
                            + "'; one of " + java.util.Arrays.stream(Determination.values()).map(Determination::id)
                                    .collect(Collectors.joining(", ")));
                }
                ids.add(id);
            }
        }
        if (language != null) {
            json.put("locale", language.toLanguageTag());
        }
        PrintWriter screen = spec.commandLine().getOut();
        EngineOptions options = EngineOptions.defaults();
        M4sdJson codec = M4sdJson.create(options.limits());
        try (EligibilityEngine engine = EligibilityEngine.create(options)) {
            Interview interview = new Interview(engine, codec, screen, new BufferedReader(rest));
            int exit = interview.run(json);
            screen.flush();
            if (out != null && interview.decided != null) {
                Files.writeString(out, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
                        StandardCharsets.UTF_8);
            }
            return exit;
        }
    }

    /** The request read from the front of stdin, and stdin from just after it, where the answers are. */
    private record Read(ObjectNode json, Reader rest) {
    }

    private static Read readObject(Reader in) throws IOException {
        JsonParser parser = MAPPER.getFactory().createParser(in);
        JsonNode node;
        try {
            node = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new UsageError("stdin does not start with a JSON request: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new UsageError("stdin does not start with a JSON request object");
        }
        // The parser read ahead: hand what it buffered back to the answers.
        CharArrayWriter buffered = new CharArrayWriter();
        parser.releaseBuffered(buffered);
        PushbackReader rest = new PushbackReader(in, Math.max(1, buffered.size()));
        rest.unread(buffered.toCharArray());
        return new Read((ObjectNode) node, rest);
    }

    private static ObjectNode object(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new UsageError("the request is not JSON: " + e.getOriginalMessage());
        }
        throw new UsageError("the request is not a JSON object");
    }

    /** The loop: decide, ask, write the answer, decide again. */
    private static final class Interview {
        private final EligibilityEngine engine;
        private final M4sdJson codec;
        private final PrintWriter screen;
        private final BufferedReader answers;
        private DecisionSet decided;

        Interview(EligibilityEngine engine, M4sdJson codec, PrintWriter screen, BufferedReader answers) {
            this.engine = engine;
            this.codec = codec;
            this.screen = screen;
            this.answers = answers;
        }

        int run(ObjectNode json) throws IOException {
            try {
                decided = decide(json);
            } catch (InvalidRequestException e) {
                screen.println("The request is not valid:");
                e.errors().forEach(error -> screen.println("  " + error.path() + ": " + error.message()));
                return M4sdCli.INVALID_RECORDS;
            }
            Optional<List<Question>> next = next(decided);
            while (next.isPresent()) {
                Optional<DecisionSet> answered = ask(json, next.get());
                if (answered.isEmpty()) {
                    screen.println();
                    screen.println("No more answers: stopping with decisions still open.");
                    print(decided);
                    return M4sdCli.INVALID_RECORDS;
                }
                decided = answered.get();
                next = next(decided);
            }
            print(decided);
            return M4sdCli.OK;
        }

        private DecisionSet decide(ObjectNode json) {
            EligibilityRequest request = codec.readRequest(json.toString());
            return engine.evaluate(request);
        }

        /**
         * The first question of the first decision undetermined for want of facts, with the questions after it
         * that ask for the same fact: the members of a whole object, which the request takes only all together.
         */
        private static Optional<List<Question>> next(DecisionSet decisions) {
            return decisions.decisions().stream().filter(d -> d.outcome() == Outcome.UNDETERMINED)
                    .filter(d -> !d.questions().isEmpty()).findFirst().map(d -> {
                        String fact = d.questions().get(0).fact();
                        return d.questions().stream().filter(q -> q.fact().equals(fact)).toList();
                    });
        }

        /**
         * Asks the questions of one fact, writes the answers into the request and decides again. An answer that
         * cannot be read is refused at once; when the request with the answers is not valid, each field named is
         * refused with its problem and its question asked again (all of them when the problem names none). Empty
         * when the answers run out; the request is then as it was.
         */
        private Optional<DecisionSet> ask(ObjectNode json, List<Question> questions) throws IOException {
            String fact = questions.get(0).fact();
            JsonNode before = Answers.get(json, fact);
            before = before == null ? null : before.deepCopy();
            List<Question> pending = questions;
            while (true) {
                for (Question q : pending) {
                    Optional<JsonNode> value = answer(q);
                    if (value.isEmpty()) {
                        Answers.restore(json, fact, before);
                        return Optional.empty();
                    }
                    Answers.set(json, q.path(), value.get());
                }
                try {
                    return Optional.of(decide(json));
                } catch (InvalidRequestException e) {
                    for (FieldError error : e.errors()) {
                        screen.println("Not accepted: " + error.path() + ": " + error.message());
                    }
                    List<Question> refused = questions.stream().filter(q -> e.errors().stream()
                            .anyMatch(error -> error.path().equals(q.path())
                                    || error.path().startsWith(q.path() + ".")
                                    || error.path().startsWith(q.path() + "["))).toList();
                    pending = refused.isEmpty() ? questions : refused;
                }
            }
        }

        /** One answer read by the question's type, asked again until it can be read; empty at the end of input. */
        private Optional<JsonNode> answer(Question q) throws IOException {
            while (true) {
                screen.println();
                screen.println(q.text());
                screen.println("  " + q.path() + ": " + hint(q));
                screen.print("> ");
                screen.flush();
                String line = answers.readLine();
                if (line == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Answers.parse(q, line.strip()));
                } catch (IllegalArgumentException e) {
                    screen.println("Not accepted: " + q.path() + ": " + e.getMessage());
                }
            }
        }

        private static String hint(Question q) {
            String unit = q.unit().map(u -> " (" + u + ")").orElse("");
            return switch (q.type()) {
                case DATE -> "a date, YYYY-MM-DD";
                case BOOLEAN -> "yes or no";
                case INTEGER -> "a whole number" + unit;
                case NUMBER -> "a number" + unit;
                case ONE_OF -> "one of " + numbered(q.allowedValues());
                case SOME_OF -> "any of " + numbered(q.allowedValues()) + ", separated by commas, or none";
                case COUNTRY -> "a country, ISO 3166-1 alpha-3 (MAR, ESP ...)";
                case LANGUAGES -> "languages, ISO 639-1 codes separated by commas (ro, en ...)";
                case MONEY -> "an amount and its currency, such as 1500 USD";
                case PERIODS -> "periods 'CTY YYYY-MM-DD YYYY-MM-DD' separated by ';', or none";
            };
        }

        private static String numbered(List<String> values) {
            List<String> out = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.add((i + 1) + " " + values.get(i));
            }
            return String.join(", ", out);
        }

        private void print(DecisionSet decisions) {
            screen.println();
            for (Decision d : decisions.decisions()) {
                screen.println(d.determination().id() + ": " + d.outcome());
                for (Criterion c : d.criteria()) {
                    screen.println("  " + c.result() + "  " + c.id() + ": " + c.message());
                }
                if (!d.missingFacts().isEmpty()) {
                    screen.println("  missing facts: " + String.join(", ", d.missingFacts()));
                }
                if (!d.notEncoded().isEmpty()) {
                    screen.println("  not encoded in the rule packs (no answer settles these): "
                            + String.join(", ", d.notEncoded()));
                }
            }
            screen.flush();
        }
    }

    /** Reads an answer by the question's type into the JSON the request takes, and writes it at its path. */
    static final class Answers {
        private Answers() {
        }

        /** The answer as JSON; an {@link IllegalArgumentException} says what is wrong with it. */
        static JsonNode parse(Question q, String text) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("no answer given");
            }
            return switch (q.type()) {
                case DATE -> NODES.textNode(date(text).toString());
                case BOOLEAN -> NODES.booleanNode(bool(text));
                case INTEGER -> NODES.numberNode(whole(text));
                case NUMBER -> NODES.numberNode(number(text));
                case ONE_OF -> NODES.textNode(choice(q.allowedValues(), text));
                case SOME_OF -> {
                    ArrayNode values = NODES.arrayNode();
                    if (!isNone(text)) {
                        for (String part : text.split(",")) {
                            String value = choice(q.allowedValues(), part.strip());
                            if (!contains(values, value)) {
                                values.add(value);
                            }
                        }
                    }
                    yield values;
                }
                case COUNTRY -> NODES.textNode(text.toUpperCase(Locale.ROOT));
                case LANGUAGES -> {
                    ArrayNode codes = NODES.arrayNode();
                    for (String part : text.split(",")) {
                        String code = part.strip().toLowerCase(Locale.ROOT);
                        if (!code.matches("[a-z]{2}")) {
                            throw new IllegalArgumentException("'" + part.strip()
                                    + "' is not an ISO 639-1 language code (two letters, such as ro)");
                        }
                        codes.add(code);
                    }
                    yield codes;
                }
                case MONEY -> {
                    String[] parts = text.split("\\s+");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("expected an amount and a currency, such as 1500 USD");
                    }
                    yield NODES.objectNode().put("amount", number(parts[0]))
                            .put("currency", parts[1].toUpperCase(Locale.ROOT));
                }
                case PERIODS -> periods(text);
            };
        }

        private static boolean contains(ArrayNode values, String value) {
            for (JsonNode v : values) {
                if (v.asText().equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isNone(String text) {
            return text.equalsIgnoreCase("none") || text.equals("-");
        }

        private static LocalDate date(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date YYYY-MM-DD");
            }
        }

        private static boolean bool(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "oui", "sí", "si" -> true;
                case "no", "n", "false", "non" -> false;
                default -> throw new IllegalArgumentException("'" + text + "' is not yes or no");
            };
        }

        private static long whole(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number");
            }
        }

        private static BigDecimal number(String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number");
            }
        }

        private static String choice(List<String> allowed, String text) {
            for (int i = 0; i < allowed.size(); i++) {
                if (allowed.get(i).equalsIgnoreCase(text) || text.equals(String.valueOf(i + 1))) {
                    return allowed.get(i);
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", allowed));
        }

        private static ArrayNode periods(String text) {
            ArrayNode periods = NODES.arrayNode();
            if (isNone(text)) {
                return periods;
            }
            for (String period : text.split(";")) {
                String[] parts = period.strip().split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("'" + period.strip()
                            + "' is not a period 'CTY YYYY-MM-DD YYYY-MM-DD'");
                }
                periods.addObject().put("country", parts[0].toUpperCase(Locale.ROOT))
                        .put("from", date(parts[1]).toString()).put("to", date(parts[2]).toString());
            }
            return periods;
        }

        /** The value at a {@code $.a.b} path, or null when there is none. */
        static JsonNode get(ObjectNode root, String path) {
            JsonNode node = root;
            for (String name : path.substring(2).split("\\.")) {
                node = node == null ? null : node.get(name);
            }
            return node;
        }

        /** Writes {@code value} at a {@code $.a.b} path, making the objects on the way. */
        static void set(ObjectNode root, String path, JsonNode value) {
            String[] names = path.substring(2).split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < names.length - 1; i++) {
                JsonNode child = node.get(names[i]);
                node = child instanceof ObjectNode o ? o : node.putObject(names[i]);
            }
            node.set(names[names.length - 1], value);
        }

        /** Puts back what was at {@code path} before an answer that was refused, or removes the answer. */
        static void restore(ObjectNode root, String path, JsonNode before) {
            if (before != null) {
                set(root, path, before);
                return;
            }
            int dot = path.lastIndexOf('.');
            JsonNode parent = dot <= 1 ? root : get(root, path.substring(0, dot));
            if (parent instanceof ObjectNode o) {
                o.remove(path.substring(dot + 1));
            }
        }
    }
}
