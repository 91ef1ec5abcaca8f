package org.m4sd.rules.internal.socialsecurity;

import java.util.Comparator;
import java.util.List;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;

/**
 * Names the alternative routes a pension rule found open and adds them to its gap, in the pack's table order: the
 * rules choose which paths are routes; this only spells them. A path is named by its parameter and its place in
 * that parameter's table ({@code ss.pension.paths[1]}).
 */
public final class PensionGapRoutes {
    /** The pack parameter of the qualifying paths. */
    public static final String PATHS = "ss.pension.paths";
    /** The pack parameter of the early paths. */
    public static final String EARLY_PATHS = "ss.pension.early-paths";

    private PensionGapRoutes() {
    }

    /** {@code gap} with one {@link RouteKind#QUALIFYING_PATH} route for each of {@code paths} of {@code parameter}. */
    public static Gap withPaths(Gap gap, String parameter, List<?> paths) {
        Gap out = gap;
        for (QualifyingPath path : paths.stream().map(QualifyingPath.class::cast)
                .sorted(Comparator.comparingInt(QualifyingPath::order)).distinct().toList()) {
            out = out.withRoute(new Route(RouteKind.QUALIFYING_PATH, parameter + "[" + path.order() + "]"));
        }
        return out;
    }

    /**
     * {@code gap} with one {@link RouteKind#QUALIFYING_PATH} route for each of {@code routes} (of {@link AgeRoute}):
     * the paths without an age condition first, then the early paths, each in table order.
     */
    public static Gap withAgeRoutes(Gap gap, List<?> routes) {
        List<AgeRoute> all = routes.stream().map(AgeRoute.class::cast).toList();
        Gap out = withPaths(gap, PATHS, all.stream().filter(r -> r.parameter().equals(PATHS))
                .map(AgeRoute::path).toList());
        return withPaths(out, EARLY_PATHS, all.stream().filter(r -> r.parameter().equals(EARLY_PATHS))
                .map(AgeRoute::path).toList());
    }
}
