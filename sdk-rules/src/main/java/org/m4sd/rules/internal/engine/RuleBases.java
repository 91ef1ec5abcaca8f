package org.m4sd.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of sdk-rules, built from the executable model that the build generated: one model per DRL package
 * (one kbase per package in {@code kmodule.xml}). Loading the generated model classes directly means no DRL is
 * parsed or compiled at start-up, and it works the same inside a shaded jar, where the kjar container would
 * fall back to compiling DRL.
 *
 * <p>The engine evaluates with one knowledge base built from all the packages' models together, so that one
 * session decides every determination of a request (or of a batch of requests): the packages' rules match
 * disjoint case types, so combining them changes no decision and saves a session per package.
 */
public final class RuleBases {
    /** Written by kie-maven-plugin: one generated model class per DRL package. */
    static final String MODEL_INDEX = "META-INF/kie/org.m4sd/sdk-rules/drools-model";
    static final String RULES_PACKAGE_PREFIX = "org.m4sd.rules.";
    /** Results-framework rules: not eligibility rules, kept out of the eligibility knowledge base. */
    static final String FRAMEWORK_PACKAGE = "org.m4sd.rules.framework";

    private final KieBase combined;

    private RuleBases(KieBase combined) {
        this.combined = combined;
    }

    /** Loads every package's generated model and builds the combined knowledge base. */
    public static RuleBases load() {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames()) {
            String pkg = className.substring(0, className.lastIndexOf('.'));
            if (!pkg.startsWith(RULES_PACKAGE_PREFIX)) {
                throw new IllegalStateException("rule model " + className + " is outside " + RULES_PACKAGE_PREFIX);
            }
            if (pkg.equals(FRAMEWORK_PACKAGE)) {
                continue; // results-framework rules, loaded by their own reporter
            }
            models.add(instantiate(className));
        }
        return new RuleBases(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /**
     * The rules of a knowledge base built elsewhere, for example from DRL compiled at test time (the mutation
     * test builds one per mutant); its rules carry the same metadata as the generated models'.
     */
    public static RuleBases of(KieBase combined) {
        return new RuleBases(combined);
    }

    /** The knowledge base holding every package's rules. */
    public KieBase combined() {
        return combined;
    }

    /** Every rule of every package. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : combined.getKiePackages()) {
            rules.addAll(pkg.getRules());
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
