package org.m4sd.rules.packs.tool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One problem {@link BundleTool#validate} found in a bundle.
 *
 * @param file    the bundle file, relative to the bundle ({@code socialsecurity.json}); the bundle's own path when
 *                the problem is with the bundle as a whole
 * @param path    where in the file, as a JSON path ({@code parameters[0].values[1].source.status}); empty when the
 *                problem is with the whole file
 * @param message what is wrong
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BundleProblem(String file, String path, String message) {
    /** {@code file path: message}, or {@code file: message} without a path. */
    @Override
    public String toString() {
        return file + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
