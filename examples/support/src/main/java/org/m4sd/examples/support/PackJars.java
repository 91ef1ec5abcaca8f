package org.m4sd.examples.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.spi.EligibilityEngineProvider;

/**
 * Engines over another sdk-rules jar, each in its own class loader, so two rule-pack versions can decide the
 * same cases side by side. The jar supplies the rule classes and resources ({@code org.m4sd.rules.*}, the
 * generated rule models, the pack data and its service registrations); the SDK API, Drools and Jackson come
 * from m4sd itself, so the engine it builds is an ordinary {@link EligibilityEngine}.
 */
public final class PackJars {
    private PackJars() {
    }

    /**
     * An engine and what to call it; closing it closes the engine and its class loader.
     *
     * @param engine the engine
     * @param label  where its packs come from, for messages
     * @param loader the class loader over the jar, or null for the built-in packs
     */
    public record Engine(EligibilityEngine engine, String label, URLClassLoader loader) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            engine.close();
            if (loader != null) {
                loader.close();
            }
        }
    }

    /**
     * The built-in engine when {@code jar} is null, else an engine over the packs in {@code jar}.
     *
     * @param jar     an sdk-rules jar, or null for the packs m4sd itself carries
     * @param options the engine's options
     * @return the engine, with its label and class loader
     * @throws IOException              when the jar cannot be opened
     * @throws IllegalArgumentException when the jar holds no rule engine (the message names the jar)
     */
    public static Engine engine(Path jar, EngineOptions options) throws IOException {
        if (jar == null) {
            return new Engine(EligibilityEngine.create(options), "built-in packs", null);
        }
        RulesFirst loader = new RulesFirst(jar.toUri().toURL(), PackJars.class.getClassLoader());
        for (EligibilityEngineProvider p : ServiceLoader.load(EligibilityEngineProvider.class, loader)) {
            if (p.getClass().getClassLoader() == loader) {
                return new Engine(p.create(options), "packs of " + jar.getFileName(), loader);
            }
        }
        loader.close();
        throw new IllegalArgumentException(jar + " holds no rule engine: give an sdk-rules jar");
    }

    /**
     * Looks in the jar first for the rule packs' own classes and resources, and in the parent for everything
     * else (the SDK API the engine implements must be the parent's, so the two sides agree on its types).
     */
    static final class RulesFirst extends URLClassLoader {
        RulesFirst(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        private static boolean own(String name) {
            return name.startsWith("org.m4sd.rules.") || name.startsWith("org/m4sd/rules/")
                    || name.startsWith("META-INF/kie/") || name.equals("META-INF/kmodule.xml")
                    || name.startsWith("META-INF/services/org.m4sd.rules.");
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!own(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            if (own(name)) {
                URL url = findResource(name);
                if (url != null) {
                    return url;
                }
            }
            return super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!own(name)) {
                return super.getResources(name);
            }
            List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
            if (urls.isEmpty()) {
                try {
                    urls.addAll(Collections.list(getParent().getResources(name)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Collections.enumeration(urls);
        }
    }
}
