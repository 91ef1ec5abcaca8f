package org.m4sd.rules.mutation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One small change to one rule of a DRL file.
 *
 * @param id          stable id: rule name, operator and the occurrence of that operator in the rule, e.g.
 *                    {@code ss.pension.age.reached/flip/0}
 * @param file        the DRL file the rule is in
 * @param rule        the rule changed
 * @param operator    the kind of change
 * @param description one line: what was changed into what
 * @param edits       the text replacements, inside the rule, that make the change
 */
record Mutant(String id, DrlFile file, DrlFile.Rule rule, Operator operator, String description, List<Edit> edits) {

    /** The mutation operators. */
    enum Operator {
        /**
         * A relational operator replaced by its opposite: {@code ==}/{@code !=}, {@code <}/{@code >=},
         * {@code >}/{@code <=}, {@code in}/{@code not in} (and the other membership operators).
         */
        FLIP("flip"),
        /**
         * A boundary moved: {@code >=} to {@code >}, {@code >} to {@code >=}, {@code <=} to {@code <}, {@code <} to
         * {@code <=}.
         */
        BOUNDARY("boundary"),
        /**
         * A condition negated: {@code x == true} to {@code x == false}, {@code x} to {@code !x}, {@code !x} to
         * {@code x}, {@code exists} to {@code not} and back.
         */
        NEGATE("negate"),
        /** One constraint of a pattern dropped. */
        DROP("drop"),
        /** The result a consequence reports swapped: met to notMet, notMet to met, unknown to notMet. */
        SWAP("swap");

        final String label;

        Operator(String label) {
            this.label = label;
        }
    }

    /** Replace the characters from {@code start} (inclusive) to {@code end} (exclusive) of the file by {@code text}. */
    record Edit(int start, int end, String text) {
    }

    /** The mutated rule's text. */
    String ruleText() {
        return apply(file.source(), rule.start(), rule.end());
    }

    /** The characters from {@code from} to {@code to} of {@code source} with the edits applied. */
    String apply(String source, int from, int to) {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(to - from + 16);
        int at = from;
        for (Edit e : ordered) {
            out.append(source, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(source, at, to).toString();
    }
}
