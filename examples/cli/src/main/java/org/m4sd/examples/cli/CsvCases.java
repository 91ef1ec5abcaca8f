package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * Requests as CSV: one row per request, flat person facts, a header row naming the columns.
 *
 * <p>A column is named by the JSON path of the request property it fills ({@code person.birthDate},
 * {@code recruitment.origin} ...); columns may come in any order and any may be left out, and an empty cell
 * means the fact is absent. Cells are plain values, except:
 * <ul>
 *   <li>lists ({@code determinations}, {@code person.documentsHeld}, {@code qualification.substantialDifferences}
 *       ...): items separated by {@code ;}</li>
 *   <li>{@code person.contributionPeriods}: {@code COUNTRY FROM TO}, followed by {@code UNITS UNIT} where the
 *       scheme recorded them, separated by {@code ;}, for example
 *       {@code VEN 1985-03-01 2000-12-31; JAM 2001-01-01 2015-12-31 700 WEEKS}</li>
 *   <li>{@code recruitment.costsPaidByWorker}: {@code ITEM AMOUNT CURRENCY} separated by {@code ;}, for example
 *       {@code SERVICE_CHARGE 10000 NPR; AIR_TICKET 65000 NPR}</li>
 *   <li>{@code recruitment.firstMonthEarnings}, {@code recruitment.monthlyBasicSalary}: {@code AMOUNT CURRENCY}</li>
 *   <li>{@code recruitment.exchangeRates}: {@code CURRENCY=RATE} separated by {@code ;}</li>
 * </ul>
 * Each row becomes the JSON request the SDK's strict reader checks, so a CSV row is rejected for exactly the
 * reasons a JSON request would be, with the same paths. An unknown column is a usage error.
 */
