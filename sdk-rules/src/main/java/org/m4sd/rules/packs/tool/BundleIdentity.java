package org.m4sd.rules.packs.tool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A bundle that {@link BundleTool#verify verified} or was {@link BundleTool#sign signed}.
 *
 * @param id           its pack id
 * @param version      its version
 * @param jurisdiction its jurisdiction (ISO 3166-1 alpha-3)
 * @param keyId        the id of the key that signed it (16 lower-case hex digits)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BundleIdentity(String id, String version, String jurisdiction, String keyId) {
}
