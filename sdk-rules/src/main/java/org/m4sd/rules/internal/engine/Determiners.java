package org.m4sd.rules.internal.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.m4sd.sdk.Determination;

/** The determiners of sdk-rules, one per determination, found through {@link ServiceLoader}. */
public final class Determiners {
    private Determiners() {
    }

    public static Map<Determination, Determiner> load() {
        var map = new EnumMap<Determination, Determiner>(Determination.class);
        for (Determiner d : ServiceLoader.load(Determiner.class, Determiners.class.getClassLoader())) {
            if (map.put(d.determination(), d) != null) {
                throw new IllegalStateException("two determiners for " + d.determination().id());
            }
        }
        return map;
    }
}
