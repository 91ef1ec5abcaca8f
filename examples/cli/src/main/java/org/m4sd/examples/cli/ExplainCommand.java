package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.M4sdException;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code m4sd explain}: a decision as a letter to the person it is about, in plain words, as text or as one
 * self-contained HTML file, in English, French or Spanish. The input is a request (decided here), a scenario file
 * (its request), a decision, a decision set (as the HTTP service writes them) or the result lines of
 * {@code m4sd evaluate}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Writes a decision as a letter to the person it is about: the outcome in one",
                "sentence, each criterion with its legal basis, what would change a criterion",
                "not met, what is still needed, and the next steps. Plain text or one",
                "self-contained HTML file, in English, French or Spanish. The letter never",
                "holds the person's id; a letter on a status-neutral determination never",
                "names a migratory status.",
                "",
                "An input is a JSON file holding a request (decided here), a scenario file (its",
                "request), a decision, a decision set, or the result lines m4sd evaluate writes",
                "(JSONL). The letter is in the request's language unless --locale says",
                "otherwise; the reasons of a decision read from a file stay in the language it",
                "was made in."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd explain -i request.json",
                "  m4sd explain -i decision.json --locale fr --format html -o letter.html",
                "  m4sd explain -i a.json -i b.json --locale en,fr,es --format text,html --output-dir letters",
                "  m4sd explain @docs/examples/letters/letters.args   # the committed example letters",
                "",
                "Letter files in --output-dir are named <input>.<determination>.<language>.<txt|html>",
                "(<input>-<n> for the n-th document of an input holding several).",
                "",
                "Exit codes: 0 every input explained, 1 some inputs invalid, 2 usage error,",
                "3 run failed."})
final class ExplainCommand implements Callable<Integer> {
    /** An input is read whole; a request or a decision is a few kilobytes. */
    static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The two layouts of a letter. */
    enum LetterFormat {
        /** Plain text, lines of at most 78 characters. */
        TEXT("txt"),
        /** One self-contained HTML document. */
        HTML("html");

        final String extension;

