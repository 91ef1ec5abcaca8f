package org.m4sd.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The knowledge bases of sdk-rules, one per DRL package, built from the executable model that the build
 * generated. Loading the generated model classes directly means no DRL is parsed or compiled at start-up, and
 * it works the same inside a shaded jar, where the kjar container would fall back to compiling DRL.
 */
public final class RuleBases {
    /** Written by kie-maven-plugin: one generated model class per DRL package. */
    static final String MODEL_INDEX = "META-INF/kie/org.m4sd/sdk-rules/drools-model";
    static final String RULES_PACKAGE_PREFIX = "org.m4sd.rules.";

    private final Map<String, KieBase> byName;

    private RuleBases(Map<String, KieBase> byName) {
        this.byName = byName;
    }

    /** Builds every knowledge base; named after its package's last segment ({@code org.m4sd.rules.health} is {@code health}). */
    public static RuleBases load() {
        var bases = new LinkedHashMap<String, KieBase>();
        for (String className : modelClassNames()) {
            Model model = instantiate(className);
            String pkg = className.substring(0, className.lastIndexOf('.'));
            if (!pkg.startsWith(RULES_PACKAGE_PREFIX)) {
                throw new IllegalStateException("rule model " + className + " is outside " + RULES_PACKAGE_PREFIX);
            }
            bases.put(pkg.substring(RULES_PACKAGE_PREFIX.length()), KieBaseBuilder.createKieBaseFromModel(model));
        }
        return new RuleBases(Map.copyOf(bases));
    }

    public KieBase get(String name) {
        KieBase base = byName.get(name);
        if (base == null) {
            throw new IllegalStateException("no knowledge base " + name + "; have " + byName.keySet());
        }
        return base;
    }

    public Map<String, KieBase> all() {
        return byName;
    }

    /** Every rule of every knowledge base. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (KieBase base : byName.values()) {
            for (KiePackage pkg : base.getKiePackages()) {
                rules.addAll(pkg.getRules());
            }
        }
        return rules;
    }

    private static List<String> modelClassNames() {
        try (InputStream in = RuleBases.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_INDEX + " is missing: sdk-rules was not built with kie-maven-plugin");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model instantiate(String className) {
        try {
            return (Model) Class.forName(className, true, RuleBases.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load rule model " + className, e);
        }
    }
}
