package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.framework.ProgressThresholds;

/**
 * The progress rules of {@code framework.drl} against Open SDG's own implementation (sdg-build's
 * {@code SeriesProgress}) on the cases sdk-framework's {@code OpenSdgProgressTest} reads: each case becomes a progress
 * fact with the dated thresholds of {@code parameters.json}, and the rules must give their category except on the
 * two departures that test states, and the reference formula's category everywhere.
 */
class DroolsOpenSdgProgressTest {
    /**
     * The cases are kept once, with their source data and licence, among sdk-framework's test resources, which
     * its test jar brings here.
     */
    private static final String CASES = "/org/m4sd/sdk/framework/opensdg/expected-progress.csv";
    private static final int TARGET_YEAR = 2030;

    private record Case(String at, boolean ascending, OptionalDouble target, OptionalDouble limit, int baseYear,
            double baseValue, int currentYear, double currentValue, String theirs) {
    }

    @Test
    void the_rules_give_open_sdg_categories_and_the_reference_ones() throws IOException {
        List<Case> cases = cases();
        FrameworkParameters parameters = FrameworkParameters.load();
        List<ProgressFact> facts = new ArrayList<>();
        KieSession session = DroolsResultsReporter.kieBase().newKieSession();
        try {
            for (Case c : cases) {
                ProgressFact f = new ProgressFact(facts.size(), c.baseValue(), c.baseYear(), c.target().isPresent(),
                        c.target().orElse(0), TARGET_YEAR, c.currentValue(), c.currentYear(), c.ascending(),
                        c.limit().isPresent(), c.limit().orElse(0),
                        parameters.progressThresholds(LocalDate.of(c.currentYear(), 12, 31)));
                facts.add(f);
                session.insert(f);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        int agree = 0;
        Map<String, Integer> departures = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            ProgressCategory rules = facts.get(i).getCategory();
            ProgressCategory reference = Formulas.progress(c.baseValue(), c.baseYear(), c.target(), TARGET_YEAR,
                    c.currentValue(), c.currentYear(), c.ascending(), c.limit(), ProgressThresholds.OPEN_SDG)
                    .category();
            assertThat(rules).as(c.at()).isEqualTo(reference);
            if (rules == openSdg(c.theirs())) {
                agree++;
            } else {
                // only the two stated departures, where the rules find nothing to assess
                double t = c.target().orElseThrow();
                boolean bothZero = c.baseValue() == 0 && t == 0;
                assertThat(bothZero || Formulas.nonZero(c.baseValue()) * Formulas.nonZero(t) < 0).as(c.at()).isTrue();
                assertThat(rules).as(c.at()).isEqualTo(ProgressCategory.NOT_ASSESSED);
                departures.merge(bothZero ? "base and target both 0" : "base and target of opposite signs", 1,
                        Integer::sum);
            }
        }
        assertThat(cases).hasSize(649);
        assertThat(agree).isEqualTo(593);
        assertThat(departures).containsExactly(Map.entry("base and target both 0", 54),
                Map.entry("base and target of opposite signs", 2));
    }

    private static ProgressCategory openSdg(String status) {
        return switch (status) {
            case "target_achieved" -> ProgressCategory.ACHIEVED;
            case "substantial_progress" -> ProgressCategory.ON_TRACK;
            case "moderate_progress" -> ProgressCategory.ACCELERATION_NEEDED;
            case "limited_progress" -> ProgressCategory.LIMITED_PROGRESS;
            case "deterioration" -> ProgressCategory.DETERIORATION;
            case "not_available" -> ProgressCategory.NOT_ASSESSED;
            default -> throw new IllegalArgumentException("unknown Open SDG status " + status);
        };
    }

    /** The rows of the cases file; its series labels may hold quoted commas, which only the label column has. */
    private static List<Case> cases() throws IOException {
        List<String> lines;
        try (InputStream in = DroolsOpenSdgProgressTest.class.getResourceAsStream(CASES)) {
            assertThat(in).as("the Open SDG cases in sdk-framework's test jar").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Case> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // file and scenario never hold commas; the series label (second column) may, quoted
            int first = line.indexOf(',');
            String rest = line.substring(first + 1);
            String series;
            if (rest.startsWith("\"")) {
                int close = rest.indexOf("\",", 1);
                series = rest.substring(1, close).replace("\"\"", "\"");
                rest = rest.substring(close + 2);
            } else {
                series = rest.substring(0, rest.indexOf(','));
                rest = rest.substring(rest.indexOf(',') + 1);
            }
            String[] f = rest.split(",", -1);
            out.add(new Case(line.substring(0, first) + " / " + series + " / " + f[0], f[1].equals("positive"),
                    number(f[2]), number(f[3]), Integer.parseInt(f[4]), Double.parseDouble(f[5]),
                    Integer.parseInt(f[6]), Double.parseDouble(f[7]), f[9]));
        }
        return out;
    }

    private static OptionalDouble number(String s) {
        return s.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s));
    }
}
