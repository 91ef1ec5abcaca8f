package org.m4sd.rules.internal.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Baseline;
import org.m4sd.sdk.framework.CorridorCost;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.framework.ReportAssembly;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg1072Band;
import org.m4sd.sdk.framework.Sdg1072Result;
import org.m4sd.sdk.framework.Sdg10c1Result;
import org.m4sd.sdk.framework.Target;

/**
 * The Drools-backed {@link ResultsReporter}: the rules of DRL package {@code org.m4sd.rules.framework}
 * ({@code framework.drl}) check and route every observation and event to the cells it counts in (section input),
 * then compute progress (section progress) and the SDG 10.7.1, 10.7.2 and 10.c.1 results (section sdg), comparing
 * measured values with the thresholds and band limits of {@link FrameworkParameters} (the progress thresholds
 * replaced by the framework's own where it declares them, {@link Framework#progressThresholds()}). Records are
 * inserted in chunks and deleted by the rules as they are counted, so memory stays flat however many decisions are
 * reported; what grows is one {@link PersonFact} per distinct person, country, period and person-counting
 * indicator, counted once every record is in. Totals, cumulation, ratios and country totals come from
 * {@link ReportAssembly}, shared with the reference implementation.
 */
public final class DroolsResultsReporter implements ResultsReporter {
    /** Records inserted between two {@code fireAllRules} calls. */
    static final int CHUNK = 5_000;
    static final String MODEL_INDEX = "META-INF/kie/org.m4sd/sdk-rules/drools-model";
    /** The DRL package (and knowledge base) of the framework rules; their facts are the classes of this package. */
    static final String PACKAGE = "org.m4sd.rules.framework";

    private static volatile KieBase kieBase;
    /** The thresholds and band limits the rules compare with, as dated data. */
    private static final FrameworkParameters PARAMETERS = FrameworkParameters.load();

    /** Used by {@link java.util.ServiceLoader}. */
    public DroolsResultsReporter() {
    }

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public int priority() {
        return 10;
    }

    static KieBase kieBase() {
        KieBase kb = kieBase;
        if (kb == null) {
            synchronized (DroolsResultsReporter.class) {
                kb = kieBase;
                if (kb == null) {
                    kb = KieBaseBuilder.createKieBaseFromModel(List.of(model()));
                    kieBase = kb;
                }
            }
        }
        return kb;
    }

