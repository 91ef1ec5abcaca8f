package org.m4sd.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.engine.Messages;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.rules.internal.engine.RuleCatalogue;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.sdk.Determination;

/** The rule packs as files: every DRL hashed into the pack identity, every rule cited and translated. */
class RulePackIntegrityTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** A literal reason code passed by a rule; codes built at run time are checked by each determination's tests. */
    private static final Pattern REPORT =
            Pattern.compile("\\.(?:met|notMet|unknown)\\(\"[^\"]+\",\\s*\"([A-Z0-9_]+)\"\\s*[,)]");

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("org/m4sd/rules"))) {
            // results-framework rules are not part of an eligibility pack
            return files.filter(p -> p.toString().endsWith(".drl"))
                    .filter(p -> !p.startsWith(RESOURCES.resolve("org/m4sd/rules/framework"))).sorted().toList();
        }
    }

    @Test
    void everyDrlFileIsPartOfThePackDigest() throws IOException {
        String index = Files.readString(RESOURCES.resolve("org/m4sd/rules/packs/index.json"));
        for (Path drl : drlFiles()) {
            assertThat(index).as("packs/index.json lists %s", drl).contains(RESOURCES.relativize(drl).toString());
        }
    }

    @Test
    void everyDrlFileLivesInTheDirectoryOfItsPackage() throws IOException {
        for (Path drl : drlFiles()) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(text);
            assertThat(m.find()).as("%s declares a package", drl).isTrue();
            assertThat(RESOURCES.relativize(drl.getParent()).toString().replace('/', '.')).isEqualTo(m.group(1));
        }
    }

    @Test
    void everyRuleDeclaresItsCriterionAndCitesKnownSources() {
        RuleBases bases = RuleBases.load();
        RuleCatalogue catalogue = RuleCatalogue.of(bases.rules(), LegalSources.load());
        assertThat(catalogue.all()).isNotEmpty();
        catalogue.all().values().forEach(info -> {
            assertThat(info.criterion()).as(info.rule()).isNotBlank();
            assertThat(info.legalBasis()).as(info.rule()).isNotEmpty();
        });
    }

    @Test
    void everyReasonCodeARuleReportsHasAMessageInEveryLanguage() throws IOException {
        Messages messages = new Messages();
        for (Path drl : drlFiles()) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            Set<String> codes = new TreeSet<>();
            Matcher m = REPORT.matcher(text);
            while (m.find()) {
                codes.add(m.group(1));
            }
            // A package's file holds several determinations: a code belongs to the one whose bundle has it.
            for (String code : codes) {
                Determination owner = Stream.of(Determination.values())
                        .filter(d -> hasMessage(messages, d, Locale.ENGLISH, code)).findFirst()
                        .orElseThrow(() -> new AssertionError("no English message for " + code + " in " + drl));
                for (Locale locale : Messages.SUPPORTED) {
                    assertThat(messages.pattern(owner, locale, code)).as("%s %s", code, locale).isNotBlank();
                }
            }
        }
    }

    /**
     * A rule's report names the rule (CaseFact says why the name is written out rather than read from
     * {@code kcontext}): a name copied from another rule would file the criterion, its sources and its effect on the
     * outcome under that rule.
     */
    @Test
    void everyRuleReportsUnderItsOwnName() throws IOException {
        Pattern ruleStart = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");
        Pattern reportCall = Pattern.compile("\\.(met|notMet|unknown|notEncoded)\\(\\s*([^,)]*)");
        int reports = 0;
        for (Path drl : drlFiles()) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            Matcher rule = ruleStart.matcher(text);
            List<Integer> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (rule.find()) {
                starts.add(rule.start());
                names.add(rule.group(1));
            }
            assertThat(names).as(drl.toString()).isNotEmpty();
            for (int i = 0; i < names.size(); i++) {
                String block = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
                String consequence = block.substring(block.indexOf("\nthen"));
                Matcher call = reportCall.matcher(consequence);
                int own = 0;
                while (call.find()) {
                    assertThat(call.group(2)).as("%s: %s", names.get(i), call.group()).isEqualTo(
                            "\"" + names.get(i) + "\"");
                    own++;
                }
                reports += own;
            }
        }
        assertThat(reports).as("reports found in the DRL").isGreaterThan(100);
    }

    private static boolean hasMessage(Messages messages, Determination d, Locale locale, String code) {
        try {
            return !messages.pattern(d, locale, code).isBlank();
        } catch (IllegalStateException | java.util.MissingResourceException e) {
            return false;
        }
    }

    @Test
    void translationsHaveExactlyTheEnglishKeys() throws IOException {
        Path dir = RESOURCES.resolve("org/m4sd/rules/messages");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().matches(".*_(fr|es)\\.properties"))
                    .toList()) {
                Set<String> keys = keys(english);
                for (String lang : List.of("fr", "es")) {
                    Path other = dir.resolve(english.getFileName().toString().replace(".properties", "_" + lang + ".properties"));
                    assertThat(keys(other)).as(other.toString()).isEqualTo(keys);
                }
            }
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }

}
