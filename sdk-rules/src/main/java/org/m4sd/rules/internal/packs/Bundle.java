package org.m4sd.rules.internal.packs;

import java.util.Map;

/**
 * A bundle that verified and read: its pack, what it needs, and the bytes its content hash covers.
 *
 * @param source          the bundle as given (its path), for messages
 * @param pack            its identity and data
 * @param sdkVersions     the SDK versions it works with
 * @param extendsId       the id of the pack it overlays
 * @param extendsVersions the versions of that pack it works with
 * @param content         the files the content hash covers (every listed file but the scenarios), by path
 * @param signingKeyId    the key that signed it, or {@code unsigned}
 */
public record Bundle(String source, Pack pack, VersionRange sdkVersions, String extendsId,
        VersionRange extendsVersions, Map<String, byte[]> content, String signingKeyId) {
    /** The bundle's identity file. */
    public static final String IDENTITY = "bundle.json";
    /** Scenario files (request, date, expected decision) for {@code m4sd pack test}; they decide nothing. */
    public static final String SCENARIOS = "scenarios/";
}
