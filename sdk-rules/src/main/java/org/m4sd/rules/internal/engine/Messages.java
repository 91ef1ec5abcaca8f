package org.m4sd.rules.internal.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.sdk.Determination;

/**
 * Explanation messages keyed by reason code, in English, French and Spanish: one bundle per determination,
 * {@code org/m4sd/rules/messages/<determination>[_fr|_es].properties} (for example
 * {@code health_emergency_care.properties}); arguments are the figures that decided the criterion.
 */
public final class Messages {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
    private static final String BUNDLE_PREFIX = "org.m4sd.rules.messages.";

    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<FormatKey, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Map<FormatKey, String> constants = new ConcurrentHashMap<>();

    private record FormatKey(Determination determination, Locale locale, String reasonCode) {
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
        // Always through MessageFormat, so that every pattern follows one quoting rule ('' for an apostrophe).
        // Parsed once per code and locale; MessageFormat is not thread-safe, so each use formats on a clone.
        FormatKey key = new FormatKey(determination, locale, reasonCode);
        if (args == null || args.length == 0) {
            // A message without figures is the same every time: format it once.
            return constants.computeIfAbsent(key,
                    k -> new MessageFormat(pattern(determination, locale, reasonCode), locale).format(new Object[0]));
        }
        MessageFormat format = formats.computeIfAbsent(key,
                k -> new MessageFormat(pattern(determination, locale, reasonCode), locale));
        return ((MessageFormat) format.clone()).format(args);
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
