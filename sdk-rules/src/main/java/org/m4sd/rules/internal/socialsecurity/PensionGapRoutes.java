package org.m4sd.rules.internal.socialsecurity;

import java.util.ArrayList;
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

    private static final Comparator<QualifyingPath> TABLE_ORDER = Comparator.comparingInt(QualifyingPath::order);

    private PensionGapRoutes() {
    }

    /** {@code gap} with one {@link RouteKind#QUALIFYING_PATH} route for each of {@code paths} of {@code parameter}. */
    public static Gap withPaths(Gap gap, String parameter, List<?> paths) {
        if (paths.isEmpty()) {
            return gap;
        }
        List<QualifyingPath> ordered = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            ordered.add((QualifyingPath) paths.get(i));
        }
        return withOrdered(gap, parameter, ordered);
    }

    /**
     * {@code gap} with one {@link RouteKind#QUALIFYING_PATH} route for each of {@code routes} (of {@link AgeRoute}):
     * the paths without an age condition first, then the early paths, each in table order.
     */
    public static Gap withAgeRoutes(Gap gap, List<?> routes) {
        if (routes.isEmpty()) {
            return gap;
        }
        List<QualifyingPath> paths = new ArrayList<>(routes.size());
        List<QualifyingPath> earlyPaths = new ArrayList<>(routes.size());
        for (int i = 0; i < routes.size(); i++) {
            AgeRoute route = (AgeRoute) routes.get(i);
            (route.parameter().equals(PATHS) ? paths : earlyPaths).add(route.path());
        }
        return withOrdered(withOrdered(gap, PATHS, paths), EARLY_PATHS, earlyPaths);
    }

    /** Sorts {@code paths} in table order and adds a route for each, once. */
    private static Gap withOrdered(Gap gap, String parameter, List<QualifyingPath> paths) {
        paths.sort(TABLE_ORDER);
        Gap out = gap;
        for (int i = 0; i < paths.size(); i++) {
            QualifyingPath path = paths.get(i);
            if (paths.indexOf(path) == i) { // a path two rules found is named once
                out = out.withRoute(new Route(RouteKind.QUALIFYING_PATH, parameter + "[" + path.order() + "]"));
            }
        }
        return out;
    }
}
