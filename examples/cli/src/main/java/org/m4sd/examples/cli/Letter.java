package org.m4sd.examples.cli;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.decision.VerificationStatus;

/**
 * A decision told to the person it is about, in plain words and in one language: the outcome in one sentence,
 * each criterion with its legal basis, what would change a criterion not met, what is still needed from the
 * person, and the next steps. {@link LetterText} and {@link LetterHtml} lay it out; every sentence of the
 * letter's own comes from the {@code letters} resource bundle (English, French, Spanish).
 *
 * <p>The letter is built from the decision alone, never from the request, so nothing of the request the decision
 * does not carry (the person's id, a migratory status) can reach it. The reasons of the criteria are the rules'
 * own messages, in the language the decision was made in.
 *
 * @param language  the letter's language: en, fr or es
 * @param title     the heading, naming the determination
 * @param context   the country deciding and the date the law was taken as of
 * @param outcome   the outcome in one sentence
 * @param criteria  each criterion evaluated, in the decision's order
 * @param needed    for an undetermined decision, what is still needed: its questions, or else its missing facts
 *                  and the conditions of law not encoded
 * @param nextSteps what the person can do next
 * @param reference which rule pack decided, as of which date, and the request's fingerprint
 * @param note      what the letter is, and what it is not
 * @param labels    the section headings and labels, in the letter's language
 */
