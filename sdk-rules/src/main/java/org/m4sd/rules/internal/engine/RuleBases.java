package org.m4sd.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.m4sd.sdk.Determination.Sector;

/**
 * The rules of sdk-rules, built from the executable model that the build generated: one model per DRL package
 * (one kbase per package in {@code kmodule.xml}), one package per sector. Loading the generated model classes
 * directly means no DRL is parsed or compiled at start-up, and it works the same inside a shaded jar, where the
 * kjar container would fall back to compiling DRL.
 *
 * <p>The engine evaluates with one knowledge base built from several packages' models together, so that one
 * session decides every determination of a request (or of a batch of requests): the packages' rules match
 * disjoint case types, so combining them changes no decision and saves a session per package. A package's model
 * is loaded when a knowledge base first needs it: most of the time a knowledge base takes to build from a cold
 * JVM goes into loading its models' classes, and a first request of one sector needs one package of four.
 */
public final class RuleBases {
    /** Written by kie-maven-plugin: one generated model class per DRL package. */
    static final String MODEL_INDEX = "META-INF/kie/org.m4sd/sdk-rules/drools-model";
    static final String RULES_PACKAGE_PREFIX = "org.m4sd.rules.";
    /** Results-framework rules: not eligibility rules, kept out of the eligibility knowledge base. */
    static final String FRAMEWORK_PACKAGE = "org.m4sd.rules.framework";
    /** Every sector, as a set of {@link #sectors}. */
    public static final int ALL_SECTORS = (1 << Sector.values().length) - 1;

    /** A knowledge base built elsewhere, or null for the generated models. */
    private final KieBase fixed;
    /** The generated model class of each sector's package (empty for a fixed base). */
    private final Map<Sector, String> modelClasses;
    private final Map<Sector, Model> models = new ConcurrentHashMap<>();
    private volatile KieBase all;

    private RuleBases(KieBase fixed, Map<Sector, String> modelClasses) {
        this.fixed = fixed;
        this.modelClasses = modelClasses;
        this.all = fixed;
    }

    /** The generated models, each loaded when a knowledge base first needs it. */
    public static RuleBases load() {
        Map<Sector, String> classes = new EnumMap<>(Sector.class);
        for (String className : modelClassNames()) {
            String pkg = className.substring(0, className.lastIndexOf('.'));
            if (!pkg.startsWith(RULES_PACKAGE_PREFIX)) {
                throw new IllegalStateException("rule model " + className + " is outside " + RULES_PACKAGE_PREFIX);
            }
            if (pkg.equals(FRAMEWORK_PACKAGE)) {
                continue; // results-framework rules, loaded by their own reporter
            }
            Sector sector = sectorOf(pkg);
            if (sector == null) {
                throw new IllegalStateException("rule package " + pkg + " is no sector's");
            }
            if (classes.put(sector, className) != null) {
                throw new IllegalStateException("two rule models for " + pkg);
            }
        }
        for (Sector sector : Sector.values()) {
            if (!classes.containsKey(sector)) {
                throw new IllegalStateException("no rule model for " + packageOf(sector));
            }
        }
        return new RuleBases(null, classes);
    }

    /**
     * The rules of a knowledge base built elsewhere, for example from DRL compiled at test time (the mutation
     * test builds one per mutant); its rules carry the same metadata as the generated models'. It serves every
     * sector, whatever packages it holds.
     */
    public static RuleBases of(KieBase combined) {
        return new RuleBases(combined, Map.of());
    }

    /** The rule package that decides a sector's determinations: {@code org.m4sd.rules.socialsecurity}, say. */
    public static String packageOf(Sector sector) {
        return RULES_PACKAGE_PREFIX + sector.name().replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** A sector as a set of sectors: a bit per {@link Sector#ordinal()}. */
    public static int bit(Sector sector) {
        return 1 << sector.ordinal();
    }

    /** The set of sectors whose rules decide these determinations' cases. */
    public static int sectors(List<? extends CaseFact> cases) {
        int sectors = 0;
        for (int i = 0; i < cases.size(); i++) {
            sectors |= bit(cases.get(i).getDetermination().sector());
        }
        return sectors;
    }

    /** Whether this is a knowledge base built elsewhere ({@link #of}), which serves every sector. */
    public boolean isFixed() {
        return fixed != null;
    }

    /** The knowledge base holding every package's rules. */
    public KieBase combined() {
        KieBase built = all;
        if (built == null) {
            built = forSectors(ALL_SECTORS);
            all = built;
        }
        return built;
    }

    /**
     * A new knowledge base of the rules of these sectors (a set of {@link #sectors}), loading the models it needs
     * first; a fixed base is returned as it is.
     */
    public KieBase forSectors(int sectors) {
        if (fixed != null) {
            return fixed;
        }
        List<Model> chosen = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            if ((sectors & bit(sector)) != 0) {
                chosen.add(model(sector));
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(chosen);
    }

    /** Every rule of every package. */
    public List<Rule> rules() {
        return rules(combined(), ALL_SECTORS);
    }

    /** The rules of {@code base} in the packages of these sectors (every rule of a fixed base). */
    public List<Rule> rules(KieBase base, int sectors) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            Sector sector = sectorOf(pkg.getName());
            if (fixed != null || sector != null && (sectors & bit(sector)) != 0) {
                rules.addAll(pkg.getRules());
            }
        }
        return rules;
    }

    /**
     * Drools' own first use, on the knowledge base of the smallest package (education's): the classes every
     * knowledge base and session needs loaded and initialised, rule building and node memories included, so that
     * the first one built for a request costs little more than its own rules. Run while the packs are read on
     * another thread (where it is otherwise idle); education's model stays loaded for its first request.
     */
    public void prepare() {
        if (fixed != null) {
            return;
        }
        KieSession session = forSectors(bit(Sector.EDUCATION)).newKieSession();
        try {
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The sector whose determinations a rule package decides, or null for another package. */
    private static Sector sectorOf(String pkg) {
        for (Sector sector : Sector.values()) {
            if (pkg.equals(packageOf(sector))) {
                return sector;
            }
        }
        return null;
    }

    private Model model(Sector sector) {
        return models.computeIfAbsent(sector, s -> instantiate(modelClasses.get(s)));
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
