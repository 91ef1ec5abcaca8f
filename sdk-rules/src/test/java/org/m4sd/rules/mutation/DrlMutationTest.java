package org.m4sd.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.kie.api.KieBase;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.HealthEducationArbitraries;
import org.m4sd.rules.employment.EmploymentRequests;
import org.m4sd.rules.internal.drools.DroolsEligibilityEngine;
import org.m4sd.rules.mutation.MutantKieBases.InvalidMutantException;
import org.m4sd.rules.mutation.RequestCorpus.Answer;
import org.m4sd.rules.mutation.RequestCorpus.Expected;
import org.m4sd.rules.mutation.RequestCorpus.Labelled;
import org.m4sd.rules.socialsecurity.SocialSecurityRequests;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Mutation testing of the eligibility DRL: each rule of each eligibility package is changed in small ways (a
 * relational operator flipped, a boundary moved, a condition negated, a constraint dropped, a reported result
 * swapped), one change at a time; each mutant is compiled into a knowledge base at test time and run on the
 * scenario files' requests and on requests drawn with a fixed seed from the properties' generators, until one of
 * them is decided differently from the oracle (the mutant is killed) or none is (it survives). A mutant that
 * survives the requests one by one is run on them again in batches, as {@code evaluateAll} decides a file or a
 * Spark partition: the cases of many requests then share one session, so a rule that no longer joins its derived
 * facts to its own case (a dropped {@code pensionCase == $c}) reads another person's and is told apart.
 *
 * <p>The oracle is the reference implementation; {@code -Dmutation.oracle=drools} takes the Drools engine on the
 * rules as the build compiled them instead. Before any mutant, the unmutated DRL compiled the same way must decide
 * every request as the oracle does, or the harness itself is wrong and the test fails.
 *
 * <p>Per package, at least {@value #MINIMUM_SCORE_PERCENT} % of the mutants that compile must be killed, and every
 * survivor must be listed, with the reason it is equivalent, in {@value EquivalentMutants#RESOURCE}. A mutant that
 * does not compile is reported as invalid and left out of the score.
 *
 * <p>Options (system properties): {@code mutation.oracle} ({@code reference} or {@code drools}),
 * {@code mutation.tries} (generated requests per package, 1,500 by default), {@code mutation.seed},
 * {@code mutation.threads} (mutants judged at once, one per processor by default), {@code mutation.packages}
 * (a comma-separated subset, e.g. {@code health,education}), {@code mutation.rules}
 * (comma-separated prefixes of mutant ids, e.g. {@code ss.pension.age}, to study some rules' mutants; the score and
 * the survivors' check then cover only those). The complete run is
 * {@code ./mvnw -pl sdk-core,sdk-rules test -Dtest=DrlMutationTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmutation.tries=10000}.
 */
class DrlMutationTest {
    static final int MINIMUM_SCORE_PERCENT = 90;
    private static final String RULES_ROOT = "org/m4sd/rules";
    private static final Set<String> NOT_ELIGIBILITY = Set.of("org.m4sd.rules.framework");
    private static final long SEED = Long.getLong("mutation.seed", 20_261_204L);
    private static final int TRIES = Integer.getInteger("mutation.tries", 1500);
    private static final int THREADS = Integer.getInteger("mutation.threads",
            Runtime.getRuntime().availableProcessors());
    private static final String ORACLE = System.getProperty("mutation.oracle", "reference");
    private static final Set<String> ONLY_PACKAGES = Arrays.stream(
            System.getProperty("mutation.packages", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    private static final List<String> ONLY_RULE_PREFIXES = Arrays.stream(
            System.getProperty("mutation.rules", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .toList();
    private static final EquivalentMutants EQUIVALENT = EquivalentMutants.load();
    private static final Map<String, PackageReport> REPORTS = new LinkedHashMap<>();

    /**
     * A jqwik example rather than a JUnit test: the properties' generators need a jqwik thread. Every package is
     * run, and each package's failures reported, before the test fails.
     */
    @Example
    void everyEligibilityPackageKillsItsMutants() {
        List<DrlFile> files = eligibilityFiles().stream()
                .filter(f -> ONLY_PACKAGES.isEmpty() || ONLY_PACKAGES.contains(lastSegment(f.packageName())))
                .toList();
        assertThat(files).as("eligibility DRL files under %s (mutation.packages %s)", RULES_ROOT, ONLY_PACKAGES)
                .isNotEmpty();
        List<Labelled> scenarios = RequestCorpus.scenarios();
        List<String> failures = new ArrayList<>();
        for (DrlFile file : files) {
            try {
                run(file, scenarios);
            } catch (AssertionError e) {
                failures.add(file.packageName() + ": " + e.getMessage());
            }
        }
        System.out.print(summary());
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }

    private static String summary() {
        StringBuilder out = new StringBuilder();
        out.append("\nDRL mutation test: oracle ").append(ORACLE).append(", seed ").append(SEED).append(", ")
                .append(TRIES).append(" generated requests per package plus the scenario files' requests\n");
        out.append(String.format(Locale.ROOT, "%-32s %8s %8s %8s %9s %11s %8s %17s %9s%n", "package", "mutants",
                "invalid", "killed", "survived", "equivalent", "score", "w/o equivalents", "time"));
        for (PackageReport r : REPORTS.values()) {
            out.append(String.format(Locale.ROOT, "%-32s %8d %8d %8d %9d %11d %7.1f%% %16.1f%% %8.1fs%n",
                    r.packageName, r.mutants(), r.count(Status.INVALID), r.count(Status.KILLED),
                    r.count(Status.SURVIVED), r.equivalent(), r.score(), r.scoreWithoutEquivalents(), r.seconds));
        }
        out.append("score: killed / mutants that compile (at least ").append(MINIMUM_SCORE_PERCENT)
                .append(" % per package); w/o equivalents: the same with the listed equivalent mutants left out\n");
        Set<String> rulesRun = REPORTS.values().stream().flatMap(r -> r.rules.stream()).collect(Collectors.toSet());
        Set<String> rulesKnown = eligibilityFiles().stream().flatMap(f -> f.rules().stream()).map(DrlFile.Rule::name)
                .collect(Collectors.toSet());
        Set<String> survivors = REPORTS.values().stream().flatMap(r -> r.verdicts.stream())
                .filter(v -> v.status == Status.SURVIVED && EQUIVALENT.find(v.mutant) != null)
                .map(v -> v.mutant.id()).collect(Collectors.toSet());
        // Stale: listed for a rule that was tested and did not survive as listed, or for a rule no file has. With
        // -Dmutation.rules, the mutants of the other rules were not judged and tell nothing.
        List<String> stale = EQUIVALENT.all().keySet().stream()
                .filter(id -> ONLY_RULE_PREFIXES.isEmpty() || ONLY_RULE_PREFIXES.stream().anyMatch(id::startsWith))
                .filter(id -> rulesRun.contains(ruleOf(id)) ? !survivors.contains(id)
                        : !rulesKnown.contains(ruleOf(id)))
                .sorted().toList();
        if (!stale.isEmpty()) {
            out.append("stale entries of ").append(EquivalentMutants.RESOURCE)
                    .append(" (no such mutant survives any more; remove them):\n");
            stale.forEach(id -> out.append("  ").append(id).append('\n'));
        }
        return out.toString();
    }

    private void run(DrlFile file, List<Labelled> scenarios) {
        long started = System.nanoTime();
        Determination.Sector sector = sectorOf(file.packageName());
        List<Labelled> requests = new ArrayList<>(scenarios);
        requests.addAll(RequestCorpus.generated(requests(sector), SEED, TRIES));
        List<Expected> expected = RequestCorpus.expected(requests, sector, oracle());
        MutantKieBases bases = new MutantKieBases(file);
        assertDecidesAsTheOracle(bases.unmutated(), expected, file.path() + " compiled at test time");
        DrlFile.Rule first = file.rules().get(0);
        try {
            assertDecidesAsTheOracle(bases.withRule(first, file.text(first)), expected,
                    file.path() + " with rule \"" + first.name() + "\" compiled alone and put back");
        } catch (InvalidMutantException e) {
            throw new AssertionError("rule \"" + first.name() + "\" of " + file.path() + " does not compile alone: "
                    + e.getMessage(), e);
        }
        // Requests the validation rejects never reach the rules: no mutant can be told apart on them.
        List<Expected> decided = expected.stream().filter(e -> !e.answer().failed()).toList();

        long prepared = System.nanoTime();
        List<Mutant> mutants = MutantGenerator.mutants(file).stream()
                .filter(m -> ONLY_RULE_PREFIXES.isEmpty() || ONLY_RULE_PREFIXES.stream().anyMatch(m.id()::startsWith))
                .toList();
        List<Verdict> verdicts = judgeAll(bases, mutants, decided);
        long done = System.nanoTime();
        PackageReport report = new PackageReport(file.packageName(),
                file.rules().stream().map(DrlFile.Rule::name).collect(Collectors.toCollection(TreeSet::new)),
                verdicts, decided.size(), (done - started) / 1e9, (prepared - started) / 1e9,
                verdicts.stream().mapToLong(Verdict::buildNanos).sum() / 1e9,
                verdicts.stream().mapToLong(Verdict::runNanos).sum() / 1e9);
        REPORTS.put(file.packageName(), report);
        System.out.print(report.describe());
        List<String> unlisted = report.unlisted().stream().map(v -> v.mutant.id() + " | " + v.mutant.description())
                .toList();
        assertThat(unlisted).as("surviving mutants of %s that are neither killed by a request nor listed as"
                + " equivalent in %s (kill each with a scenario or an example test, or list it with the reason it is"
                + " equivalent)", file.packageName(), EquivalentMutants.RESOURCE).isEmpty();
        assertThat(report.score()).as("mutation score of %s (killed / compiled mutants), %%", file.packageName())
                .isGreaterThanOrEqualTo(MINIMUM_SCORE_PERCENT);
    }

    private static void assertDecidesAsTheOracle(KieBase base, List<Expected> expected, String what) {
        try (EligibilityEngine engine = DroolsEligibilityEngine.create(EngineOptions.defaults(), base)) {
            List<String> differences = new ArrayList<>();
            for (Expected e : expected) {
                Answer actual = Answer.of(engine, e.request());
                if (!actual.sameAs(e.answer())) {
                    differences.add(e.label() + "\n    request: " + e.request() + "\n    oracle:  " + e.answer()
                            + "\n    drl:     " + actual);
                }
            }
            String batched = firstBatchDifference(engine, expected);
            if (batched != null) {
                differences.add(batched);
            }
            if (!differences.isEmpty()) {
                throw new AssertionError("before any mutation, " + what + " disagrees with the oracle (" + ORACLE
                        + ") on " + differences.size() + " of " + expected.size() + " requests: either the DRL compiled"
                        + " at test time decides otherwise than the build's rules (the harness is wrong), or the rules"
                        + " and the oracle disagree (the differential properties tell which); first:\n  "
                        + differences.get(0));
            }
        }
    }

    /**
     * Judges the mutants on as many threads as there are processors, each mutant alone on its own knowledge base
     * and engine; the verdicts come back in the mutants' order, so a run reports the same whatever the machine.
     */
    private static List<Verdict> judgeAll(MutantKieBases bases, List<Mutant> mutants, List<Expected> decided) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Verdict>> pending = new ArrayList<>(mutants.size());
            for (Mutant mutant : mutants) {
                pending.add(pool.submit(() -> judge(bases, mutant, decided)));
            }
            List<Verdict> verdicts = new ArrayList<>(mutants.size());
            for (Future<Verdict> verdict : pending) {
                verdicts.add(verdict.get());
            }
            return verdicts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while judging mutants", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("judging a mutant failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Verdict judge(MutantKieBases bases, Mutant mutant, List<Expected> decided) {
        long started = System.nanoTime();
        KieBase base;
        try {
            base = bases.withRule(mutant.rule(), mutant.ruleText());
        } catch (InvalidMutantException e) {
            return new Verdict(mutant, Status.INVALID, e.getMessage(), System.nanoTime() - started, 0);
        }
        long built = System.nanoTime();
        try (EligibilityEngine engine = DroolsEligibilityEngine.create(EngineOptions.defaults(), base)) {
            for (Expected e : decided) {
                Answer actual = Answer.of(engine, e.request());
                if (!actual.sameAs(e.answer())) {
                    return new Verdict(mutant, Status.KILLED, e.label(), built - started, System.nanoTime() - built);
                }
            }
            String batched = firstBatchDifference(engine, decided);
            if (batched != null) {
                return new Verdict(mutant, Status.KILLED, batched, built - started, System.nanoTime() - built);
            }
        }
        return new Verdict(mutant, Status.SURVIVED, null, built - started, System.nanoTime() - built);
    }

    /**
     * Decides the requests in batches of the engine's batch size and names the first whose result differs from the
     * oracle's answer (a record the batch rejects agrees only with a request the oracle refused), or null when all agree.
     */
    private static String firstBatchDifference(EligibilityEngine engine, List<Expected> expected) {
        Iterator<RecordResult> results;
        try {
            results = engine.evaluateAll(expected.stream().map(Expected::request).iterator());
        } catch (RuntimeException e) {
            return "the batch of all requests (threw " + e + ")";
        }
        for (Expected e : expected) {
            RecordResult result = results.next();
            boolean same = result instanceof RecordResult.Decided d
                    ? !e.answer().failed() && d.decisions().equals(e.answer().decisions())
                    : e.answer().failed();
            if (!same) {
                return e.label() + " decided in a batch";
            }
        }
        return null;
    }

    private static EligibilityEngine oracle() {
        return switch (ORACLE) {
            case "reference" -> EngineFixture.REFERENCE;
            case "drools" -> EngineFixture.DROOLS;
            default -> throw new IllegalArgumentException("mutation.oracle must be reference or drools, not " + ORACLE);
        };
    }

    /** The generated requests that reach a sector's determinations. */
    private static Arbitrary<EligibilityRequest> requests(Determination.Sector sector) {
        return switch (sector) {
            case HEALTH, EDUCATION -> HealthEducationArbitraries.requests();
            case SOCIAL_SECURITY -> SocialSecurityRequests.requests();
            case EMPLOYMENT -> EmploymentRequests.requests();
        };
    }

    /**
     * The sector whose determinations a DRL package decides, by the package's last name: {@code socialsecurity}
     * is SOCIAL_SECURITY.
     */
    private static Determination.Sector sectorOf(String drlPackage) {
        String last = lastSegment(drlPackage);
        return Arrays.stream(Determination.Sector.values())
                .filter(s -> s.name().replace("_", "").toLowerCase(Locale.ROOT).equals(last)).findFirst()
                .orElseThrow(() -> new IllegalStateException("DRL package " + drlPackage + " matches no sector"));
    }

    /** Every eligibility DRL file on the class path (one per package), in the order of their paths. */
    private static List<DrlFile> eligibilityFiles() {
        List<DrlFile> files = new ArrayList<>();
        try {
            // test-classes has an org/m4sd/rules too: look in every class-path entry that does
            for (URL root : Collections.list(DrlMutationTest.class.getClassLoader().getResources(RULES_ROOT))) {
                Path dir = Path.of(root.toURI());
                Path base = dir.getParent().getParent().getParent();
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                        DrlFile file = DrlFile.parse(base.relativize(p).toString().replace('\\', '/'),
                                Files.readString(p));
                        if (!NOT_ELIGIBILITY.contains(file.packageName())) {
                            files.add(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Long> perPackage = files.stream()
                .collect(Collectors.groupingBy(DrlFile::packageName, Collectors.counting()));
        perPackage.forEach((pkg, n) -> {
            if (n > 1) {
                throw new IllegalStateException("DRL package " + pkg + " has " + n + " files; the mutation test"
                        + " builds a package's knowledge base from its one file, as the project lays them out");
            }
        });
        return files;
    }

    private static String lastSegment(String drlPackage) {
        return drlPackage.substring(drlPackage.lastIndexOf('.') + 1);
    }

    private static String ruleOf(String mutantId) {
        int cut = mutantId.lastIndexOf('/', mutantId.lastIndexOf('/') - 1);
        return cut < 0 ? mutantId : mutantId.substring(0, cut);
    }

    private enum Status {
        KILLED, SURVIVED, INVALID
    }

    /**
     * What became of one mutant; {@code detail} names the killing request or the compiler's complaint. Building
     * its knowledge base and running requests on it took the nanoseconds given.
     */
    private record Verdict(Mutant mutant, Status status, String detail, long buildNanos, long runNanos) {
    }

    /**
     * One package's verdicts and times in seconds: in all, to draw the requests and check the unmutated rules
     * ({@code prepare}), to build the mutants' knowledge bases ({@code build}) and to run requests on them
     * ({@code run}).
     */
    private record PackageReport(String packageName, Set<String> rules, List<Verdict> verdicts, int requests,
            double seconds, double prepare, double build, double run) {
        int mutants() {
            return verdicts.size();
        }

        long count(Status status) {
            return verdicts.stream().filter(v -> v.status == status).count();
        }

        /** Killed mutants as a share of those that compile, in per cent. */
        double score() {
            long compiled = mutants() - count(Status.INVALID);
            return compiled == 0 ? 100.0 : 100.0 * count(Status.KILLED) / compiled;
        }

        long killedByScenarios() {
            return verdicts.stream().filter(v -> v.status == Status.KILLED && RequestCorpus.isScenario(v.detail))
                    .count();
        }

        /** Survivors listed as equivalent with their current description. */
        long equivalent() {
            return verdicts.stream().filter(v -> v.status == Status.SURVIVED && EQUIVALENT.find(v.mutant) != null)
                    .count();
        }

        double scoreWithoutEquivalents() {
            long compared = mutants() - count(Status.INVALID) - equivalent();
            return compared == 0 ? 100.0 : 100.0 * count(Status.KILLED) / compared;
        }

        List<Verdict> unlisted() {
            return verdicts.stream().filter(v -> v.status == Status.SURVIVED && EQUIVALENT.find(v.mutant) == null)
                    .toList();
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%nDRL mutation test, %s (oracle %s, %d requests): %d mutants,"
                    + " %d invalid, %d killed (%d by a scenario file), %d survived, score %.1f %%, %.1f s (requests and"
                    + " unmutated check %.1f s, mutants built in %.1f s and run in %.1f s of thread time)%n",
                    packageName, ORACLE, requests, mutants(), count(Status.INVALID), count(Status.KILLED),
                    killedByScenarios(), count(Status.SURVIVED), score(), seconds, prepare, build, run));
            for (Verdict v : verdicts) {
                if (v.status == Status.SURVIVED) {
                    EquivalentMutants.Entry listed = EQUIVALENT.find(v.mutant);
                    EquivalentMutants.Entry other = EQUIVALENT.listedUnder(v.mutant.id());
                    String note = listed != null ? "equivalent: " + listed.reason()
                            : other != null ? "NOT LISTED (listed with another description: the rule changed)"
                            : "NOT LISTED";
                    out.append("  survivor ").append(v.mutant.id()).append(" | ").append(v.mutant.description())
                            .append("  [").append(note).append("]\n");
                }
            }
            List<Verdict> unlisted = unlisted();
            if (!unlisted.isEmpty()) {
                out.append("  Each survivor above marked NOT LISTED is killed by a new scenario or example test,"
                        + " or, once checked to be equivalent, listed in ").append(EquivalentMutants.RESOURCE)
                        .append(" as one of these lines with the reason filled in:\n");
                unlisted.forEach(v -> out.append("    ").append(v.mutant.id()).append(" | ")
                        .append(v.mutant.description()).append(" | WHY IT IS EQUIVALENT\n"));
            }
            for (Verdict v : verdicts) {
                if (v.status == Status.INVALID) {
                    out.append("  invalid  ").append(v.mutant.id()).append(" | ").append(v.mutant.description())
                            .append("  [").append(v.detail.length() > 200 ? v.detail.substring(0, 200) + "..."
                                    : v.detail).append("]\n");
                }
            }
            return out.toString();
        }
    }
}
