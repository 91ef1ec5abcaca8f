package org.m4sd.rules.mutation;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Knowledge bases of one DRL file compiled at test time: the file as it is, and the file with one rule replaced
 * by a mutant of it.
 *
 * <p>DRL is compiled with the classic compiler (MVEL constraints, Java consequences through ECJ), measured here at
 * several times the speed of compiling to the executable model. Compiling a whole file per mutant would still
 * cost 0.2 to 0.8 s; instead the file is compiled once, and each mutant's knowledge base is that compiled package
 * (Drools deep-copies a package that a knowledge base already uses) less the rule, plus the mutated rule compiled
 * alone with the file's package, imports, globals and functions. The test checks that this path decides exactly
 * as the whole file compiled at once before it trusts it with a mutant. A file whose rules cannot be compiled
 * apart (it declares types, or a rule extends another) is compiled whole for every mutant.
 */
final class MutantKieBases {
    private final DrlFile file;
    private final String packageName;
    private final Collection<KiePackage> compiled;
    private final KieBase unmutated;

    /** Compiles the file; fails if it does not compile. Mutants may then be built on several threads. */
    MutantKieBases(DrlFile file) {
        this.file = file;
        this.packageName = file.packageName();
        try {
            this.compiled = compile(file.source());
        } catch (InvalidMutantException e) {
            throw new IllegalStateException(file.path() + " does not compile at test time: " + e.getMessage(), e);
        }
        // The first knowledge base to take the compiled package gets it as it is, every later one a deep copy:
        // this one, which no rule is ever removed from, must come first.
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(compiled);
        this.unmutated = base;
    }

    /** The file as it is. */
    KieBase unmutated() {
        return unmutated;
    }

    /** The file with {@code rule} written as {@code ruleText}; fails if that rule does not compile. */
    KieBase withRule(DrlFile.Rule rule, String ruleText) throws InvalidMutantException {
        if (!file.rulesStandAlone()) {
            InternalKnowledgeBase whole = KnowledgeBaseFactory.newKnowledgeBase();
            whole.addPackages(compile(file.withRule(rule, ruleText)));
            return whole;
        }
        Collection<KiePackage> replacement = compile(file.withOnly(rule, ruleText));
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        // Mutants are built on several threads: the deep copy of the shared compiled package is made by one at a time.
        synchronized (compiled) {
            base.addPackages(compiled);
        }
        base.removeRule(packageName, rule.name());
        base.addPackages(replacement);
        return base;
    }

    private Collection<KiePackage> compile(String drl) throws InvalidMutantException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(file.path()), ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new InvalidMutantException(builder.getErrors().toString().replaceAll("\\s+", " ").trim());
        }
        return builder.getKnowledgePackages();
    }

    /** DRL that the compiler rejects. */
    static final class InvalidMutantException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidMutantException(String message) {
            super(message);
        }
    }
}