record Letter(String language, String title, String context, String outcome, List<Item> criteria,
        List<String> needed, List<String> nextSteps, String reference, String note, Labels labels) {

    /** The languages a letter can be written in. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    /**
     * One criterion as the letter tells it.
     *
     * @param result the result in words (met, not met, not known yet)
     * @param kind   the result, for styling
     * @param reason the rules' message
     * @param bases  each legal basis
     * @param change for a criterion not met, what would change it and the other routes open; empty otherwise
     */
    record Item(String result, CriterionResult kind, String reason, List<Basis> bases, List<String> change) {
    }

    /**
     * A legal basis in words.
     *
     * @param source the instrument and article
     * @param status how well it is verified
     * @param url    where it can be read, a web address; empty when the decision gives none
     */
    record Basis(String source, String status, String url) {
    }

    /**
     * The headings and labels of a letter.
     *
     * @param criteria  heading of the criteria
     * @param needed    heading of what is still needed
     * @param neededIntro the sentence introducing the questions
     * @param nextSteps heading of the next steps
     * @param about     heading of the reference and note
     * @param basis     label of a legal basis, with its colon
     */
    record Labels(String criteria, String needed, String neededIntro, String nextSteps, String about,
            String basis) {
    }

    /** The letter of {@code decision} in {@code language} (en, fr or es; any other is English). */
    static Letter of(Decision decision, Locale language) {
        return new Builder(decision, language).build();
    }

    /** One or more article numbers, arabic (with a paragraph or a letter) or roman (with a paragraph). */
    private static final Pattern ARTICLE_NUMBERS = Pattern.compile(
            "\\d+(-[A-Z])?(\\(\\d+\\))?(-\\(\\d+\\))?(, \\d+)*|[IVXLC]+(\\.\\d+)?");

    /** An item of a rule-pack parameter's list, as the rules name a route: {@code ss.pension.early-paths[0]}. */
    private static final Pattern PACK_REFERENCE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*\\[\\d+]");

    /** Composes a letter from the bundle's sentences. */
    private static final class Builder {
        private final Decision decision;
        private final Locale locale;
        private final ResourceBundle bundle;

        Builder(Decision decision, Locale language) {
            this.decision = decision;
            this.locale = LANGUAGES.contains(language.getLanguage()) ? Locale.forLanguageTag(language.getLanguage())
                    : Locale.ENGLISH;
            // No fallback to the JVM's default locale: English is the base bundle, whatever the machine's locale.
            this.bundle = ResourceBundle.getBundle("org.m4sd.examples.cli.letters", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        Letter build() {
            Determination d = decision.determination();
            String name = text("determination." + d.id());
            List<Item> items = decision.criteria().stream().map(this::item).toList();
            return new Letter(locale.getLanguage(), format("letter.title", name),
                    context(),
                    outcome(d, name), items, needed(), nextSteps(name),
                    format("about.reference", decision.rulePack().id(), decision.rulePack().version(),
                            date(decision.asOf()), decision.inputSha256().substring(0, 16)),
                    text("about.note"),
                    new Labels(text("section.criteria"), text("section.needed"), text("needed.intro"),
                            text("section.nextSteps"), text("section.about"), text("basis.label")));
        }

        /**
         * The deciding country and the date of the law. A country's rule pack is named by the country's code in
         * lower case; a decision by the international pack does not say which country decided.
         */
        private String context() {
            String code = decision.rulePack().id().toUpperCase(Locale.ROOT);
            String name = country(code);
            return name.equals(code) ? format("letter.context", date(decision.asOf()))
                    : format("letter.context.country", name, date(decision.asOf()));
        }

        private String outcome(Determination d, String name) {
            Outcome outcome = decision.outcome();
            if (outcome == Outcome.UNDETERMINED) {
                String why = decision.missingFacts().isEmpty() ? "notEncoded" : "missing";
                return format("outcome.UNDETERMINED." + d.kind() + "." + why, name);
            }
            return format("outcome." + outcome, name);
        }

        private Item item(Criterion c) {
            List<Basis> bases = c.legalBasis().stream().map(b -> new Basis(source(b), text("status." + b.status()),
                    b.url().filter(Builder::isWebAddress).orElse(""))).toList();
            List<String> change = c.gap().map(this::change).orElse(List.of());
            return new Item(text("result." + c.result()), c.result(), sentence(c.message()), bases, change);
        }

        /** Only a web address becomes a link: a {@code javascript:} or {@code data:} URL is no legal source. */
        private static boolean isWebAddress(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://");
        }

        /**
         * Instrument and article: "art." before article numbers ({@code 29}, {@code 2, 28}, {@code 7(2)-(3)},
         * {@code 12-B}, {@code VI.1}); anything else as it is given ({@code para. 34}, {@code General principle 7},
         * an indicator's number such as {@code 10.7.1}).
         */
        private String source(LegalBasis b) {
            String article = b.article().strip();
            if (article.isEmpty()) {
                return b.instrument();
            }
            return format(ARTICLE_NUMBERS.matcher(article).matches() ? "basis.article" : "basis.other",
                    b.instrument(), article);
        }

        private List<String> change(Gap gap) {
            List<String> lines = new ArrayList<>();
            String fact = fact(gap.fact());
            lines.add(switch (gap.kind()) {
                case INCREASE, DECREASE -> format("gap." + gap.kind(), fact,
                        quantity(gap.amount().orElseThrow(), gap.unit().orElseThrow()));
                case REACH_DATE -> format("gap.REACH_DATE", fact, date(gap.date().orElseThrow()));
                case CHANGE -> format("gap.CHANGE", fact, alternatives(gap.values()));
                case UNCHANGEABLE -> format("gap.UNCHANGEABLE", fact);
            });
            // one sentence per kind of route, naming each route of that kind, in the order the rules gave them
            Map<RouteKind, List<String>> byKind = new LinkedHashMap<>();
            for (Route route : gap.routes()) {
                byKind.computeIfAbsent(route.kind(), k -> new ArrayList<>()).add(route(route.id()));
            }
            byKind.forEach((kind, ids) -> lines.add(format("route." + kind, alternatives(ids))));
            return lines;
        }

        /**
         * A route in words: a known value's words, a country's name, or, for an item of a pack parameter's list
         * (the rules name a qualifying path {@code ss.pension.paths[1]}), that reference as the rule pack's.
         */
        private String route(String id) {
            return PACK_REFERENCE.matcher(id).matches() ? format("route.reference", id) : value(id);
        }

        private List<String> needed() {
            if (decision.outcome() != Outcome.UNDETERMINED) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            if (!decision.questions().isEmpty()) {
                for (Question q : decision.questions()) {
                    lines.add(format("needed.question", q.text().strip(), answer(q)));
                }
            } else {
                for (String missing : decision.missingFacts()) {
                    String words = fact(missing);
                    lines.add(format("needed.fact", words.substring(0, 1).toUpperCase(locale) + words.substring(1)));
                }
            }
            if (!decision.notEncoded().isEmpty()) {
                lines.add(format("needed.notEncoded", String.join(", ", decision.notEncoded())));
            }
            return lines;
        }

        private String answer(Question q) {
            return switch (q.type()) {
                case INTEGER, NUMBER -> q.unit().map(u -> format("answer.number.unit", unitName(u)))
                        .orElse(text("answer." + q.type()));
                case ONE_OF, SOME_OF -> format("answer." + q.type(), alternatives(q.allowedValues()));
                default -> text("answer." + q.type());
            };
        }

        private List<String> nextSteps(String name) {
            List<String> steps = new ArrayList<>();
            Outcome outcome = decision.outcome();
            boolean gaps = decision.criteria().stream().anyMatch(c -> c.gap().isPresent());
            boolean routes = decision.criteria().stream()
                    .anyMatch(c -> c.gap().map(g -> !g.routes().isEmpty()).orElse(false));
            switch (outcome) {
                case UNDETERMINED -> {
                    if (!decision.missingFacts().isEmpty()) {
                        steps.add(text("next.UNDETERMINED.missing"));
                    }
                    if (!decision.notEncoded().isEmpty()) {
                        steps.add(text("next.UNDETERMINED.notEncoded"));
                    }
                }
                case INELIGIBLE, NON_COMPLIANT -> steps.add(format("next." + outcome + (gaps ? ".gap" : ""), name));
                default -> steps.add(format("next." + outcome, name));
            }
            if (routes) {
                steps.add(text("next.routes"));
            }
            boolean unconfirmed = decision.criteria().stream().flatMap(c -> c.legalBasis().stream())
                    .anyMatch(b -> b.status() != VerificationStatus.V);
            if (unconfirmed) {
                steps.add(text("next.unconfirmed"));
            }
            steps.add(text("next.facts"));
            return steps;
        }

        /** A fact's JSON path in words: the path's own words, else its nearest parent's, else the path itself. */
        private String fact(String path) {
            String key = path.replaceAll("\\[\\d*]", "");
            while (true) {
                Optional<String> words = optional("fact." + key);
                if (words.isPresent()) {
                    return words.get();
                }
                int dot = key.lastIndexOf('.');
                if (dot <= 1) {
                    return path;
                }
                key = key.substring(0, dot);
            }
        }

        private String quantity(BigDecimal amount, String unit) {
            String number = NumberFormat.getNumberInstance(locale).format(amount);
            Optional<String> words = pattern("unit." + unit + (amount.compareTo(BigDecimal.ONE) == 0 ? ".one"
                    : ".other"));
            return words.map(pattern -> new MessageFormat(pattern, locale).format(new Object[] {number}))
                    .orElseGet(() -> format("unit.code", number, unit));
        }

        private String unitName(String unit) {
            return optional("unit." + unit + ".name").orElse(unit);
        }

        private String alternatives(List<String> values) {
            List<String> words = values.stream().map(this::value).toList();
            if (words.size() == 1) {
                return words.get(0);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + text("list.or")
                    + words.get(words.size() - 1);
        }

        /** A value in words: a known code's words, a country's name, else the value as the rules gave it. */
        private String value(String code) {
            return optional("value." + code).orElseGet(() -> country(code));
        }

        /** The name of the country with this ISO 3166-1 alpha-3 code in the letter's language, else the text. */
        private String country(String code) {
            if (code.length() == 3 && code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                for (String alpha2 : Locale.getISOCountries()) {
                    Locale region = new Locale("", alpha2);
                    if (region.getISO3Country().equals(code)) {
                        return region.getDisplayCountry(locale);
                    }
                }
            }
            return code;
        }

        /** A date in words; in English day, month, year ("2 April 2027"), which reads the same everywhere. */
        private String date(LocalDate date) {
            Locale dates = locale.getLanguage().equals("en") ? Locale.UK : locale;
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dates).format(date);
        }

        /** The rules' message as a sentence: ending in a full stop. */
        private static String sentence(String message) {
            String m = message.strip();
            if (m.isEmpty() || m.endsWith(".") || m.endsWith("!") || m.endsWith("?")) {
                return m;
            }
            return m + ".";
        }

        /** The sentence keyed {@code key}; every sentence is a MessageFormat pattern, with {@code ''} for "'". */
        private String text(String key) {
            return format(key);
        }

        /** The sentence keyed {@code key}, if the bundle has one. */
        private Optional<String> optional(String key) {
            return pattern(key).map(pattern -> new MessageFormat(pattern, locale).format(new Object[0]));
        }

        private Optional<String> pattern(String key) {
            try {
                return Optional.of(bundle.getString(key));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        }

        private String format(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
    }
}
