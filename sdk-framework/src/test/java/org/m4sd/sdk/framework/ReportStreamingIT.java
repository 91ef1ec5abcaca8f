package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * A report over 100,000 observations and 1,000,000 decisions about 1,200 persons in one streaming pass, in a JVM
 * with a heap too small to hold the decisions (memory grows with the persons, not the decisions): the same run that first collects the decisions in a list runs out of memory. Speed is
 * measured by the benchmarks, not here.
 */
class ReportStreamingIT {
    static final String HEAP = "-Xmx32m";
    static final int OBSERVATIONS = 100_000;
    static final int DECISIONS = 1_000_000;
    /**
     * Distinct persons the decisions are about: decision n is about person n mod 1,200, so each person is decided
     * on about 833 times, always in the same country (n mod 6) on the same determination (n mod 4), in one period
     * ((n / 4) mod 3, since 1,200 / 4 is a multiple of 3) and under every migratory status in turn.
     */
    static final int PEOPLE = 1_200;

    @Test
    void one_pass_with_flat_memory() throws Exception {
        Result r = fork("stream");
        assertThat(r.exit).as(r.output).isZero();
        // a person counts once: of the 1,200, every 4th is decided on health care (always granted), a third of
        // those in 2021, and each is decided at least once as a migrant (the status cycles through all seven)
        assertThat(r.output).contains("HEA-1 _T 2021 = " + (PEOPLE / 4 / 3) + ".0");
        assertThat(r.output).contains("observed = " + OBSERVATIONS);
    }

    @Test
    void holding_the_decisions_does_not_fit_in_that_heap() throws Exception {
        Result r = fork("hold");
        assertThat(r.exit).as("a run that keeps every decision must fail in " + HEAP).isNotZero();
        assertThat(r.output).contains("OutOfMemoryError");
    }

    record Result(int exit, String output) {
    }

    private static Result fork(String mode) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = List.of(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ReportStreamingIT.class.getName(), mode);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the forked report did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Runs in the forked JVM. */
    public static void main(String[] args) {
        Framework framework = Framework.illustrative();
        Iterator<ProgrammeEvent> events = decisions();
        if (args[0].equals("hold")) {
            List<ProgrammeEvent> all = new ArrayList<>();
            events.forEachRemaining(all::add);
            events = all.iterator();
        }
        int[] observed = new int[1];
        Iterator<Observation> observations = observations(observed);
        ResultsReport report = ResultsReporter.reference().report(framework, observations, events);
        System.out.println("observed = " + observed[0]);
        System.out.println("HEA-1 _T 2021 = "
                + report.value("HEA-1", "_T", Period.ofYear(2021), Map.of()).orElseThrow().value());
        System.out.println("values = " + report.values().size() + ", findings = " + report.findings().size());
    }

    private static final String[] COUNTRIES = {"ECU", "MAR", "NPL", "SRB", "SEN", "TUN"};
    private static final LocalDate[] DATES = {LocalDate.of(2020, 5, 1), LocalDate.of(2021, 5, 1),
            LocalDate.of(2022, 5, 1)};
    private static final Determination[] DETERMINATIONS = {Determination.HEALTH_EMERGENCY_CARE,
            Determination.EDUCATION_PUBLIC_SCHOOL, Determination.SOCIAL_SECURITY_OLD_AGE_PENSION,
            Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION};
    private static final Outcome[] OUTCOMES = {Outcome.ELIGIBLE, Outcome.CONDITIONAL, Outcome.INELIGIBLE,
            Outcome.UNDETERMINED};

    /** Decision i: determination i % 4; outcome ELIGIBLE for every 4th; date (i / 4) % 3; country i % 6. */
    static Iterator<ProgrammeEvent> decisions() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < DECISIONS;
            }

            @Override
            public ProgrammeEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                Outcome outcome = n % 4 == 0 ? Outcome.ELIGIBLE : OUTCOMES[(n / 7) % 4 == 0 ? 2 : (n / 7) % 4];
                return new ProgrammeEvent.DecisionMade(COUNTRIES[n % 6], DATES[(n / 4) % 3], DETERMINATIONS[n % 4],
                        outcome, Sex.values()[n % 3], MigratoryStatus.values()[n % 7], "person-" + n % PEOPLE);
            }
        };
    }

    static Iterator<Observation> observations(int[] count) {
        String[] ids = {"EMP-5", "EMP-6", "GOV-2", "GLO-1"};
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < OBSERVATIONS;
            }

            @Override
            public Observation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                count[0]++;
                String id = ids[n % 4];
                Map<String, String> dims = id.startsWith("EMP") ? Map.of("sex", n % 2 == 0 ? "F" : "M") : Map.of();
                return new Observation(id, COUNTRIES[n % 6], Period.ofYear(2020 + n % 3), n % 10, dims);
            }
        };
    }
}
