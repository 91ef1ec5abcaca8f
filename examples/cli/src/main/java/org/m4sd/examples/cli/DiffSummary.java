package org.m4sd.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.m4sd.examples.support.DecisionChange;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * The counts behind a decision-impact report: every decision {@code m4sd diff} compared, tallied by determination,
 * outcome change, jurisdiction and criterion reason, written as Markdown ({@code --summary}) or as the generated
 * block of the changelog ({@code --changelog}).
 *
 * <p>A decision counts as changed when its outcome changed (or one run made it and the other did not), and as
 * changed in its criteria only when the outcome stayed and a criterion's result or reason code changed. Messages,
 * legal bases and values are not compared: the outcome and the reasons are what a caseworker acts on.
 */
final class DiffSummary {
    /** Where the generated block of the changelog starts and ends. */
    static final String CHANGELOG_BEGIN = "<!-- m4sd-diff:begin";
    static final String CHANGELOG_END = "<!-- m4sd-diff:end -->";

    private record Count(long compared, long outcome, long criteriaOnly) {
        Count add(boolean outcomeChanged, boolean criteriaChanged) {
            return new Count(compared + 1, outcome + (outcomeChanged ? 1 : 0),
                    criteriaOnly + (!outcomeChanged && criteriaChanged ? 1 : 0));
        }
    }

    private record NamedChange(String name, String determination, String before, String after) {
    }

    private final Map<String, Count> byDetermination = new TreeMap<>();
    private final Map<String, Map<String, Count>> byJurisdiction = new TreeMap<>();
    private final Map<String, Map<String, Long>> transitions = new TreeMap<>();
    private final Map<String, Map<String, Long>> reasons = new TreeMap<>();
    private final Map<String, TreeSet<String>> packVersions = new TreeMap<>();
    private final List<NamedChange> named = new ArrayList<>();
    private final List<String> invalidOnOneSide = new ArrayList<>();
    private long cases;
    private long invalidBoth;
    private long invalidBeforeOnly;
    private long invalidAfterOnly;

    /**
     * Counts one case that could not be decided in one run or both.
     *
     * @param name   the case's name, or null when the input does not name its cases
     * @param before whether the first run rejected it
     * @param after  whether the second run rejected it
     */
    void invalidCase(String name, boolean before, boolean after) {
        cases++;
        if (before && after) {
            invalidBoth++;
            return;
        }
        if (before) {
            invalidBeforeOnly++;
        } else {
            invalidAfterOnly++;
        }
        if (name != null) {
            invalidOnOneSide.add(name + " | " + (before ? "rejected → decided" : "decided → rejected"));
        }
    }

    /** Counts one decided case. */
    void decidedCase() {
        cases++;
    }

    /**
     * Counts one decision compared.
     *
     * @param jurisdiction the request's jurisdiction
     * @param name         the case's name when the input names its cases (a scenario file), else null
     */
    void add(String jurisdiction, String name, DecisionChange change) {
        String determination = change.determination().id();
        List<String> criteria = change.criteria();
        boolean outcome = change.outcomeChanged();
        boolean changed = outcome || !criteria.isEmpty();
        byDetermination.merge(determination, new Count(0, 0, 0).add(outcome, changed),
                (a, b) -> a.add(outcome, changed));
        byJurisdiction.computeIfAbsent(jurisdiction, j -> new TreeMap<>())
                .merge(determination, new Count(0, 0, 0).add(outcome, changed), (a, b) -> a.add(outcome, changed));
        pack(change.before(), change.after());
        if (!changed) {
            return;
        }
        if (outcome) {
            transitions.computeIfAbsent(determination, d -> new TreeMap<>())
                    .merge(DecisionChange.outcome(change.before()) + " → " + DecisionChange.outcome(change.after()),
                            1L, Long::sum);
            if (name != null) {
                named.add(new NamedChange(name, determination, DecisionChange.outcome(change.before()),
                        DecisionChange.outcome(change.after())));
            }
        }
        for (String criterion : criteria) {
            reasons.computeIfAbsent(determination, d -> new TreeMap<>()).merge(criterion, 1L, Long::sum);
        }
    }

    private void pack(Decision before, Decision after) {
        if (before != null && after != null) {
            RulePackRef a = before.rulePack();
            RulePackRef b = after.rulePack();
            packVersions.computeIfAbsent(b.id(), id -> new TreeSet<>())
                    .add(a.id().equals(b.id()) ? a.version() + " → " + b.version()
                            : b.version() + " (new; decided before by `" + a.id() + "` " + a.version() + ")");
        }
    }

