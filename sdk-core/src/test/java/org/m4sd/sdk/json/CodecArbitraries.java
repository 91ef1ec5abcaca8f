package org.m4sd.sdk.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.FactType;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.GapKind;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;
import org.m4sd.sdk.internal.CountryCodes;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.DocumentCode;
import org.m4sd.sdk.request.EarlyPensionGround;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.Sex;

/**
 * Shared generators of valid requests and decisions for the codec's properties. Values cover what the contract
 * allows (every enum, optional facts present or absent, amounts of several scales, text with escapes and
 * non-ASCII characters), within the default limits.
 */
final class CodecArbitraries {
    private static final List<String> COUNTRIES = List.copyOf(CountryCodes.all().keySet());
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "NPR", "QAR", "PHP", "BDT", "SAR", "AED",
            "MYR", "JPY", "GBP", "XOF", "KWD");

    private CodecArbitraries() {
    }

    static Arbitrary<String> country() {
        return Arbitraries.of(COUNTRIES);
    }

    static Arbitrary<String> currency() {
        return Arbitraries.of(CURRENCIES);
    }

    /** Short text, sometimes with quotes, backslashes, control characters, non-ASCII and astral characters. */
    static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.').ofMinLength(1)
                .ofMaxLength(20);
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars('"', '\\', '\n', '\t', '\u0001', '/', 'é', 'ñ', '中', '\u2028')
                .withCharRange('a', 'c').ofMinLength(1).ofMaxLength(12)
                .map(s -> s + "\uD83D\uDE00");
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, tricky));
    }

    static Arbitrary<String> nonBlankText() {
        return text().filter(s -> !s.isBlank());
    }

    static Arbitrary<LocalDate> date(int fromYear, int toYear) {
        long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long to = LocalDate.of(toYear, 12, 31).toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
    }

    /** Non-negative amounts of scale 0 to 4 (a scale the contract keeps through a round trip). */
    static Arbitrary<BigDecimal> amount() {
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    static Arbitrary<BigDecimal> positiveRate() {
        return amount().filter(d -> d.signum() > 0);
    }

    static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> a) {
        return a.optional(0.6);
    }

    static Arbitrary<OptionalInt> optionalCount() {
        return Arbitraries.integers().between(0, 1200).optional(0.6)
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    static Arbitrary<ContributionPeriod> period() {
        return Combinators.combine(country(), date(1950, 2030), Arbitraries.integers().between(0, 6000))
                .as((c, from, days) -> new ContributionPeriod(c, from, from.plusDays(days)));
    }

    // Generators combine flat tuples rather than flat-mapping: a flatMap builds new generators for every value
    // drawn, which made drawing a request an order of magnitude slower.

    static Arbitrary<Person> person() {
        Arbitrary<Optional<LocalDate>> birth = optional(date(1911, 1999));
        return Combinators.combine(
                        Combinators.combine(nonBlankText(), birth, optional(Arbitraries.of(Sex.class)),
                                optional(country()), Arbitraries.of(MigratoryStatus.class),
                                optional(Arbitraries.of(true, false)), optionalCount(), optional(country()))
                                .as(Tuple::of),
                        period().list().ofMaxSize(4),
                        Arbitraries.of(DocumentCode.class).map(DocumentCode::name).list().ofMaxSize(3),
                        optionalCount(),
                        optional(Arbitraries.of(EarlyPensionGround.class).set().map(List::copyOf)))
                .as((t, periods, docs, children, grounds) -> new Person(t.get1(), t.get2(), t.get3(), t.get4(),
                        t.get5(), t.get6(), t.get7(), t.get8(), periods, docs, children, grounds));
    }

    static Arbitrary<Money> money() {
        return Combinators.combine(amount(), currency()).as(Money::new);
    }

    static Arbitrary<Recruitment> recruitment() {
        Arbitrary<CostItem> cost = Combinators.combine(Arbitraries.of(CostType.class), amount(), currency())
                .as(CostItem::new);
        Arbitrary<Map<String, BigDecimal>> rates = Arbitraries.maps(currency(), positiveRate()).ofMaxSize(3);
        return Combinators.combine(
                        Combinators.combine(country(), country(), optional(text()), Arbitraries.of(true, false),
                                Arbitraries.of(true, false), Arbitraries.of(true, false), optional(date(2000, 2030)),
                                cost.list().ofMaxSize(4)).as(Tuple::of),
                        optional(money()), optional(money()), rates)
                .as((t, earn, salary, r) -> new Recruitment(t.get1(), t.get2(), t.get3(), t.get4(), t.get5(),
                        t.get6(), t.get7(), t.get8(), earn, salary, r));
    }

    static Arbitrary<Qualification> qualification() {
        // differences are drawn from a small vocabulary; a boolean mask picks those covered or non-compensable
        Arbitrary<List<String>> differences = Arbitraries.of("LEVEL", "WORKLOAD", "LEARNING_OUTCOMES",
                "CLINICAL_PRACTICE_HOURS", "LANGUAGE", "X_1").list().uniqueElements().ofMaxSize(4);
        Arbitrary<List<Boolean>> mask = Arbitraries.of(true, false).list().ofSize(4);
        return Combinators.combine(
                        Combinators.combine(country(), Arbitraries.integers().between(0, 8).map(i -> "ISCED_" + i),
                                optional(text()), Arbitraries.of(true, false), Arbitraries.of(true, false),
                                differences, optionalCount(), Arbitraries.of(true, false)).as(Tuple::of),
                        mask, mask, optional(date(2000, 2030)), optional(date(2000, 2030)),
                        optional(Arbitraries.of(CompensationMeasure.class)))
                .as((t, covered, nonComp, file, decided, comp) -> new Qualification(t.get1(), t.get2(), t.get3(),
                        t.get4(), t.get5(), t.get6(), masked(t.get6(), covered), masked(t.get6(), nonComp), t.get7(),
                        t.get8(), file, decided, comp));
    }

    private static List<String> masked(List<String> all, List<Boolean> mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (mask.get(i)) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    static Arbitrary<HealthProfessional> healthProfessional() {
        return Combinators.combine(Arbitraries.of(HealthProfession.class), optional(Arbitraries.of(true, false)),
                        optional(Arbitraries.of(true, false)), country(), country(),
                        optional(Arbitraries.of(ReturnType.class)), optional(Arbitraries.of(true, false)))
                .as(HealthProfessional::new);
    }

    static Arbitrary<Locale> locale() {
        return Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("es-EC"), Locale.forLanguageTag("fr-SN"));
    }

    static Arbitrary<List<Determination>> determinations() {
        return Arbitraries.of(Determination.class).list().uniqueElements().ofMaxSize(4);
    }

    static Arbitrary<EligibilityRequest> requests() {
        return Combinators.combine(
                        Combinators.combine(nonBlankText(), date(2000, 2030), country(), optional(locale()),
                                determinations(), person(), optional(recruitment()), optional(qualification()))
                                .as(Tuple::of),
                        optional(healthProfessional()))
                .as((t, hp) -> new EligibilityRequest(t.get1(), t.get2(), t.get3(), t.get4(), t.get5(),
                        consistent(t.get6(), t.get2()), t.get7(), t.get8().map(q -> consistent(q, t.get2(), t.get6())), hp));
    }

    /**
     * The person with what contradicts {@code asOf} left out or shortened (docs/DECISION-CONTRACT.md, "Limits and
     * consistency"): residence at most the life so far, no period starting before birth or after {@code asOf}.
     */
    private static Person consistent(Person p, LocalDate asOf) {
        long life = p.birthDate().map(b -> java.time.temporal.ChronoUnit.MONTHS.between(b, asOf)).orElse(1440L);
        Person.Builder b = p.toBuilder();
        p.residenceMonths().ifPresent(m -> b.residenceMonths((int) Math.min(m, life)));
        b.contributionPeriods(p.contributionPeriods().stream()
                .filter(c -> !c.from().isAfter(asOf) && p.birthDate().map(d -> !c.from().isBefore(d)).orElse(true))
                .toList());
        return b.build();
    }

    /**
     * The qualification without a file date after {@code asOf} or a decision date before the file or after it,
     * and with no more work experience than the person's life so far.
     */
    private static Qualification consistent(Qualification q, LocalDate asOf, Person p) {
        long life = p.birthDate().map(b -> java.time.temporal.ChronoUnit.MONTHS.between(b, asOf)).orElse(1440L);
        OptionalInt experience = q.workExperienceMonths().isPresent()
                ? OptionalInt.of((int) Math.min(q.workExperienceMonths().getAsInt(), life)) : OptionalInt.empty();
        Optional<LocalDate> file = q.fileCompleteDate().filter(f -> !f.isAfter(asOf));
        Optional<LocalDate> decided = q.decisionDate()
                .filter(d -> !d.isAfter(asOf) && file.map(f -> !d.isBefore(f)).orElse(true));
        return new Qualification(q.awardingCountry(), q.level(), q.field(), q.regulatedProfession(),
                q.professionRequiresNationalLaw(), q.substantialDifferences(), q.differencesCoveredByExperience(),
                q.nonCompensableDifferences(), experience, q.documentsAvailable(), file, decided,
                q.preferredCompensation());
    }

    static Arbitrary<LegalBasis> legalBasis() {
        return Combinators.combine(nonBlankText(), text(), optional(text()), Arbitraries.of(VerificationStatus.class))
                .as(LegalBasis::new);
    }

    static Arbitrary<Criterion> criterion() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-').ofMinLength(1)
                .ofMaxLength(20).filter(s -> !s.isBlank());
        return Combinators.combine(id, id, Arbitraries.of(CriterionResult.class), id.map(String::toUpperCase), text(),
                        legalBasis().list().ofMaxSize(3), gap().optional())
                .as((i, rule, result, code, message, bases, gap) -> new Criterion(i, rule, result, code, message,
                        bases, result == CriterionResult.NOT_MET ? gap : Optional.empty()));
    }

    static Arbitrary<Gap> gap() {
        Arbitrary<String> path = Arbitraries.of("$.person.contributionPeriods", "$.asOf", "$.recruitment",
                "$.person.nationality", "$.qualification.preferredCompensation");
        Arbitrary<BigDecimal> amount = Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        Arbitrary<Route> route = Combinators.combine(Arbitraries.of(RouteKind.class), nonBlankText()).as(Route::new);
        return Combinators.combine(path, Arbitraries.of(GapKind.class), amount, nonBlankText(), date(2000, 2080),
                        nonBlankText().list().ofMinSize(1).ofMaxSize(3), route.list().ofMaxSize(2))
                .as((fact, kind, a, unit, date, values, routes) -> new Gap(fact, kind,
                        Optional.of(a).filter(x -> kind == GapKind.INCREASE || kind == GapKind.DECREASE),
                        Optional.of(unit).filter(x -> kind == GapKind.INCREASE || kind == GapKind.DECREASE),
                        Optional.of(date).filter(x -> kind == GapKind.REACH_DATE),
                        kind == GapKind.CHANGE ? values : List.of(), routes));
    }

    /** One question for each missing fact that is a JSON path, of an arbitrary type. */
    static Arbitrary<List<Question>> questionsFor(List<String> missingFacts) {
        List<String> paths = missingFacts.stream().filter(f -> f.startsWith("$.")).distinct().toList();
        return Combinators.combine(Arbitraries.of(FactType.class).list().ofSize(paths.size()),
                        nonBlankText().list().ofSize(paths.size()), Arbitraries.of(true, false))
                .as((types, texts, ask) -> {
                    if (!ask) {
                        return List.of();
                    }
                    List<Question> out = new java.util.ArrayList<>();
                    for (int i = 0; i < paths.size(); i++) {
                        FactType type = types.get(i);
                        boolean closed = type == FactType.ONE_OF || type == FactType.SOME_OF;
                        out.add(new Question(paths.get(i), paths.get(i), type,
                                type == FactType.NUMBER ? Optional.of("EUR") : Optional.empty(),
                                closed ? List.of("YES", "NO") : List.of(), texts.get(i)));
                    }
                    return out;
                });
    }

    static Arbitrary<String> sha256() {
        return Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(64);
    }

    static Arbitrary<Object> value() {
        return Arbitraries.oneOf(text().map(s -> (Object) s), Arbitraries.of(true, false).map(b -> (Object) b),
                Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                        Arbitraries.integers().between(0, 6)).as((u, s) -> (Object) BigDecimal.valueOf(u, s)));
    }

    static Arbitrary<Decision> decisions() {
        // A shipped pack (no key id), an unsigned bundle accepted explicitly, or a bundle signed by a key.
        Arbitrary<Optional<String>> signingKeyId = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                Arbitraries.just(Optional.of(RulePackRef.UNSIGNED)),
                Arbitraries.strings().withChars("0123456789abcdef".toCharArray()).ofLength(16).map(Optional::of));
        Arbitrary<RulePackRef> pack = Combinators.combine(nonBlankText(), nonBlankText(), sha256(), signingKeyId)
                .as(RulePackRef::new);
        return Combinators.combine(
                        Combinators.combine(nonBlankText(), Arbitraries.of(Determination.class),
                                criterion().list().ofMaxSize(3), text().list().ofMaxSize(3),
                                Arbitraries.maps(nonBlankText(), value()).ofMaxSize(4), pack, date(2000, 2030),
                                sha256()).as(Tuple::of),
                        Arbitraries.integers().between(0, 3), nonBlankText().list().ofMaxSize(2))
                .as((t, pick, notEncoded) -> {
                    List<Outcome> allowed = Arrays.stream(Outcome.values()).filter(o -> o.appliesTo(t.get2().kind()))
                            .toList();
                    Outcome o = allowed.get(pick % allowed.size());
                    List<String> open = o == Outcome.UNDETERMINED ? notEncoded : List.of();
                    List<String> missing = o == Outcome.UNDETERMINED && t.get4().isEmpty() && open.isEmpty()
                            ? List.of("$.person.birthDate") : t.get4();
                    return new Decision(t.get1(), t.get2(), o, t.get3(), missing, open, t.get5(), t.get6(),
                            t.get7(), t.get8());
                })
                .flatMap(d -> questionsFor(d.outcome() == Outcome.UNDETERMINED ? d.missingFacts() : List.of())
                        .map(q -> new Decision(d.requestId(), d.determination(), d.outcome(), d.criteria(),
                                d.missingFacts(), d.notEncoded(), q, d.values(), d.rulePack(), d.asOf(),
                                d.inputSha256())));
    }

    static Arbitrary<DecisionSet> decisionSets() {
        return Combinators.combine(nonBlankText(), decisions().list().ofMaxSize(4))
                .as((id, ds) -> new DecisionSet(id, ds.stream().map(d -> forRequest(d, id)).toList()));
    }

    static Decision forRequest(Decision d, String requestId) {
        return new Decision(requestId, d.determination(), d.outcome(), d.criteria(), d.missingFacts(),
                d.notEncoded(), d.questions(), d.values(), d.rulePack(), d.asOf(), d.inputSha256());
    }
}
