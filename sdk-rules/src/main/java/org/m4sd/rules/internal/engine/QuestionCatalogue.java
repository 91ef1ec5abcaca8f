package org.m4sd.rules.internal.engine;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.m4sd.sdk.decision.FactType;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.request.EarlyPensionGround;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * The question for every fact a rule can report as missing, shared by both engines as the message bundles are:
 * the answer's {@link FactType}, unit and allowed values (from the request model's enums and
 * {@code request.schema.json}) and the question's text in English, French and Spanish
 * ({@code org/m4sd/rules/messages/questions[_fr|_es].properties}, keyed by the path without its {@code $.}).
 *
 * <p>A whole object the request lacks ({@code $.recruitment}, {@code $.qualification},
 * {@code $.healthProfessional}) is asked member by member: its required members, then the members the
 * determination's rules read next and report missing when absent, so that one round of answers gives the rules
 * what they asked for. An exchange rate, {@code $.recruitment.exchangeRates.<CUR>}, is asked for the currency the
 * rule named.
 *
 * <p>Order, most decisive first: a fact that more criteria bearing on the outcome lack comes first; on a tie, a
 * fact a blocking criterion lacks comes before one only conditions lack; on a tie again, the catalogue's own order
 * below (the person's facts, then recruitment, qualification and health-professional facts), exchange rates by
 * currency code. The members of a whole object keep the catalogue's order, one after the other.
 */
public final class QuestionCatalogue {
    /** The path prefix of an exchange rate; the currency code follows it. */
    public static final String EXCHANGE_RATES = "$.recruitment.exchangeRates";

    private static final String BUNDLE = "org.m4sd.rules.messages.questions";
    private static final List<String> ISCED_LEVELS = IntStream.rangeClosed(0, 8).mapToObj(i -> "ISCED_" + i)
            .toList();

    /** Every single fact, in the catalogue's order. */
    private static final Map<String, Entry> ENTRIES = entries();

    /** The members asked for a whole object the request lacks, in order. */
    private static final Map<String, List<String>> WHOLE_OBJECTS = Map.of(
            "$.recruitment", List.of("$.recruitment.origin", "$.recruitment.destination"),
            "$.qualification", List.of("$.qualification.awardingCountry", "$.qualification.level",
                    "$.qualification.fileCompleteDate"),
            "$.healthProfessional", List.of("$.healthProfessional.profession", "$.healthProfessional.originCountry",
                    "$.healthProfessional.countryOfPractice", "$.healthProfessional.workAbroad",
                    "$.healthProfessional.highestDegreeLevel", "$.healthProfessional.languages"));

    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();
    /** By supported locale, then fact: the questions for a fact, built once (only facts the catalogue knows). */
    private final Map<Locale, Map<String, List<Question>>> asked = new ConcurrentHashMap<>();

    /** One criterion bearing on the outcome that lacks {@code fact}; {@code blocks} when its effect is BLOCKS. */
    public record Lack(String fact, boolean blocks) {
    }

    /** The answer a single path takes. */
    private record Entry(FactType type, Optional<String> unit, List<String> allowedValues) {
        static Entry of(FactType type) {
            return new Entry(type, Optional.empty(), List.of());
        }

        static Entry counted(String unit) {
            return new Entry(FactType.INTEGER, Optional.of(unit), List.of());
        }

        static Entry oneOf(List<String> values) {
            return new Entry(FactType.ONE_OF, Optional.empty(), values);
        }

        static Entry someOf(List<String> values) {
            return new Entry(FactType.SOME_OF, Optional.empty(), values);
        }
    }

    private static Map<String, Entry> entries() {
        Map<String, Entry> e = new LinkedHashMap<>();
        e.put("$.person.birthDate", Entry.of(FactType.DATE));
        e.put("$.person.sex", Entry.oneOf(names(Sex.values())));
        e.put("$.person.nationality", Entry.of(FactType.COUNTRY));
        e.put("$.person.countryOfResidence", Entry.of(FactType.COUNTRY));
        // UNKNOWN is what the request says when the status is not given: it is no answer.
        e.put("$.person.migratoryStatus", Entry.oneOf(Arrays.stream(MigratoryStatus.values())
                .filter(s -> s != MigratoryStatus.UNKNOWN).map(Enum::name).toList()));
        e.put("$.person.presentInTerritory", Entry.of(FactType.BOOLEAN));
        e.put("$.person.residenceMonths", Entry.counted("months"));
        e.put("$.person.childrenRaised", Entry.counted("children"));
        e.put("$.person.earlyPensionGrounds", Entry.someOf(names(EarlyPensionGround.values())));
        e.put("$.recruitment.origin", Entry.of(FactType.COUNTRY));
        e.put("$.recruitment.destination", Entry.of(FactType.COUNTRY));
        e.put("$.recruitment.monthlyBasicSalary", Entry.of(FactType.MONEY));
        e.put("$.recruitment.firstMonthEarnings", Entry.of(FactType.MONEY));
        e.put("$.recruitment.firstMonthEarnings.amount", Entry.of(FactType.NUMBER));
        e.put("$.qualification.awardingCountry", Entry.of(FactType.COUNTRY));
        e.put("$.qualification.level", Entry.oneOf(ISCED_LEVELS));
        e.put("$.qualification.fileCompleteDate", Entry.of(FactType.DATE));
        e.put("$.healthProfessional.profession", Entry.oneOf(names(HealthProfession.values())));
        e.put("$.healthProfessional.originCountry", Entry.of(FactType.COUNTRY));
        e.put("$.healthProfessional.countryOfPractice", Entry.of(FactType.COUNTRY));
        e.put("$.healthProfessional.workAbroad", Entry.of(FactType.PERIODS));
        e.put("$.healthProfessional.highestDegreeLevel", Entry.oneOf(ISCED_LEVELS));
        e.put("$.healthProfessional.languages", Entry.of(FactType.LANGUAGES));
        return e;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Whether the catalogue asks for {@code fact}: a single path, a whole object or an exchange rate. */
    public static boolean knows(String fact) {
        return ENTRIES.containsKey(fact) || WHOLE_OBJECTS.containsKey(fact) || currencyOf(fact).isPresent();
    }

    /** The paths the catalogue asks for a fact: the fact itself, or the members of a whole object. */
    public static List<String> pathsOf(String fact) {
        return WHOLE_OBJECTS.getOrDefault(fact, List.of(fact));
    }

    /** The bundle keys every language must hold: one per single path, and one for exchange rates. */
    public static List<String> bundleKeys() {
        List<String> keys = new ArrayList<>();
        ENTRIES.keySet().forEach(path -> keys.add(key(path)));
        keys.add(key(EXCHANGE_RATES));
        return keys;
    }

    /**
     * The questions for the facts {@code lacks} names, most decisive first (see the class comment), in the
     * supported language of {@code locale}.
     *
     * @throws IllegalStateException when a fact has no entry in the catalogue
     */
    public List<Question> questions(List<Lack> lacks, Locale locale) {
        if (lacks.size() == 1) {
            // one fact missing, the usual undetermined decision: its questions, with nothing to rank
            String fact = lacks.get(0).fact();
            if (!knows(fact)) {
                throw new IllegalStateException("no question for the missing fact " + fact);
            }
            return asked(Messages.supported(locale), fact);
        }
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (Lack lack : lacks) {
            if (!knows(lack.fact())) {
                throw new IllegalStateException("no question for the missing fact " + lack.fact());
            }
            weights.merge(lack.fact(), new Weight(1, lack.blocks()),
                    (a, b) -> new Weight(a.criteria + b.criteria, a.blocks || b.blocks));
        }
        List<Ranked> ranked = new ArrayList<>(weights.size());
        weights.forEach((fact, w) -> ranked.add(new Ranked(fact, w.criteria, w.blocks, catalogueIndex(fact))));
        ranked.sort(DECISIVE_FIRST);
        Locale supported = Messages.supported(locale);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            questions.addAll(asked(supported, ranked.get(i).fact));
        }
        return List.copyOf(questions);
    }

    /** The questions for one fact in a supported language, made once. */
    private List<Question> asked(Locale supported, String fact) {
        Map<String, List<Question>> byFact = asked.get(supported);
        if (byFact == null) {
            byFact = asked.computeIfAbsent(supported, l -> new ConcurrentHashMap<>());
        }
        List<Question> known = byFact.get(fact);
        return known != null ? known : byFact.computeIfAbsent(fact, f -> questionsFor(f, bundle(supported)));
    }

    /** The questions asked for one fact: they depend on the fact and the language only. */
    private static List<Question> questionsFor(String fact, ResourceBundle bundle) {
        List<Question> questions = new ArrayList<>();
        for (String path : pathsOf(fact)) {
            questions.add(question(fact, path, bundle));
        }
        return List.copyOf(questions);
    }

    private static Question question(String fact, String path, ResourceBundle bundle) {
        Optional<String> currency = currencyOf(path);
        if (currency.isPresent()) {
            // The rate is the value of one unit of that currency in the currency of the first month's earnings.
            return new Question(fact, path, FactType.NUMBER, Optional.empty(), List.of(),
                    text(bundle, key(EXCHANGE_RATES), currency.get()));
        }
        Entry entry = ENTRIES.get(path);
        return new Question(fact, path, entry.type(), entry.unit(), entry.allowedValues(),
                text(bundle, key(path)));
    }

    /** Where a fact stands in the catalogue: a whole object at its first member, a rate after every entry. */
    private static int catalogueIndex(String fact) {
        int index = 0;
        String first = pathsOf(fact).get(0);
        for (String path : ENTRIES.keySet()) {
            if (path.equals(first)) {
                return index;
            }
            index++;
        }
        return index;
    }

    private static Optional<String> currencyOf(String path) {
        String prefix = EXCHANGE_RATES + ".";
        if (path.startsWith(prefix) && path.substring(prefix.length()).matches("[A-Z]{3}")) {
            return Optional.of(path.substring(prefix.length()));
        }
        return Optional.empty();
    }

    private static String key(String path) {
        return path.substring(2);
    }

    private static String text(ResourceBundle bundle, String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no question text for " + key + " in " + bundle.getLocale(), e);
        }
    }

    /** The bundle of one supported language, without falling back to another. */
    public ResourceBundle bundle(Locale supported) {
        return bundles.computeIfAbsent(supported, l -> ResourceBundle.getBundle(BUNDLE, l,
                QuestionCatalogue.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private record Weight(int criteria, boolean blocks) {
    }

    /** A fact with what orders it, its place in the catalogue computed once rather than on every comparison. */
    private record Ranked(String fact, int criteria, boolean blocks, int index) {
    }

    private static final Comparator<Ranked> DECISIVE_FIRST = Comparator.comparingInt((Ranked r) -> -r.criteria)
            .thenComparing(r -> !r.blocks)
            .thenComparingInt(Ranked::index)
            .thenComparing(Ranked::fact);
}