        LetterFormat(String extension) {
            this.extension = extension;
        }
    }

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", defaultValue = "-",
            description = "A request, scenario, decision or decision set (JSON), results of m4sd evaluate (JSONL),"
                    + " or - for stdin (default: ${DEFAULT-VALUE}). Repeat for several.")
    List<String> inputs;

    @Option(names = {"-d", "--determination"}, paramLabel = "ID", split = ",",
            description = "Only the letters on these determinations (default: every decision of the input).")
    List<String> determinations;

    @Option(names = "--locale", paramLabel = "LANG", split = ",",
            description = "Language of the letters: en, fr or es; several give a letter in each (default: the"
                    + " request's own, else en).")
    List<String> locales;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Decide a request as of this date (YYYY-MM-DD) instead of its own asOf.")
    LocalDate asOf;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "text",
            description = "text or html; both give each letter twice (default: ${DEFAULT-VALUE}).")
    List<LetterFormat> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where the letter goes: a file, or - for stdout (default: ${DEFAULT-VALUE}). Several text"
                    + " letters are separated by a form feed; several HTML letters need --output-dir.")
    String output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write each letter to its own file in this directory, created if need be.")
    Path outputDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private EligibilityEngine engine;

    /**
     * A letter to write.
     *
     * @param fileName its file name in {@code --output-dir}
     * @param content  the letter
     */
    record Written(String fileName, String content) {
    }

    @Override
    public Integer call() throws IOException {
        List<Locale> languages = languages();
        Set<Determination> only = determinations();
        if (outputDir != null && !"-".equals(output)) {
            throw new UsageError("give either --output or --output-dir, not both");
        }
        M4sdJson json = M4sdJson.create();
        List<Written> letters = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        boolean invalid = false;
        try {
            for (String input : inputs) {
                try {
                    letters.addAll(explain(input, json, languages, only));
                } catch (M4sdException e) {
                    err.println("m4sd explain: " + input + ": " + e.getMessage());
                    invalid = true;
                }
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
        write(letters);
        err.flush();
        return invalid ? M4sdCli.INVALID_RECORDS : M4sdCli.OK;
    }

    private List<Locale> languages() {
        if (locales == null) {
            return List.of();
        }
        List<Locale> languages = new ArrayList<>();
        for (String tag : locales) {
            languages.add(Locale.forLanguageTag(Locales.parse(spec.commandLine(), tag).getLanguage()));
        }
        return languages;
    }

    private Set<Determination> determinations() {
        Set<Determination> only = new LinkedHashSet<>();
        if (determinations != null) {
            for (String id : determinations) {
                only.add(Determination.byId(id).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "--determination: unknown determination '" + id + "'")));
            }
        }
        return only;
    }

    /**
     * The letters of one input, in the order: documents, decisions, languages, formats. An input of several JSON
     * documents (the JSONL {@code m4sd evaluate} writes) names its letters by the document's place, 1-based.
     */
    private List<Written> explain(String input, M4sdJson json, List<Locale> languages, Set<Determination> only) {
        String text = read(input);
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNextValue()) {
                documents.add(values.nextValue());
            }
        } catch (IOException e) {
            throw new M4sdException("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (documents.isEmpty()) {
            throw new M4sdException("no JSON document in it");
        }
        String base = baseName(input);
        List<Written> letters = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            // one document is read from its own text, so the strict reader sees exactly what the file holds
            String document = documents.size() == 1 ? text : documents.get(i).toString();
            letters.addAll(explainDocument(documents.get(i), document, documents.size() == 1 ? base
                    : base + "-" + (i + 1), json, languages, only));
        }
        return letters;
    }

    private List<Written> explainDocument(JsonNode node, String text, String base, M4sdJson json,
            List<Locale> languages, Set<Determination> only) {
        if (!node.isObject()) {
            throw new M4sdException("expected a JSON object: a request, a scenario, a decision, a decision set or a"
                    + " result line of m4sd evaluate");
        }
        if (node.has("errors") && !node.has("decisions")) {
            throw new M4sdException("the record of " + base + " was not decided: " + node.get("errors"));
        }
        List<Written> letters = new ArrayList<>();
        if (node.has("outcome") || node.has("decisions")) {
            if (asOf != null) {
                throw new UsageError("--as-of decides a request again; " + base + " holds decisions already made");
            }
            List<Decision> decisions;
            if (node.has("outcome")) {
                decisions = List.of(json.readDecision(text));
            } else {
                // a result line of m4sd evaluate is a decision set with its line number
                ObjectNode set = ((ObjectNode) node).deepCopy();
                set.remove("line");
                decisions = json.readDecisionSet(node.has("line") ? set.toString() : text).decisions();
            }
            for (Decision decision : selected(decisions, only)) {
                for (Locale language : languages.isEmpty() ? List.of(Locale.ENGLISH) : languages) {
                    letters.addAll(render(base, decision, language));
                }
            }
            return letters;
        }
        JsonNode scenarioRequest = node.get("request");
        EligibilityRequest request = json.readRequest(scenarioRequest != null && scenarioRequest.isObject()
                ? scenarioRequest.toString() : text);
        if (asOf != null) {
            request = request.toBuilder().asOf(asOf).build();
        }
        List<Locale> decideIn = languages.isEmpty()
                ? List.of(Locale.forLanguageTag(request.locale().orElse(Locale.ENGLISH).getLanguage()))
                : languages;
        for (Locale language : decideIn) {
            // decided in the letter's language, so the rules' reasons are in it too
            List<Decision> decisions = engine().evaluate(request.toBuilder().locale(language).build()).decisions();
            for (Decision decision : selected(decisions, only)) {
                letters.addAll(render(base, decision, language));
            }
        }
        return letters;
    }

    private static List<Decision> selected(List<Decision> decisions, Set<Determination> only) {
        return decisions.stream().filter(d -> only.isEmpty() || only.contains(d.determination())).toList();
    }

    private List<Written> render(String base, Decision decision, Locale language) {
        Letter letter = Letter.of(decision, language);
        List<Written> out = new ArrayList<>();
        for (LetterFormat format : formats) {
            String name = base + "." + decision.determination().id() + "." + letter.language() + "."
                    + format.extension;
            out.add(new Written(name, format == LetterFormat.HTML ? LetterHtml.render(letter)
                    : LetterText.render(letter)));
        }
        return out;
    }

    private EligibilityEngine engine() {
        if (engine == null) {
            engine = EligibilityEngine.create(EngineOptions.defaults());
        }
        return engine;
    }

    private static String read(String input) {
        try (InputStream in = "-".equals(input) ? System.in : open(Path.of(input))) {
            byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new UsageError(input + " is larger than " + MAX_INPUT_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path path) throws IOException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageError("cannot read input file " + path + ": it does not exist or is not a readable file");
        }
        return Files.newInputStream(path);
    }

    /** The input's file name without {@code .json} or {@code .jsonl}: the first part of its letters' names. */
    private static String baseName(String input) {
        if ("-".equals(input)) {
            return "stdin";
        }
        return Path.of(input).getFileName().toString().replaceFirst("\\.jsonl?$", "");
    }

    private void write(List<Written> letters) throws IOException {
        if (outputDir != null) {
            Files.createDirectories(outputDir);
            for (Written letter : letters) {
                Files.writeString(outputDir.resolve(letter.fileName()), letter.content(), StandardCharsets.UTF_8);
            }
            return;
        }
        if (letters.size() > 1 && formats.contains(LetterFormat.HTML)) {
            throw new UsageError(letters.size() + " letters, and an HTML file holds one: give --output-dir, or"
                    + " --determination and a single --locale");
        }
        try (Writer out = Output.open("-".equals(output) ? null : Path.of(output))) {
            for (int i = 0; i < letters.size(); i++) {
                if (i > 0) {
                    out.write("\f\n");
                }
                out.write(letters.get(i).content());
            }
        }
    }
}