    /** Writes the report as Markdown under a second-level heading {@code title}. */
    void writeMarkdown(Path file, String title, String before, String after) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title).append("\n\n");
        long compared = byDetermination.values().stream().mapToLong(Count::compared).sum();
        long outcome = byDetermination.values().stream().mapToLong(Count::outcome).sum();
        long criteriaOnly = byDetermination.values().stream().mapToLong(Count::criteriaOnly).sum();
        md.append(String.format(Locale.ROOT, "%,d cases, %,d decisions compared, from %s to %s: %,d change outcome, %,d more "
                + "change criteria only. Cases rejected: %,d by both, %,d by the first only (decided now), %,d by the "
                + "second only.%n%n", cases, compared, before, after, outcome, criteriaOnly, invalidBoth,
                invalidBeforeOnly, invalidAfterOnly));
        md.append("Rule packs: ");
        md.append(String.join("; ", packVersions.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` " + String.join(", ", e.getValue())).toList()));
        md.append(".\n\n### By determination\n\n");
        table(md, List.of("Determination", "Compared", "Outcome changed", "Criteria only"), byDetermination,
                (d, c) -> List.of("`" + d + "`", n(c.compared()), n(c.outcome()), n(c.criteriaOnly())));
        md.append("\n### Outcome changes\n\n");
        md.append("| Determination | Before → after | Decisions |\n|---|---|---:|\n");
        transitions.forEach((d, m) -> sortedByCount(m).forEach(e ->
                md.append("| `").append(d).append("` | ").append(e.getKey()).append(" | ").append(n(e.getValue()))
                        .append(" |\n")));
        md.append("\n### By jurisdiction\n\n");
        md.append("| Jurisdiction | Determination | Compared | Outcome changed | Criteria only |\n|---|---|---:|---:|---:|\n");
        byJurisdiction.forEach((j, m) -> m.forEach((d, c) ->
                md.append("| ").append(j).append(" | `").append(d).append("` | ").append(n(c.compared()))
                        .append(" | ").append(n(c.outcome())).append(" | ").append(n(c.criteriaOnly()))
                        .append(" |\n")));
        md.append("\n### By criterion and reason\n\n");
        md.append("Each criterion whose result or reason code changed, in the decisions that changed.\n\n");
        md.append("| Determination | Criterion: before → after | Decisions |\n|---|---|---:|\n");
        reasons.forEach((d, m) -> sortedByCount(m).forEach(e ->
                md.append("| `").append(d).append("` | ").append(e.getKey().replace(" -> ", " → "))
                        .append(" | ").append(n(e.getValue())).append(" |\n")));
        if (!named.isEmpty()) {
            md.append("\n### Cases whose outcome changed\n\n| Case | Determination | Before → after |\n|---|---|---|\n");
            named.stream().sorted(Comparator.comparing(NamedChange::name).thenComparing(NamedChange::determination))
                    .forEach(c -> md.append("| ").append(c.name()).append(" | `").append(c.determination())
                            .append("` | ").append(c.before()).append(" → ").append(c.after()).append(" |\n"));
        }
        if (!invalidOnOneSide.isEmpty()) {
            md.append("\n### Cases rejected by one run only\n\n| Case | Before → after |\n|---|---|\n");
            invalidOnOneSide.stream().sorted().forEach(c -> md.append("| ").append(c).append(" |\n"));
        }
        write(file, md.toString());
    }

    /**
     * Replaces the generated block of {@code changelog} (between the {@code m4sd-diff} markers) with, for each
     * determination whose decisions change, how many and from which outcome to which, and the packs' versions.
     */
    void writeChangelog(Path changelog, String before, String after, String reportLink) {
        String text;
        try {
            text = Files.readString(changelog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageError("cannot read " + changelog + ": " + e.getMessage());
        }
        int begin = text.indexOf(CHANGELOG_BEGIN);
        int end = text.indexOf(CHANGELOG_END);
        if (begin < 0 || end < begin) {
            throw new UsageError(changelog + " has no " + CHANGELOG_BEGIN + " ... " + CHANGELOG_END + " block");
        }
        int startOfBlock = text.indexOf('\n', begin) + 1;
        StringBuilder block = new StringBuilder();
        block.append(String.format(Locale.ROOT, "Over the scenario files (%s → %s", before, after));
        block.append(reportLink == null ? "" : "; counts by jurisdiction and reason in " + reportLink);
        block.append("):\n");
        byDetermination.forEach((d, c) -> {
            if (c.outcome() + c.criteriaOnly() == 0) {
                return;
            }
            block.append("- `").append(d).append("`: ").append(n(c.outcome())).append(" of ").append(n(c.compared()))
                    .append(" decisions change outcome");
            Map<String, Long> t = transitions.getOrDefault(d, Map.of());
            if (!t.isEmpty()) {
                block.append(" (").append(String.join(", ", sortedByCount(t).stream()
                        .map(e -> e.getKey() + " " + n(e.getValue())).toList())).append(")");
            }
            block.append(c.criteriaOnly() == 0 ? "" : ", " + n(c.criteriaOnly()) + " more their criteria only")
                    .append(".\n");
        });
        if (invalidBeforeOnly + invalidAfterOnly > 0) {
            block.append("- Requests rejected by one side only: ").append(n(invalidBeforeOnly))
                    .append(" rejected before and decided now, ").append(n(invalidAfterOnly))
                    .append(" decided before and rejected now.\n");
        }
        block.append("- Rule packs: ").append(String.join("; ", packVersions.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` " + String.join(", ", e.getValue())).toList())).append(".\n");
        write(changelog, text.substring(0, startOfBlock) + block + text.substring(end));
    }

    private static <V> void table(StringBuilder md, List<String> header, Map<String, V> rows,
            java.util.function.BiFunction<String, V, List<String>> cells) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|---");
        md.append("|---:".repeat(header.size() - 1)).append("|\n");
        rows.forEach((k, v) -> md.append("| ").append(String.join(" | ", cells.apply(k, v))).append(" |\n"));
    }

    private static List<Map.Entry<String, Long>> sortedByCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
