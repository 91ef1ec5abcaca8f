package org.m4sd.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Knowledge bases compiled at test time: the file as it is, and with one rule replaced, alone or with the file. */
class MutantKieBasesTest {
    private static final String RULES = """
            rule "long"
            when
                $s : String( length > 2 )
            then
                seen.add("long " + $s);
            end

            rule "short"
            when
                $s : String( length <= 2 )
            then
                seen.add("short " + $s);
            end
            """;

    private static List<String> fire(KieBase base, String... facts) {
        KieSession session = base.newKieSession();
        try {
            List<String> seen = new ArrayList<>();
            session.setGlobal("seen", seen);
            for (String f : facts) {
                session.insert(f);
            }
            session.fireAllRules();
            return seen.stream().sorted().toList();
        } finally {
            session.dispose();
        }
    }

    private static void replacesOneRuleOnly(String header) throws Exception {
        DrlFile file = DrlFile.parse("org/example/x.drl", header + RULES);
        MutantKieBases bases = new MutantKieBases(file);
        assertThat(fire(bases.unmutated(), "ab", "abc")).containsExactly("long abc", "short ab");
        Mutant boundary = MutantGenerator.mutants(file).stream().filter(m -> m.id().equals("long/boundary/0"))
                .findFirst().orElseThrow();
        assertThat(fire(bases.withRule(boundary.rule(), boundary.ruleText()), "ab", "abc"))
                .containsExactly("long ab", "long abc", "short ab");
        // the unmutated base is untouched by the mutants built after it
        assertThat(fire(bases.unmutated(), "ab", "abc")).containsExactly("long abc", "short ab");
    }

    @Test
    void aRuleCompiledAloneReplacesItsOriginalInACopyOfThePackage() throws Exception {
        String header = "package org.example;\nglobal java.util.List seen;\n\n";
        assertThat(DrlFile.parse("x.drl", header + RULES).rulesStandAlone()).isTrue();
        replacesOneRuleOnly(header);
    }

    @Test
    void aFileThatDeclaresTypesIsCompiledWholeForEachMutant() throws Exception {
        String header = "package org.example;\nglobal java.util.List seen;\n\ndeclare Marker\n    name : String\nend\n\n";
        assertThat(DrlFile.parse("x.drl", header + RULES).rulesStandAlone()).isFalse();
        replacesOneRuleOnly(header);
    }

    @Test
    void aMutantTheCompilerRejectsIsInvalid() {
        DrlFile file = DrlFile.parse("x.drl", "package org.example;\nglobal java.util.List seen;\n\n" + RULES);
        MutantKieBases bases = new MutantKieBases(file);
        DrlFile.Rule rule = file.rules().get(0);
        assertThatThrownBy(() -> bases.withRule(rule, file.text(rule).replace("length > 2", "length >")))
                .isInstanceOf(MutantKieBases.InvalidMutantException.class);
    }
}
