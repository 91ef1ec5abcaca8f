package org.m4sd.rules.packs.tool;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One scenario of a bundle as {@link BundleTool#test} decided it.
 *
 * @param file        the scenario file, relative to the bundle ({@code scenarios/gha-60-180.json})
 * @param differences what differs from the decision the scenario expects, one line each
 *                    ({@code social-security.old-age-pension: outcome INELIGIBLE, expected ELIGIBLE}), or why it
 *                    could not be decided; empty when the scenario passes
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ScenarioResult(String file, List<String> differences) {
    /** Copies {@code differences}. */
    public ScenarioResult {
        differences = List.copyOf(differences);
    }

    /** Whether the decision is the one expected. */
    public boolean passed() {
        return differences.isEmpty();
    }
}
