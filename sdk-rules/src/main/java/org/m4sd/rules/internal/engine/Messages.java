package org.m4sd.rules.internal.engine;

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

/**
 * Explanation messages keyed by reason code, in English, French and Spanish: one bundle per determination,
 * {@code org/m4sd/rules/messages/<determination>[_fr|_es].properties} (for example
 * {@code health_emergency_care.properties}); arguments are the figures that decided the criterion.
 */
public final class Messages {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
    private static final String BUNDLE_PREFIX = "org.m4sd.rules.messages.";

    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    /** By determination, locale and reason code; filled for every determination first, so reads need no lock. */
    private final Map<Determination, Map<Locale, Map<String, CompiledMessage>>> compiled =
            new EnumMap<>(Determination.class);

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
        // Every pattern follows MessageFormat's rules ('' for an apostrophe); each is parsed once per locale.
        CompiledMessage message = compiled.get(determination)
                .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(reasonCode, code -> new CompiledMessage(pattern(determination, locale, code), locale));
        return message.format(args);
    }

    /**
     * The message of a criterion not met with its gap in words: the reason (closed with a full stop), then the
     * sentence keyed {@code <reasonCode>.gap}, then one sentence per route keyed {@code route.<KIND>}. The gap sentence's arguments
     * are the gap's amount, unit, date, values (joined by a comma) and fact, then the reason's own arguments; a
     * route sentence's only argument is the route's id.
     */
    public String format(Determination determination, Locale locale, String reasonCode, Object[] args, Gap gap) {
        String reason = format(determination, locale, reasonCode, args);
        if (gap == null) {
            return reason;
        }
        Object[] gapArgs = new Object[5 + (args == null ? 0 : args.length)];
        gapArgs[0] = gap.amount().orElse(null);
        gapArgs[1] = gap.unit().orElse(null);
        gapArgs[2] = gap.date().orElse(null);
        gapArgs[3] = String.join(", ", gap.values());
        gapArgs[4] = gap.fact();
        if (args != null) {
            System.arraycopy(args, 0, gapArgs, 5, args.length);
        }
        StringBuilder out = new StringBuilder(reason);
        // the reasons are written as clauses that may end on a source tag: the gap starts a sentence of its own
        char last = reason.isEmpty() ? '.' : reason.charAt(reason.length() - 1);
        out.append(last == '.' || last == '!' || last == '?' ? " " : ". ")
                .append(format(determination, locale, reasonCode + ".gap", gapArgs));
        for (Route route : gap.routes()) {
            out.append(' ').append(format(determination, locale, "route." + route.kind().name(),
                    new Object[] {route.id()}));
        }
        return out.toString();
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
