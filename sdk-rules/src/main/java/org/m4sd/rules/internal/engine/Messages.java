package org.m4sd.rules.internal.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;

/**
 * Explanation messages keyed by reason code, in English, French and Spanish: one bundle per determination,
 * {@code org/m4sd/rules/messages/<determination>[_fr|_es].properties} (for example
 * {@code health_emergency_care.properties}); arguments are the figures that decided the criterion.
 */
public final class Messages {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
    private static final String BUNDLE_PREFIX = "org.m4sd.rules.messages.";
    private static final ThreadLocal<Object[]> GAP_FIGURES = ThreadLocal.withInitial(() -> new Object[5]);

    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    /** By determination, then locale; filled for every determination first, so reads need no lock. */
    private final Map<Determination, Map<Locale, Compiled>> compiled = new EnumMap<>(Determination.class);

    public Messages() {
        for (Determination d : Determination.values()) {
            compiled.put(d, new ConcurrentHashMap<>());
        }
    }

    /** The supported locale matching the language of {@code requested}, or English. */
    public static Locale supported(Locale requested) {
        for (Locale l : SUPPORTED) {
            if (l.getLanguage().equals(requested.getLanguage())) {
                return l;
            }
        }
        return Locale.ENGLISH;
    }

    public String format(Determination determination, Locale locale, String reasonCode, Object[] args) {
        return compiled(determination, locale).reason(reasonCode).format(args);
    }

    /**
     * The message of a criterion not met with its gap in words: the reason (closed with a full stop), then the
     * sentence keyed {@code <reasonCode>.gap}, then one sentence per route keyed {@code route.<KIND>}. The gap sentence's arguments
     * are the gap's amount, unit, date, values (joined by a comma) and fact, then the reason's own arguments; a
     * route sentence's only argument is the route's id.
     */
    public String format(Determination determination, Locale locale, String reasonCode, Object[] args, Gap gap) {
        Compiled messages = compiled(determination, locale);
        CompiledMessage reason = messages.reason(reasonCode);
        if (gap == null) {
            return reason.format(args);
        }
        CompiledMessage gapSentence = messages.gap(reasonCode);
        // the gap's five figures, then the reason's own arguments: in this thread's array, as formatting keeps
        // neither (what formats them calls nothing that takes it again)
        Object[] gapFigures = GAP_FIGURES.get();
        gapFigures[0] = gap.amount().orElse(null);
        gapFigures[1] = gap.unit().orElse(null);
        gapFigures[2] = gap.date().orElse(null);
        // joined only for the sentences that name the values
        gapFigures[3] = gapSentence.uses(3) ? String.join(", ", gap.values()) : null;
        gapFigures[4] = gap.fact();
        StringBuilder out = CompiledMessage.scratch();
        reason.appendTo(out, args);
        // the reasons are written as clauses that may end on a source tag: the gap starts a sentence of its own
        char last = out.length() == 0 ? '.' : out.charAt(out.length() - 1);
        out.append(last == '.' || last == '!' || last == '?' ? " " : ". ");
        gapSentence.appendTo(out, gapFigures, args);
        Arrays.fill(gapFigures, null);
        List<Route> routes = gap.routes();
        for (int i = 0; i < routes.size(); i++) {
            out.append(' ');
            messages.route(routes.get(i).kind()).appendTo(out, new Object[] {routes.get(i).id()});
        }
        // not kept as the last text: a gap is the person's own, and such texts seldom come back
        return CompiledMessage.text(out);
    }

    private Compiled compiled(Determination determination, Locale locale) {
        Map<Locale, Compiled> byLocale = compiled.get(determination);
        Compiled found = byLocale.get(locale);
        return found != null ? found : byLocale.computeIfAbsent(locale, l -> new Compiled(determination, l));
    }

    /**
     * One determination's messages in one locale, each pattern parsed once: reasons by code, gap sentences by the
     * reason's code (without building the {@code .gap} key on every call), route sentences by kind. Every pattern
     * follows MessageFormat's rules ('' for an apostrophe).
     */
    private final class Compiled {
        private final Determination determination;
        private final Locale locale;
        private final Map<String, CompiledMessage> reasons = new ConcurrentHashMap<>();
        private final Map<String, CompiledMessage> gaps = new ConcurrentHashMap<>();
        private final Map<RouteKind, CompiledMessage> routes = new ConcurrentHashMap<>();

        Compiled(Determination determination, Locale locale) {
            this.determination = determination;
            this.locale = locale;
        }

        // A read first: computeIfAbsent may lock the bin even when the message is there.
        CompiledMessage reason(String code) {
            CompiledMessage found = reasons.get(code);
            return found != null ? found : reasons.computeIfAbsent(code, this::compile);
        }

        CompiledMessage gap(String reasonCode) {
            CompiledMessage found = gaps.get(reasonCode);
            return found != null ? found : gaps.computeIfAbsent(reasonCode, code -> compile(code + ".gap"));
        }

        CompiledMessage route(RouteKind kind) {
            CompiledMessage found = routes.get(kind);
            return found != null ? found : routes.computeIfAbsent(kind, k -> compile("route." + k.name()));
        }

        private CompiledMessage compile(String key) {
            return new CompiledMessage(pattern(determination, locale, key), locale);
        }
    }

    public String pattern(Determination determination, Locale locale, String reasonCode) {
        String base = bundleName(determination);
        ResourceBundle bundle = bundles.computeIfAbsent(base + "|" + locale, k -> ResourceBundle.getBundle(base,
                locale, Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
        try {
            return bundle.getString(reasonCode);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for reason code " + reasonCode + " of "
                    + determination.id() + " in " + locale, e);
        }
    }

    /** The bundle base name of a determination's messages. */
    public static String bundleName(Determination determination) {
        return BUNDLE_PREFIX + determination.name().toLowerCase(Locale.ROOT);
    }
}
