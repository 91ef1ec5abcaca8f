package org.m4sd.rules.spi;

import java.util.ServiceLoader;

/** Loads the one {@link RulesFacade} registered for {@link ServiceLoader}, on first use. */
final class FacadeLoader {
    static final RulesFacade INSTANCE = load();

    private FacadeLoader() {
    }

    private static RulesFacade load() {
        return ServiceLoader.load(RulesFacade.class, RulesFacade.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + RulesFacade.class.getName()
                        + " registered: META-INF/services is missing from the sdk-rules jar"));
    }
}
