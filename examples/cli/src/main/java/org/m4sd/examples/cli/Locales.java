package org.m4sd.examples.cli;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/** Reads {@code --locale}: English, French or Spanish, as the rule packs' messages are written. */
final class Locales {
    private static final Set<String> SUPPORTED = Set.of("en", "fr", "es");

    private Locales() {
    }

    /** The locale named, or null when none; anything but en, fr or es (with optional region) is a usage error. */
    static Locale parse(CommandLine cmd, String tag) {
        if (tag == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        if (!SUPPORTED.contains(locale.getLanguage())) {
            throw new CommandLine.ParameterException(cmd,
                    "--locale must be en, fr or es (optionally with a region, such as es-EC), got '" + tag + "'");
        }
        return locale;
    }
}
