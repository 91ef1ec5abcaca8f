package org.m4sd.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.sdk.json.M4sdJson;

/**
 * A synthetic national registry: the people of {@link SyntheticPopulation} (the programme's eleven countries,
 * the six financed ones and the five others, their age pyramids, migratory statuses, residence, contribution
 * histories, some in two countries with an agreement and some counted in weeks, recruitment records and
 * qualifications), each with a registry-wide unique request id and
 * pseudonymous person id, and a seeded fraction of deliberately broken records, one {@link Defect} each, that
 * the SDK must reject. Deterministic: a seed, a broken fraction and an index always give the same record, in
 * whatever slice it is generated, so executors can generate slices in parallel. Nobody in it is real.
 */
public final class SyntheticRegistry {
    /** The share of broken records by default: one in two hundred. */
    public static final double DEFAULT_BROKEN_FRACTION = 0.005;

    /** What is wrong with a broken record; each is representable in the registry's typed columns. */
    public enum Defect {
        /** The birth date lies after the as-of date. */
        BIRTH_AFTER_AS_OF("$.person.birthDate"),
        /** The nationality is no ISO 3166-1 alpha-3 code. */
        UNKNOWN_NATIONALITY("$.person.nationality"),
        /** A negative number of months of residence. */
        NEGATIVE_RESIDENCE("$.person.residenceMonths"),
        /** A contribution period that ends before it starts. */
        PERIOD_REVERSED("$.person.contributionPeriods[0]"),
        /** No jurisdiction. */
        MISSING_JURISDICTION("$.jurisdiction"),
        /** A migratory status the contract does not know. */
        UNKNOWN_STATUS("$.person.migratoryStatus"),
        /** A determination no rule pack implements. */
        UNKNOWN_DETERMINATION("$.determinations[0]");

        private final String path;

        Defect(String path) {
            this.path = path;
        }

        /** The JSON path (and column path) the SDK names for it, or a prefix of it. */
        public String path() {
            return path;
        }
    }

    /**
     * One registry record.
     *
     * @param index  1-based position in the registry, its {@code recordIndex}
     * @param json   the request, in the decision contract's JSON
     * @param defect what was broken on purpose, if anything
     */
    public record Record(long index, String json, Optional<Defect> defect) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long ID_MASK = (1L << 48) - 1;

    private final long seed;
    private final double brokenFraction;
    private final SyntheticPopulation population;

    /** The registry of this seed, with this share of broken records (0 to 1). */
    public SyntheticRegistry(long seed, double brokenFraction) {
        if (!(brokenFraction >= 0 && brokenFraction <= 1)) {
            throw new IllegalArgumentException("the broken fraction lies between 0 and 1, got " + brokenFraction);
        }
        this.seed = seed;
        this.brokenFraction = brokenFraction;
        this.population = new SyntheticPopulation(seed);
    }

    /** Records {@code first} to {@code first + count - 1} (1-based), in order. */
    public Stream<Record> records(int first, int count) {
        long[] index = {first};
        return population.requests(first, count).map(M4sdJson.create()::writeRequest)
                .map(json -> record(index[0]++, json));
    }

    private Record record(long index, String json) {
        try {
            ObjectNode request = (ObjectNode) MAPPER.readTree(json);
            request.put("requestId", String.format(Locale.ROOT, "reg-%09d", index));
            // index times an odd constant is a bijection modulo 2^48: ids never collide below 2^48 records
            ((ObjectNode) request.get("person")).put("id",
                    String.format(Locale.ROOT, "p-%012x", (index * GOLDEN + seed) & ID_MASK));
            SplittableRandom r = new SplittableRandom(seed * GOLDEN + index);
            Optional<Defect> defect = Optional.empty();
            if (r.nextDouble() < brokenFraction) {
                Defect d = Defect.values()[r.nextInt(Defect.values().length)];
                breakRecord(request, d, r);
                defect = Optional.of(d);
            }
            return new Record(index, MAPPER.writeValueAsString(request), defect);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void breakRecord(ObjectNode request, Defect defect, SplittableRandom r) {
        ObjectNode person = (ObjectNode) request.get("person");
        switch (defect) {
            case BIRTH_AFTER_AS_OF -> person.put("birthDate",
                    LocalDate.parse(request.get("asOf").asText()).plusDays(1 + r.nextInt(3650)).toString());
            case UNKNOWN_NATIONALITY -> person.put("nationality", "ZZZ");
            case NEGATIVE_RESIDENCE -> person.put("residenceMonths", -1 - r.nextInt(24));
            case PERIOD_REVERSED -> {
                ArrayNode periods = person.withArray("contributionPeriods");
                ObjectNode p = periods.insertObject(0);
                LocalDate to = LocalDate.parse(request.get("asOf").asText()).minusYears(1 + r.nextInt(20));
                p.put("country", request.get("jurisdiction").asText()).put("from", to.plusMonths(6).toString())
                        .put("to", to.toString());
            }
            case MISSING_JURISDICTION -> request.remove("jurisdiction");
            case UNKNOWN_STATUS -> person.put("migratoryStatus", "TOURIST");
            case UNKNOWN_DETERMINATION -> request.putArray("determinations").add("health.dental-care");
        }
    }
}
