package org.m4sd.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The list of equivalent mutants: its format, and that an entry counts only while its description is current. */
class EquivalentMutantsTest {
    private static final String RULE = """
            package org.example;
            rule "r"
            when
                String( length > 2 || length == 0 )
            then
            end
            """;

    @Test
    void anEntryCountsOnlyWithTheMutantsCurrentDescription() {
        Mutant flip = MutantGenerator.mutants(DrlFile.parse("x.drl", RULE)).stream()
                .filter(m -> m.id().equals("r/flip/0")).findFirst().orElseThrow();
        assertThat(flip.description()).isEqualTo("flip: length > 2 || length == 0  ->  length <= 2 || length == 0");
        EquivalentMutants current = EquivalentMutants.parse("""
                # a comment
                r/flip/0 | flip: length > 2 || length == 0  ->  length <= 2 || length == 0 | because
                """);
        assertThat(current.find(flip)).isNotNull().extracting(EquivalentMutants.Entry::reason).isEqualTo("because");
        EquivalentMutants outdated = EquivalentMutants.parse("r/flip/0 | flip: length > 3  ->  length <= 3 | because\n");
        assertThat(outdated.find(flip)).isNull();
        assertThat(outdated.listedUnder("r/flip/0")).isNotNull();
    }

    @Test
    void aLineWithoutAReasonOrListedTwiceIsRejected() {
        assertThatThrownBy(() -> EquivalentMutants.parse("r/flip/0 | flip: a  ->  b\n"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> EquivalentMutants.parse("r/flip/0 | d | why\nr/flip/0 | d | why\n"))
                .hasMessageContaining("listed twice");
    }

    @Test
    void theCommittedListReads() {
        assertThat(EquivalentMutants.load().all()).isNotNull();
    }
}