final class CsvCases {
    /** How a cell is turned into JSON. */
    enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN, LIST, PERIODS, COSTS, MONEY, RATES }

    /** One column: its name (a JSON path below the request) and how its cells read. */
    record Column(String name, Kind kind) {
        String[] path() {
            return name.split("\\.");
        }
    }

    static final List<Column> COLUMNS = List.of(
            col("requestId", Kind.TEXT), col("asOf", Kind.TEXT), col("jurisdiction", Kind.TEXT),
            col("locale", Kind.TEXT), col("determinations", Kind.LIST),
            col("person.id", Kind.TEXT), col("person.birthDate", Kind.TEXT), col("person.sex", Kind.TEXT),
            col("person.nationality", Kind.TEXT), col("person.migratoryStatus", Kind.TEXT),
            col("person.presentInTerritory", Kind.BOOLEAN), col("person.residenceMonths", Kind.INTEGER),
            col("person.countryOfResidence", Kind.TEXT), col("person.contributionPeriods", Kind.PERIODS),
            col("person.documentsHeld", Kind.LIST),
            col("recruitment.origin", Kind.TEXT), col("recruitment.destination", Kind.TEXT),
            col("recruitment.occupation", Kind.TEXT), col("recruitment.householdService", Kind.BOOLEAN),
            col("recruitment.governmentToGovernment", Kind.BOOLEAN),
            col("recruitment.employerDeclinedToPay", Kind.BOOLEAN), col("recruitment.firstJobStart", Kind.TEXT),
            col("recruitment.costsPaidByWorker", Kind.COSTS), col("recruitment.firstMonthEarnings", Kind.MONEY),
            col("recruitment.monthlyBasicSalary", Kind.MONEY), col("recruitment.exchangeRates", Kind.RATES),
            col("qualification.awardingCountry", Kind.TEXT), col("qualification.level", Kind.TEXT),
            col("qualification.field", Kind.TEXT), col("qualification.regulatedProfession", Kind.BOOLEAN),
            col("qualification.professionRequiresNationalLaw", Kind.BOOLEAN),
            col("qualification.substantialDifferences", Kind.LIST),
            col("qualification.differencesCoveredByExperience", Kind.LIST),
            col("qualification.nonCompensableDifferences", Kind.LIST),
            col("qualification.workExperienceMonths", Kind.INTEGER),
            col("qualification.documentsAvailable", Kind.BOOLEAN), col("qualification.fileCompleteDate", Kind.TEXT),
            col("qualification.decisionDate", Kind.TEXT), col("qualification.preferredCompensation", Kind.TEXT),
            col("healthProfessional.profession", Kind.TEXT), col("healthProfessional.qualified", Kind.BOOLEAN),
            col("healthProfessional.licensed", Kind.BOOLEAN), col("healthProfessional.originCountry", Kind.TEXT),
            col("healthProfessional.countryOfPractice", Kind.TEXT), col("healthProfessional.returnType", Kind.TEXT),
            col("healthProfessional.healthPostOffered", Kind.BOOLEAN));

    private static final Map<String, Column> BY_NAME = COLUMNS.stream()
            .collect(Collectors.toMap(Column::name, c -> c, (a, b) -> a, LinkedHashMap::new));
    private static final Pattern SEP = Pattern.compile("\\s*;\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    private CsvCases() {
    }

    private static Column col(String name, Kind kind) {
        return new Column(name, kind);
    }

    /** Reads requests from CSV under the limits of {@code json}; every record yields one entry, in order. */
    static Reader reader(InputStream in, M4sdJson json) {
        return new Reader(in, json);
    }

    /** The request JSON a row stands for, and the cells that could not be read. */
    record Converted(ObjectNode request, List<FieldError> errors) {
    }

    /** Turns one row (column name to cell) into a request document. */
    static Converted toRequest(Map<String, String> row) {
        ObjectNode root = NODES.objectNode();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            Column column = BY_NAME.get(cell.getKey());
            String text = cell.getValue() == null ? "" : cell.getValue().trim();
            if (column == null || text.isEmpty()) {
                continue;
            }
            try {
                put(root, column.path(), value(column.kind(), text));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("$." + column.name(), e.getMessage()));
            }
        }
        return new Converted(root, errors);
    }

    private static void put(ObjectNode root, String[] path, JsonNode value) {
        ObjectNode node = root;
        for (int i = 0; i < path.length - 1; i++) {
            node = node.has(path[i]) ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
        }
        node.set(path[path.length - 1], value);
    }

    private static JsonNode value(Kind kind, String text) {
        return switch (kind) {
            case TEXT -> NODES.textNode(text);
            case INTEGER -> text.matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(text)) : NODES.textNode(text);
            case NUMBER -> number(text);
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> NODES.booleanNode(true);
                case "false" -> NODES.booleanNode(false);
                default -> throw new IllegalArgumentException("must be true or false, got \"" + text + "\"");
            };
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                for (String item : SEP.split(text)) {
                    if (!item.isEmpty()) {
                        list.add(item);
                    }
                }
                yield list;
            }
            case PERIODS -> {
                ArrayNode list = NODES.arrayNode();
                for (String item : items(text, Set.of(3, 5), "COUNTRY FROM TO or COUNTRY FROM TO UNITS UNIT, for "
                        + "example \"ECU 2001-01-01 2015-12-31\" or \"JAM 2001-01-01 2015-12-31 700 WEEKS\"")) {
                    String[] p = SPACES.split(item);
                    ObjectNode period = list.addObject().put("country", p[0]).put("from", p[1]).put("to", p[2]);
                    if (p.length == 5) {
                        // a whole number stays one, so that the reader's own check names anything else
                        period.set("units", p[3].matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(p[3]))
                                : NODES.textNode(p[3]));
                        period.put("unit", p[4]);
                    }
                }
                yield list;
            }
            case COSTS -> {
                ArrayNode list = NODES.arrayNode();
                for (String item : items(text, 3, "ITEM AMOUNT CURRENCY, for example \"SERVICE_CHARGE 10000 NPR\"")) {
                    String[] p = SPACES.split(item);
                    list.addObject().put("item", p[0]).set("amount", number(p[1]));
                    ((ObjectNode) list.get(list.size() - 1)).put("currency", p[2]);
                }
                yield list;
            }
            case MONEY -> {
                List<String> one = items(text, 2, "AMOUNT CURRENCY, for example \"1300 QAR\"");
                if (one.size() != 1) {
                    throw new IllegalArgumentException("write one amount as AMOUNT CURRENCY, for example \"1300 QAR\"");
                }
                String[] p = SPACES.split(one.get(0));
                ObjectNode money = NODES.objectNode();
                money.set("amount", number(p[0]));
                yield money.put("currency", p[1]);
            }
            case RATES -> {
                ObjectNode rates = NODES.objectNode();
                for (String item : SEP.split(text)) {
                    String[] p = item.split("\\s*=\\s*");
                    if (p.length != 2) {
                        throw new IllegalArgumentException(
                                "write rates as CURRENCY=RATE separated by \";\", for example \"NPR=0.0274\"");
                    }
                    rates.set(p[0], number(p[1]));
                }
                yield rates;
            }
        };
    }

    private static List<String> items(String text, int fields, String shape) {
        return items(text, Set.of(fields), shape);
    }

    /** The entries of a compound cell, each of one of the numbers of space-separated fields allowed. */
    private static List<String> items(String text, Set<Integer> fields, String shape) {
        List<String> out = new ArrayList<>();
        for (String item : SEP.split(text)) {
            if (item.isEmpty()) {
                continue;
            }
            if (!fields.contains(SPACES.split(item).length)) {
                throw new IllegalArgumentException("write each entry as " + shape + ", separated by \";\"; got \""
                        + item + "\"");
            }
            out.add(item);
        }
        return out;
    }

    private static JsonNode number(String text) {
        try {
            return NODES.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number, got \"" + text + "\"");
        }
    }

    /** The row a request document stands for: the inverse of {@link #toRequest(Map)}. */
    static Map<String, String> toRow(JsonNode request) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Column column : COLUMNS) {
            JsonNode node = request;
            for (String segment : column.path()) {
                node = node == null ? null : node.get(segment);
            }
            row.put(column.name(), node == null || node.isNull() ? "" : cell(column.kind(), node));
        }
        return row;
    }

    private static String cell(Kind kind, JsonNode node) {
        return switch (kind) {
            case TEXT, INTEGER, NUMBER, BOOLEAN -> node.asText();
            case LIST -> join(node, JsonNode::asText);
            case PERIODS -> join(node, p -> p.path("country").asText() + " " + p.path("from").asText() + " "
                    + p.path("to").asText() + (p.has("units") ? " " + p.path("units").asText() + " "
                    + p.path("unit").asText() : ""));
            case COSTS -> join(node, c -> c.path("item").asText() + " " + plain(c.path("amount")) + " "
                    + c.path("currency").asText());
            case MONEY -> plain(node.path("amount")) + " " + node.path("currency").asText();
            case RATES -> {
                List<String> parts = new ArrayList<>();
                node.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + plain(e.getValue())));
                yield String.join("; ", parts);
            }
        };
    }

    private static String plain(JsonNode number) {
        return number.decimalValue().toPlainString();
    }

    private static String join(JsonNode array, java.util.function.Function<JsonNode, String> f) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(f.apply(n)));
        return String.join("; ", parts);
    }

    /** Writes request documents as CSV rows with every column, in {@link #COLUMNS} order. */
    static void writeRequests(Iterable<String> requestJson, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(c -> schema.addColumn(c.name()));
        try (var writer = new CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writerFor(Map.class).with(schema.build()).writeValues(out)) {
            for (String json : requestJson) {
                writer.write(toRow(JSON.readTree(json)));
            }
        }
    }

    /** Reads CSV records as batch entries: a request, or the errors that stopped it being read. */
    static final class Reader implements Iterator<JsonlReader.Entry>, java.io.Closeable {
        private final MappingIterator<Map<String, String>> rows;
        private final M4sdJson json;
        private long line;
        private JsonlReader.Entry next;
        private boolean headerChecked;

        Reader(InputStream in, M4sdJson json) {
            this.json = json;
            try {
                CsvMapper mapper = new CsvMapper();
                this.rows = mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void checkHeader() {
            if (headerChecked) {
                return;
            }
            headerChecked = true;
            if (!(rows.getParser().getSchema() instanceof CsvSchema schema)) {
                return;
            }
            if (schema.size() == 1) {
                String only = schema.column(0).getName();
                for (String delimiter : List.of(";", "\t")) {
                    if (only.contains(delimiter)) {
                        throw new UsageError("the CSV header is separated by " + (delimiter.equals(";")
                                ? "semicolons (;)" : "tabs") + ", not commas: m4sd reads comma-separated files (a "
                                + "spreadsheet saves one with \"CSV UTF-8 (comma delimited)\"; ';' separates the "
                                + "items of a list inside a field)");
                    }
                }
            }
            List<String> unknown = new ArrayList<>();
            for (CsvSchema.Column c : schema) {
                if (!BY_NAME.containsKey(c.getName())) {
                    unknown.add(c.getName());
                }
            }
            if (!unknown.isEmpty()) {
                throw new UsageError("unknown CSV column(s) " + unknown + "; the columns are: "
                        + String.join(", ", BY_NAME.keySet()));
            }
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            try {
                if (!rows.hasNextValue()) {
                    checkHeader();
                    return false;
                }
                Map<String, String> row;
                try {
                    row = rows.nextValue();
                } catch (IOException | RuntimeException e) {
                    checkHeader();
                    line++;
                    next = rejected(line, Optional.empty(), "the CSV record cannot be read: "
                            + e.getMessage().lines().findFirst().orElse(""));
                    return true;
                }
                checkHeader();
                if (blank(row) && !rows.hasNextValue()) {
                    // the extra line break an editor leaves at the end of a file is not a record
                    return false;
                }
                line++;
                next = entry(line, row);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean blank(Map<String, String> row) {
            return row.values().stream().allMatch(v -> v == null || v.isBlank());
        }

        private JsonlReader.Entry entry(long n, Map<String, String> row) {
            Optional<String> requestId = Optional.ofNullable(row.get("requestId")).map(String::trim)
                    .filter(s -> !s.isEmpty());
            Converted converted = toRequest(row);
            List<FieldError> errors = new ArrayList<>(converted.errors());
            try {
                var request = json.readRequest(converted.request().toString());
                if (errors.isEmpty()) {
                    return new JsonlReader.Entry.Parsed(n, request);
                }
            } catch (InvalidRequestException e) {
                errors.addAll(e.errors());
            }
            return new JsonlReader.Entry.Rejected(new RecordResult.Rejected(n, requestId, errors));
        }

        private static JsonlReader.Entry rejected(long n, Optional<String> requestId, String message) {
            return new JsonlReader.Entry.Rejected(
                    new RecordResult.Rejected(n, requestId, List.of(FieldError.of("$", message))));
        }

        @Override
        public JsonlReader.Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonlReader.Entry e = next;
            next = null;
            return e;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
