package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Counting persons, through both reporters: a report does not change when some of a person's decisions are
 * repeated within their period, nor with the order the decisions come in; and no cell of a person-counting
 * indicator exceeds the number of distinct persons decided in its country and period.
 */
class PersonCountingProperties {
    private static final Framework FRAMEWORK = Framework.illustrative();
    private static final List<ResultsReporter> REPORTERS = List.of(ResultsReporter.reference(),
            new DroolsResultsReporter());

    /** Decisions about eight persons in two countries over three years, any determination, outcome and status. */
    @Provide
    Arbitrary<List<DecisionMade>> decisions() {
        return Combinators.combine(Arbitraries.of("ECU", "MAR"), Arbitraries.integers().between(2020, 2022),
                Arbitraries.integers().between(1, 3), Arbitraries.of(Determination.class),
                Arbitraries.of(Outcome.ELIGIBLE, Outcome.CONDITIONAL, Outcome.INELIGIBLE, Outcome.UNDETERMINED),
                Arbitraries.of(Sex.class), Arbitraries.of(MigratoryStatus.class), Arbitraries.integers().between(0, 7))
                .as((country, year, month, determination, outcome, sex, status, person) -> new DecisionMade(country,
                        LocalDate.of(year, month, 1), determination, outcome, sex, status, "person-" + person))
                .list().ofMaxSize(40);
    }

    @Property(tries = 80)
    void repeating_a_persons_decisions_and_reordering_change_nothing(
            @ForAll("decisions") List<DecisionMade> decisions, @ForAll long seed) {
        Random random = new Random(seed);
        List<ProgrammeEvent> repeated = new ArrayList<>(decisions);
        for (DecisionMade d : decisions) {
            if (random.nextBoolean()) {
                repeated.add(d); // the same decision about the same person, again in its period
            }
        }
        Collections.shuffle(repeated, random);
        ResultsReport first = null;
        for (ResultsReporter reporter : REPORTERS) {
            ResultsReport once = reporter.report(FRAMEWORK, Collections.emptyIterator(),
                    List.<ProgrammeEvent>copyOf(decisions).iterator());
            ResultsReport again = reporter.report(FRAMEWORK, Collections.emptyIterator(), repeated.iterator());
            assertThat(again).as(reporter.name()).isEqualTo(once);
            if (first != null) {
                assertThat(once).as("drools and reference").isEqualTo(first);
            }
            first = once;
        }
    }

    @Property(tries = 80)
    void no_cell_counts_more_persons_than_were_decided(@ForAll("decisions") List<DecisionMade> decisions) {
        for (ResultsReporter reporter : REPORTERS) {
            ResultsReport r = reporter.report(FRAMEWORK, Collections.emptyIterator(),
                    List.<ProgrammeEvent>copyOf(decisions).iterator());
            for (IndicatorValue v : r.values()) {
                boolean persons = FRAMEWORK.indicator(v.indicator()).orElseThrow().population()
                        .filter(p -> p.counts() == Population.Counting.PERSONS).isPresent();
                if (!persons || v.country().equals(IndicatorValue.TOTAL)) {
                    continue;
                }
                Set<String> decided = new HashSet<>();
                for (DecisionMade d : decisions) {
                    if (d.country().equals(v.country()) && v.period().contains(d.date())) {
                        decided.add(d.personKey());
                    }
                }
                assertThat(v.value()).as("%s %s %s %s", reporter.name(), v.indicator(), v.country(), v.period())
                        .isLessThanOrEqualTo(decided.size());
            }
        }
    }
}