    private static Model model() {
        try (InputStream in = DroolsResultsReporter.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_INDEX + " is missing: sdk-rules was not built with kie-maven-plugin");
            }
            String name = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::trim)
                    .filter(l -> l.startsWith(PACKAGE + ".") && l.lastIndexOf('.') == PACKAGE.length())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no rule model for " + PACKAGE + " in " + MODEL_INDEX));
            return (Model) Class.forName(name, true, DroolsResultsReporter.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the framework rule model", e);
        }
    }

    @Override
    public ResultsReport report(Framework framework, Iterator<Observation> observations,
            Iterator<ProgrammeEvent> events) {
        ReportAssembly assembly = ReportAssembly.create(framework);
        List<ProgrammeEvent> surveys = new ArrayList<>();
        ReportContext ctx = new ReportContext(assembly);
        KieSession session = kieBase().newKieSession();
        try {
            session.setGlobal("ctx", ctx);
            for (Indicator i : framework.indicators()) {
                session.insert(new IndicatorFact(i));
            }
            for (String c : framework.programme().countries()) {
                session.insert(new CountryFact(c));
            }
            int n = 0;
            while (observations.hasNext()) {
                Observation o = observations.next();
                session.insert(InputRecord.of(o, assembly.periodOf(o.period().end())));
                if (++n % CHUNK == 0) {
                    session.fireAllRules();
                }
            }
            while (events.hasNext()) {
                ProgrammeEvent e = events.next();
                session.insert(InputRecord.of(e, assembly.periodOf(e.date())));
                if (++n % CHUNK == 0) {
                    session.fireAllRules();
                }
            }
            session.fireAllRules();
            session.insert(new InputComplete());
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        ResultsReport base = assembly.finish();
        return new Results(framework, assembly.periods(), base, ctx.surveys()).compute();
    }

    /** The second session: progress and the SDG computations over the aggregated values and survey records. */
    private static final class Results {
        private final Framework framework;
        private final List<Period> periods;
        private final ResultsReport base;
        private final List<ProgrammeEvent> surveys;
        private final List<ProgressFact> progress = new ArrayList<>();
        private final List<IndicatorValue> progressValues = new ArrayList<>();
        private final List<Baseline> progressBaselines = new ArrayList<>();
        private final List<Optional<Target>> progressTargets = new ArrayList<>();
        private final Map<List<Object>, SurveyGroupFact> groups = new TreeMap<>(Results::compareKeys);
        private final List<QuestionnaireFact> questionnaires = new ArrayList<>();
        private final Map<QuestionnaireFact, DomainFact[]> domains = new LinkedHashMap<>();
        private final Map<List<Object>, CorridorFact> corridors = new TreeMap<>(Results::compareKeys);
        private final Map<Integer, CorridorFact> globals = new TreeMap<>();
        private final Map<List<Object>, CountryCostFact> countryCosts = new TreeMap<>(Results::compareKeys);
        private int prices;
        private final Map<LocalDate, ProgressThresholds> thresholdsByDay = new HashMap<>();
        private final Map<LocalDate, Sdg1072BandLimits> bandLimitsByDay = new HashMap<>();

        Results(Framework framework, List<Period> periods, ResultsReport base, List<ProgrammeEvent> surveys) {
            this.surveys = surveys;
            this.framework = framework;
            this.periods = periods;
            this.base = base;
        }

        @SuppressWarnings("unchecked")
        private static int compareKeys(List<Object> a, List<Object> b) {
            for (int i = 0; i < a.size(); i++) {
                int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        ResultsReport compute() {
            KieSession session = kieBase().newKieSession();
            try {
                insertProgress(session);
                insertSurveys(session);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            return new ResultsReport(framework, periods, base.values(), achievements(), base.findings(), sdg1071(),
                    sdg1072(), sdg10c1());
        }

        private void insertProgress(KieSession session) {
            for (IndicatorValue v : base.values()) {
                Indicator ind = framework.indicator(v.indicator()).orElseThrow();
                if (!v.total() || !ind.measure().numeric()) {
                    continue;
                }
                Optional<Baseline> b = ind.baseline(v.country());
                if (b.isEmpty() || b.get().value().isEmpty()) {
                    continue;
                }
                Optional<Target> t = ReportAssembly.target(ind, v.country(), v.period());
                OptionalDouble tv = t.map(Target::value).orElse(OptionalDouble.empty());
                ProgressFact f = new ProgressFact(progress.size(), b.get().value().getAsDouble(), b.get().year(),
                        tv.isPresent(), tv.orElse(0), t.map(x -> x.period().end().getYear()).orElse(0), v.value(),
                        v.period().end().getYear(), ind.ascending(), ind.limit().isPresent(), ind.limit().orElse(0),
                        thresholdsByDay.computeIfAbsent(v.period().end(), this::thresholds));
                progress.add(f);
                progressValues.add(v);
                progressBaselines.add(b.get());
                progressTargets.add(t);
                session.insert(f);
            }
        }

        /** The framework's own thresholds when it declares them, else the dated parameters in force on the day. */
        private ProgressThresholds thresholds(LocalDate day) {
            return framework.progressThresholds()
                    .map(t -> new ProgressThresholds(t.onTrackRatio(), t.accelerationRatio(), t.onTrackGrowth(),
                            t.accelerationGrowth()))
                    .orElseGet(() -> PARAMETERS.progressThresholds(day));
        }

        private void insertSurveys(KieSession session) {
            for (ProgrammeEvent e : surveys) {
                int p = periods.indexOf(periodOf(e));
                if (e instanceof RecruitmentCost r) {
                    session.insert(new WorkerFact(r, p));
                    groups.computeIfAbsent(List.of(r.country(), p), k -> {
                        SurveyGroupFact g = new SurveyGroupFact(r.country(), p);
                        session.insert(g);
                        return g;
                    });
                } else if (e instanceof Sdg1072Questionnaire q) {
                    QuestionnaireFact qf = new QuestionnaireFact(q, p);
                    questionnaires.add(qf);
                    session.insert(qf);
                    q.answers().forEach((item, answer) -> session.insert(new AnswerFact(qf, item, answer)));
                    Sdg1072BandLimits limits = bandLimitsByDay.computeIfAbsent(q.date(), PARAMETERS::sdg1072BandLimits);
                    DomainFact[] ds = new DomainFact[7];
                    for (int d = 0; d <= 6; d++) {
                        ds[d] = new DomainFact(qf, d, limits);
                        session.insert(ds[d]);
                    }
                    domains.put(qf, ds);
                } else if (e instanceof RemittancePrice r) {
                    ServiceFact service = new ServiceFact(r, p, prices++);
                    session.insert(service);
                    corridors.computeIfAbsent(List.of(r.sendingCountry(), r.country(), service.getQuarter()), k -> {
                        CorridorFact c = new CorridorFact(r.sendingCountry(), r.country(), p, service.getQuarter());
                        session.insert(c);
                        return c;
                    });
                    countryCosts.computeIfAbsent(List.of(r.country(), p), k -> {
                        CountryCostFact c = new CountryCostFact(r.country(), p);
                        session.insert(c);
                        return c;
                    });
                    globals.computeIfAbsent(p, k -> {
                        CorridorFact c = new CorridorFact(null, null, p, null);
                        session.insert(c);
                        return c;
                    });
                }
            }
        }

        private Period periodOf(ProgrammeEvent e) {
            for (Period p : periods) {
                if (p.contains(e.date())) {
                    return p;
                }
            }
            throw new IllegalStateException("survey record outside the programme: " + e);
        }

        /**
         * The progress the rules computed for each value, and, from the shared assembly, the periods of an
         * indicator the programme reports for which nothing was reported (no value, so nothing for the rules to
         * assess); in the framework's indicator order, then by country and period, as the reference reporter.
         */
        private List<Achievement> achievements() {
            List<Achievement> out = new ArrayList<>();
            base.achievements().stream().filter(a -> !a.reported()).forEach(out::add);
            for (int i = 0; i < progress.size(); i++) {
                ProgressFact f = progress.get(i);
                IndicatorValue v = progressValues.get(i);
                Baseline b = progressBaselines.get(i);
                OptionalDouble tv = progressTargets.get(i).map(Target::value).orElse(OptionalDouble.empty());
                out.add(new Achievement(v.indicator(), v.country(), v.period(), b.value().getAsDouble(), b.year(), tv,
                        v.value(), f.getRatio() == null ? OptionalDouble.empty() : OptionalDouble.of(f.getRatio()),
                        Boolean.TRUE.equals(f.getMet()),
                        f.getGrowth() == null ? OptionalDouble.empty() : OptionalDouble.of(f.getGrowth()),
                        f.getCategory()));
            }
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < framework.indicators().size(); i++) {
                order.put(framework.indicators().get(i).id(), i);
            }
            out.sort(Comparator.<Achievement, Integer>comparing(a -> order.get(a.indicator()))
                    .thenComparing(Achievement::country).thenComparing(Achievement::period));
            return out;
        }

        private List<Sdg1071Result> sdg1071() {
            List<Sdg1071Result> out = new ArrayList<>();
            for (SurveyGroupFact g : groups.values()) {
                out.add(new Sdg1071Result(g.getCountry(), periods.get(g.getPeriod()), g.getWorkers(), g.getExcluded(),
                        g.getUnconvertible(), g.getMean(), g.getMedian(), g.getFourthQuintile()));
            }
            return out;
        }

        private List<Sdg1072Result> sdg1072() {
            List<Sdg1072Result> out = new ArrayList<>();
            domains.forEach((q, ds) -> {
                if (ds[0].getScore() == null) {
                    return; // superseded by a later questionnaire of the same period
                }
                List<Double> scores = new ArrayList<>();
                List<Sdg1072Band> bands = new ArrayList<>();
                for (int d = 1; d <= 6; d++) {
                    scores.add(ds[d].getScore());
                    bands.add(ds[d].getBand());
                }
                out.add(new Sdg1072Result(q.getCountry(), periods.get(q.getPeriod()), scores, bands,
                        ds[0].getScore(), ds[0].getBand()));
            });
            out.sort(Comparator.comparing(Sdg1072Result::country).thenComparing(Sdg1072Result::period));
            return out;
        }

        private List<Sdg10c1Result> sdg10c1() {
            List<Sdg10c1Result> out = new ArrayList<>();
            globals.forEach((p, g) -> {
                List<CorridorCost> cs = new ArrayList<>();
                corridors.forEach((k, c) -> {
                    if (c.getPeriod() == p) {
                        OptionalDouble smart = c.getSmartAverage() == null ? OptionalDouble.empty()
                                : OptionalDouble.of(c.getSmartAverage());
                        Period quarter = Period.of(c.getQuarter(), c.getQuarter().plusMonths(3).minusDays(1));
                        cs.add(new CorridorCost(c.getSendingCountry(), c.getCountry(), periods.get(p), quarter,
                                c.getServices(), c.getQualifying(), smart, c.getMeetsTarget()));
                    }
                });
                Map<String, Double> countryAverages = new TreeMap<>();
                countryCosts.forEach((k, c) -> {
                    if (c.getPeriod() == p) {
                        countryAverages.put(c.getCountry(), c.getAverage());
                    }
                });
                out.add(new Sdg10c1Result(periods.get(p), cs, g.getServices(), g.getGlobalAverage(),
                        g.getMeetsTarget(), countryAverages));
            });
            return out;
        }
    }
}
