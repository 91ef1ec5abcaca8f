package org.m4sd.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mutants the generator makes of small DRL texts: what it changes, and what it must leave alone. */
class MutantGeneratorTest {
    private static final String HEADER = """
            package org.example;

            import org.example.Case;

            // a comment with == and a comma, before the rules
            """;

    private static Map<String, String> mutants(String rules) {
        DrlFile file = DrlFile.parse("org/example/x.drl", HEADER + rules);
        return MutantGenerator.mutants(file).stream()
                .collect(Collectors.toMap(Mutant::id, m -> m.ruleText().replaceAll("\\s+", " ").trim(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String rule(String when, String then) {
        return "rule \"r\" @order(1)\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    @Test
    void everyOperatorOnAPatternOfTwoConstraints() {
        var m = mutants(rule("$c : Case( age >= limit.months, known == true )", "$c.met(\"r\", \"A\", $c.getAge());"));
        assertThat(m).containsOnlyKeys("r/flip/0", "r/flip/1", "r/boundary/0", "r/negate/0", "r/drop/0", "r/drop/1",
                "r/swap/0");
        assertThat(m.get("r/flip/0")).contains("Case( age < limit.months, known == true )");
        assertThat(m.get("r/flip/1")).contains("Case( age >= limit.months, known != true )");
        assertThat(m.get("r/boundary/0")).contains("Case( age > limit.months, known == true )");
        assertThat(m.get("r/negate/0")).contains("Case( age >= limit.months, known == false )");
        assertThat(m.get("r/drop/0")).contains("Case( known == true )");
        assertThat(m.get("r/drop/1")).contains("Case( age >= limit.months )");
        assertThat(m.get("r/swap/0")).contains("$c.notMet(\"r\", \"A\", $c.getAge());");
    }

    @Test
    void commasAndOperatorsInsideCallsStringsAndCommentsAreNotConstraints() {
        var m = mutants(rule("$c : Case( name == \"a, b >= c\", Math.max(x, y) > 3 /* , == */, check(a, b < c) )",
                "$c.notMet(\"r\", \"B\", \"x, y\");"));
        assertThat(m.keySet()).containsExactlyInAnyOrder("r/flip/0", "r/flip/1", "r/boundary/0", "r/negate/0",
                "r/drop/0", "r/drop/1", "r/drop/2", "r/swap/0");
        assertThat(m.get("r/flip/0")).contains("name != \"a, b >= c\"");
        assertThat(m.get("r/flip/1")).contains("Math.max(x, y) <= 3");
        // check(a, b < c) is a bare boolean: negated as a whole, its arguments untouched
        assertThat(m.get("r/negate/0")).contains("!check(a, b < c)");
        assertThat(m.get("r/drop/2")).contains("Math.max(x, y) > 3 /* , == */ )");
        assertThat(m.get("r/swap/0")).contains("$c.met(\"r\", \"B\", \"x, y\");");
    }

    @Test
    void bareBooleansConditionalElementsAndMembership() {
        var m = mutants(rule("""
                $c : Case( qualified, !licensed, regime in ("NPL", "PHL") )
                    not Other( $c.id == id )
                    exists Third( )
                """, "$c.unknown(\"r\", \"U\", \"$.x\");"));
        assertThat(whenParts(m)).contains(
                ruleText("$c : Case( !qualified, !licensed, regime in (\"NPL\", \"PHL\") ) not Other( $c.id == id ) exists Third( )"),
                ruleText("$c : Case( qualified, licensed, regime in (\"NPL\", \"PHL\") ) not Other( $c.id == id ) exists Third( )"),
                ruleText("$c : Case( qualified, !licensed, regime not in (\"NPL\", \"PHL\") ) not Other( $c.id == id ) exists Third( )"),
                ruleText("$c : Case( qualified, !licensed, regime in (\"NPL\", \"PHL\") ) exists Other( $c.id == id ) exists Third( )"),
                ruleText("$c : Case( qualified, !licensed, regime in (\"NPL\", \"PHL\") ) not Other( $c.id == id ) not Third( )"),
                ruleText("$c : Case( qualified, !licensed, regime in (\"NPL\", \"PHL\") ) not Other( $c.id != id ) exists Third( )"));
        assertThat(m.get("r/swap/0")).contains("$c.notMet(\"r\", \"U\", \"$.x\");");
        assertThat(m.keySet()).noneMatch(id -> id.startsWith("r/boundary"));
    }

    @Test
    void groupsEvalAndFromExpressions() {
        var m = mutants(rule("""
                $c : Case( kind == "A" || ( months != null && months > 0 ) )
                    $p : Period( days < 30 ) from $c.periods(1, 2)
                    eval( $c.total() <= 5 )
                """, "$c.met(\"r\", \"G\");"));
        assertThat(whenParts(m)).contains(
                ruleText("$c : Case( kind == \"A\" || ( months != null && months >= 0 ) ) $p : Period( days < 30 ) from $c.periods(1, 2) eval( $c.total() <= 5 )"),
                ruleText("$c : Case( kind == \"A\" || ( months != null && months > 0 ) ) $p : Period( days <= 30 ) from $c.periods(1, 2) eval( $c.total() <= 5 )"),
                ruleText("$c : Case( kind == \"A\" || ( months != null && months > 0 ) ) $p : Period( days < 30 ) from $c.periods(1, 2) eval( $c.total() < 5 )"),
                ruleText("$c : Case( ) $p : Period( days < 30 ) from $c.periods(1, 2) eval( $c.total() <= 5 )"));
        // nothing inside the from expression's call is a pattern or a constraint
        assertThat(m.values()).noneMatch(t -> t.contains("periods(1, 2") && !t.contains("periods(1, 2)"));
        assertThat(m.values()).allMatch(t -> t.contains("from $c.periods(1, 2)"));
    }

    @Test
    void aConstraintThatOnlyBindsIsNotDropped() {
        var m = mutants(rule("$c : Case( $a : age, $k : kind == \"A\" )\n    Other( age > $a )", "$c.met(\"r\", \"B\");"));
        assertThat(whenParts(m.entrySet().stream().filter(e -> e.getKey().contains("/drop/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))).containsExactlyInAnyOrder(
                        ruleText("$c : Case( $a : age ) Other( age > $a )"), ruleText("$c : Case( $a : age, $k : kind == \"A\" ) Other( )"));
    }

    @Test
    void aConjunctionInOneConstraintLosesOneOperandAtATime() {
        var m = mutants(rule("$c : Case( a > 1 && b > 2 && c > 3 )", "$c.met(\"r\", \"C\");"));
        List<String> drops = whenParts(m.entrySet().stream().filter(e -> e.getKey().contains("/drop/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(drops).containsExactlyInAnyOrder(ruleText("$c : Case( )"), ruleText("$c : Case( b > 2 && c > 3 )"),
                ruleText("$c : Case( a > 1 && c > 3 )"), ruleText("$c : Case( a > 1 && b > 2 )"));
    }

    @Test
    void descriptionsShowTheConstraintBeforeAndAfter() {
        DrlFile file = DrlFile.parse("x.drl", HEADER + rule("$c : Case( age >= limit )", "$c.met(\"r\", \"A\");"));
        assertThat(MutantGenerator.mutants(file)).extracting(Mutant::description).contains(
                "boundary: age >= limit  ->  age > limit", "drop: Case( age >= limit )  ->  Case( )",
                "swap: met(\"r\", \"A\")  ->  notMet(\"r\", \"A\")");
    }

    /** A mutated rule as {@link #mutants} shows it, cut before its consequence. */
    private static String ruleText(String when) {
        return "rule \"r\" @order(1) when " + when;
    }

    private static List<String> whenParts(Map<String, String> mutants) {
        return mutants.values().stream().map(t -> t.substring(0, t.indexOf(" then "))).toList();
    }
}
