package org.m4sd.rules.mutation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4sd.rules.mutation.Mutant.Edit;
import org.m4sd.rules.mutation.Mutant.Operator;

/**
 * Generates the mutants of a DRL file, rule by rule, from its tokens rather than from regular expressions, so
 * that commas inside method calls, operators inside strings and comments, and the arguments of calls are never
 * taken for constraints or conditions.
 *
 * <p>The {@code when} part is read as nested contexts: conditional elements ({@code not}, {@code exists},
 * {@code and}, {@code or}, {@code forall}, {@code accumulate}), patterns ({@code Type( c1, c2 )}), groups inside a
 * constraint ({@code ( a || b )}), {@code eval( ... )}, and opaque brackets (method-call arguments, {@code in}
 * lists, indexes, {@code from} expressions, the functions of an accumulate), where nothing is mutated. The
 * {@code then} part is searched for the calls that report a result ({@code .met(}, {@code .notMet(},
 * {@code .unknown(}).
 */
final class MutantGenerator {
    private static final Set<String> CONDITIONAL_ELEMENTS = Set.of("not", "exists", "forall", "and", "or");
    private static final Set<String> ACCUMULATE = Set.of("accumulate", "acc", "collect");
    private static final Set<String> FLIPPABLE_WORDS = Set.of("in", "matches", "contains", "memberOf", "soundslike",
            "excludes");
    /** Words that compare or bind: a constraint holding one is not a bare boolean. */
    private static final Set<String> RELATION_WORDS = Set.of("in", "matches", "contains", "memberOf", "soundslike",
            "excludes", "instanceof", "str", "after", "before", "coincides", "during", "finishes", "finishedby",
            "includes", "meets", "metby", "overlaps", "overlappedby", "starts", "startedby");
    private static final Map<String, String> FLIP = Map.of("==", "!=", "!=", "==", "<", ">=", ">=", "<", ">", "<=",
            "<=", ">");
    private static final Map<String, String> BOUNDARY = Map.of(">=", ">", ">", ">=", "<=", "<", "<", "<=");
    private static final Map<String, String> SWAP = Map.of("met", "notMet", "notMet", "met", "unknown", "notMet");

    private MutantGenerator() {
    }

    /** Every mutant of every rule of the file, rule by rule in file order. */
    static List<Mutant> mutants(DrlFile file) {
        List<Mutant> all = new ArrayList<>();
        for (DrlFile.Rule rule : file.rules()) {
            all.addAll(new RuleScan(file, rule).mutants());
        }
        return all;
    }

    private enum Context {
        /** Conditional elements and patterns. */
        CONDITIONS,
        /** The source pattern of an accumulate; after its first {@code ,} or {@code ;} the rest is opaque. */
        ACCUMULATE,
        /** The constraints of a pattern, separated by commas. */
        PATTERN,
        /** A parenthesised part of a constraint, or the expression of an eval. */
        GROUP,
        /** Call arguments, lists, indexes, {@code from} expressions: never mutated. */
        OPAQUE
    }

    /** A stretch of tokens shown in a mutant's description; its last token is known when it closes. */
    private static final class Piece {
        final int first;
        int last;
        /** Whether a comparison was seen in it: a constraint that only binds ({@code $x : field}) is not dropped. */
        boolean compares;

        Piece(int first) {
            this.first = first;
            this.last = first;
        }
    }

    /** A mutation found while scanning: its edits, and the piece of the rule its description shows. */
    private record Site(Operator operator, Piece piece, List<Edit> edits) {
    }

    private static final class Frame {
        Context context;
        final int open;
        /** The constraint (or eval expression) that sites in this frame describe. */
        Piece constraint;
        /** PATTERN only: from the pattern's type name to its closing parenthesis. */
        final Piece pattern;
        int operandFirst = -1;
        int operandLast = -1;
        boolean operandHasRelation;
        /** PATTERN only: the top-level operands and connectives of the current constraint. */
        final List<int[]> conjuncts = new ArrayList<>();
        final List<Integer> connectives = new ArrayList<>();
        boolean onlyAnd = true;

        Frame(Context context, int open, Piece constraint, Piece pattern) {
            this.context = context;
            this.open = open;
            this.constraint = constraint;
            this.pattern = pattern;
        }

        boolean isExpression() {
            return context == Context.PATTERN || context == Context.GROUP;
        }
    }

    /** Scans one rule and turns what it finds into mutants. */
    private static final class RuleScan {
        private final DrlFile file;
        private final DrlFile.Rule rule;
        private final List<DrlToken> tokens;
        private final List<Site> sites = new ArrayList<>();
        private final Deque<Frame> stack = new ArrayDeque<>();

        RuleScan(DrlFile file, DrlFile.Rule rule) {
            this.file = file;
            this.rule = rule;
            this.tokens = file.tokens();
        }

        List<Mutant> mutants() {
            scanWhen();
            scanThen();
            Map<Operator, List<Site>> byOperator = new EnumMap<>(Operator.class);
            for (Site s : sites) {
                byOperator.computeIfAbsent(s.operator(), o -> new ArrayList<>()).add(s);
            }
            List<Mutant> out = new ArrayList<>();
            Set<String> texts = new HashSet<>();
            for (var e : byOperator.entrySet()) {
                List<Site> ordered = new ArrayList<>(e.getValue());
                ordered.sort(Comparator.comparingInt((Site s) -> s.edits().get(0).start())
                        .thenComparingInt(s -> s.edits().get(0).end()));
                int index = 0;
                for (Site s : ordered) {
                    Mutant m = new Mutant(rule.name() + "/" + e.getKey().label + "/" + index, file, rule, e.getKey(),
                            "", s.edits());
                    if (!texts.add(m.ruleText())) {
                        continue; // the same text as an earlier mutant of this rule
                    }
                    index++;
                    out.add(new Mutant(m.id(), file, rule, m.operator(), describe(s, m), s.edits()));
                }
            }
            return out;
        }

        private String describe(Site s, Mutant m) {
            int from = tokens.get(s.piece().first).start();
            int to = tokens.get(s.piece().last).end();
            String before = oneLine(file.source().substring(from, to));
            String after = oneLine(m.apply(file.source(), from, to));
            return s.operator().label + ": " + before + "  ->  " + (after.isEmpty() ? "(nothing)" : after);
        }

        private static String oneLine(String text) {
            return text.replaceAll("\\s+", " ").trim();
        }

        // ---- the when part

        private void scanWhen() {
            stack.push(new Frame(Context.CONDITIONS, -1, null, null));
            int previous = -1;
            boolean inFrom = false;
            int fromDepth = 0;
            boolean fromSawCode = false;
            for (int i = rule.whenFrom(); i < rule.whenTo(); i++) {
                DrlToken t = tokens.get(i);
                if (!t.isCode()) {
                    if (inFrom && fromSawCode && stack.size() == fromDepth && t.text().contains("\n")
                            && !continuesExpression(previous)) {
                        inFrom = false;
                    }
                    continue;
                }
                Frame f = stack.peek();
                if (inFrom && stack.size() == fromDepth) {
                    if (!fromSawCode && t.kind() == DrlToken.Kind.IDENTIFIER && ACCUMULATE.contains(t.text())) {
                        inFrom = false;
                    } else if (t.is(")") || t.is("]") || t.is("}")) {
                        inFrom = false;
                    } else {
                        fromSawCode = true;
                        if (t.is("(") || t.is("[") || t.is("{")) {
                            stack.push(new Frame(Context.OPAQUE, i, null, null));
                        }
                        previous = i;
                        continue;
                    }
                }
                if (t.is("(")) {
                    stack.push(open(f, previous, i));
                } else if (t.is("[") || t.is("{")) {
                    extendOperandIfExpression(f, i);
                    stack.push(new Frame(Context.OPAQUE, i, null, null));
                } else if (t.is(")") || t.is("]") || t.is("}")) {
                    close(f, i);
                } else if (f.context == Context.CONDITIONS) {
                    if (t.isIdentifier("not") || t.isIdentifier("exists")) {
                        negateConditionalElement(i);
                    } else if (t.isIdentifier("from")) {
                        inFrom = true;
                        fromDepth = stack.size();
                        fromSawCode = false;
                    }
                } else if (f.context == Context.ACCUMULATE) {
                    if (t.is(",") || t.is(";")) {
                        f.context = Context.OPAQUE;
                    }
                } else if (f.isExpression()) {
                    expressionToken(f, i);
                }
                previous = i;
            }
            Frame root = stack.pop();
            if (!stack.isEmpty() || root.context != Context.CONDITIONS) {
                throw new IllegalStateException(file.path() + ": unbalanced brackets in the when part of rule \""
                        + rule.name() + "\"");
            }
        }

        private boolean continuesExpression(int previous) {
            DrlToken p = tokens.get(previous);
            return p.is(".") || p.is(",") || p.kind() == DrlToken.Kind.OPERATOR;
        }

        /** The frame an opening parenthesis starts, from the context it is in and the token before it. */
        private Frame open(Frame f, int previous, int i) {
            DrlToken p = previous < 0 ? null : tokens.get(previous);
            boolean afterWord = p != null && p.kind() == DrlToken.Kind.IDENTIFIER;
            switch (f.context) {
                case CONDITIONS, ACCUMULATE -> {
                    if (afterWord && CONDITIONAL_ELEMENTS.contains(p.text())) {
                        return new Frame(Context.CONDITIONS, i, null, null);
                    }
                    if (afterWord && p.text().equals("eval")) {
                        return new Frame(Context.GROUP, i, new Piece(i + 1), null);
                    }
                    if (afterWord && ACCUMULATE.contains(p.text())) {
                        return new Frame(Context.ACCUMULATE, i, null, null);
                    }
                    if (afterWord) {
                        Frame pattern = new Frame(Context.PATTERN, i, null, new Piece(previous));
                        pattern.constraint = new Piece(i + 1);
                        return pattern;
                    }
                    return new Frame(Context.CONDITIONS, i, null, null);
                }
                case PATTERN, GROUP -> {
                    boolean call = afterWord || p != null && (p.is(")") || p.is("]") || p.is("."));
                    if (call) {
                        extendOperandIfExpression(f, i);
                        return new Frame(Context.OPAQUE, i, null, null);
                    }
                    startOperand(f, i);
                    return new Frame(Context.GROUP, i, f.constraint, null);
                }
                default -> {
                    return new Frame(Context.OPAQUE, i, null, null);
                }
            }
        }

        private void close(Frame f, int i) {
            if (f.context == Context.PATTERN) {
                endConstraint(f, i, false);
                f.pattern.last = i;
            } else if (f.context == Context.GROUP) {
                endOperand(f);
                if (f.constraint != null && f.constraint.first == f.open + 1) {
                    f.constraint.last = previousCode(i); // an eval's expression
                }
            }
            stack.pop();
            Frame parent = stack.peek();
            if (parent != null && parent.isExpression()) {
                extendOperand(parent, i);
            }
        }

        /** A code token inside a pattern's constraints or a group: operators, connectives, commas. */
        private void expressionToken(Frame f, int i) {
            DrlToken t = tokens.get(i);
            if (f.context == Context.PATTERN && t.is(",")) {
                endConstraint(f, i, true);
                return;
            }
            if (t.is("&&") || t.is("||")) {
                endOperand(f);
                if (f.context == Context.PATTERN) {
                    f.connectives.add(i);
                    f.onlyAnd &= t.is("&&");
                }
                return;
            }
            if (f.operandFirst < 0) {
                startOperand(f, i);
            } else {
                extendOperand(f, i);
            }
            if (t.kind() == DrlToken.Kind.OPERATOR && FLIP.containsKey(t.text())) {
                f.operandHasRelation = true;
                relation(f, i);
            } else if (t.is(":") || t.is(":=") || t.is("?")) {
                f.operandHasRelation = true;
            } else if (t.kind() == DrlToken.Kind.IDENTIFIER && RELATION_WORDS.contains(t.text())) {
                f.operandHasRelation = true;
                f.constraint.compares = true;
                if (FLIPPABLE_WORDS.contains(t.text())) {
                    int before = previousCode(i);
                    if (before >= f.operandFirst && tokens.get(before).isIdentifier("not")) {
                        add(Operator.FLIP, f.constraint, new Edit(tokens.get(before).start(), t.start(), ""));
                    } else {
                        add(Operator.FLIP, f.constraint, new Edit(t.start(), t.start(), "not "));
                    }
                }
            }
        }

        private void relation(Frame f, int i) {
            DrlToken t = tokens.get(i);
            f.constraint.compares = true;
            add(Operator.FLIP, f.constraint, new Edit(t.start(), t.end(), FLIP.get(t.text())));
            if (BOUNDARY.containsKey(t.text())) {
                add(Operator.BOUNDARY, f.constraint, new Edit(t.start(), t.end(), BOUNDARY.get(t.text())));
            }
            if (t.is("==") || t.is("!=")) {
                int next = DrlFile.nextCode(tokens, i + 1);
                int before = previousCode(i);
                if (isBooleanLiteral(next) && endsOperand(DrlFile.nextCode(tokens, next + 1))) {
                    negateLiteral(f, next);
                } else if (isBooleanLiteral(before) && before == f.operandFirst) {
                    negateLiteral(f, before);
                }
            }
        }

        private void negateLiteral(Frame f, int literal) {
            DrlToken l = tokens.get(literal);
            add(Operator.NEGATE, f.constraint,
                    new Edit(l.start(), l.end(), l.text().equals("true") ? "false" : "true"));
        }

        private boolean isBooleanLiteral(int i) {
            return i >= 0 && (tokens.get(i).isIdentifier("true") || tokens.get(i).isIdentifier("false"));
        }

        private boolean endsOperand(int i) {
            if (i < 0 || i >= rule.whenTo()) {
                return true;
            }
            DrlToken t = tokens.get(i);
            return t.is(",") || t.is(")") || t.is("&&") || t.is("||");
        }

        private void startOperand(Frame f, int i) {
            if (f.operandFirst < 0) {
                f.operandFirst = i;
                f.operandHasRelation = false;
            }
            f.operandLast = i;
        }

        private void extendOperand(Frame f, int i) {
            if (f.operandFirst < 0) {
                startOperand(f, i);
            }
            f.operandLast = i;
        }

        /** A call's parenthesis, an index or a list belongs to the operand it follows. */
        private void extendOperandIfExpression(Frame f, int i) {
            if (f.isExpression()) {
                extendOperand(f, i);
            }
        }

        /**
         * An operand of {@code &&}/{@code ||} (or a whole constraint) is complete: a bare boolean is negated
         * ({@code x} to {@code !x}, {@code !x} to {@code x}); one that compares, binds or is a group is left to the
         * sites inside it.
         */
        private void endOperand(Frame f) {
            if (f.operandFirst < 0) {
                return;
            }
            int first = f.operandFirst;
            int last = f.operandLast;
            if (f.context == Context.PATTERN) {
                f.conjuncts.add(new int[] {first, last});
            }
            DrlToken head = tokens.get(first);
            if (head.is("!")) {
                add(Operator.NEGATE, f.constraint, new Edit(head.start(), head.end(), ""));
            } else if (!f.operandHasRelation && !(first == last && isBooleanLiteral(first))
                    && !(head.is("(") && matching(first) == last)) {
                add(Operator.NEGATE, f.constraint, new Edit(head.start(), head.start(), "!"));
            }
            f.operandFirst = -1;
            f.operandLast = -1;
            f.operandHasRelation = false;
        }

        /** A constraint of a pattern is complete (at a comma, or at the pattern's closing parenthesis). */
        private void endConstraint(Frame f, int at, boolean comma) {
            endOperand(f);
            int first = DrlFile.nextCode(tokens, f.constraint.first);
            int last = previousCode(at);
            if (first >= 0 && first < at && last >= first) {
                f.constraint.last = last;
            }
            if (first >= 0 && first < at && last >= first && !onlyBinds(f.constraint, first)) {
                int from;
                int to;
                if (comma) {
                    from = tokens.get(first).start();
                    to = tokens.get(DrlFile.nextCode(tokens, at + 1)).start();
                } else {
                    int before = previousCode(first);
                    boolean afterComma = before > f.open && tokens.get(before).is(",");
                    from = afterComma ? tokens.get(before).start() : tokens.get(first).start();
                    to = tokens.get(last).end();
                }
                add(Operator.DROP, f.pattern, new Edit(from, to, ""));
                if (f.conjuncts.size() > 1 && f.onlyAnd) {
                    dropConjuncts(f);
                }
            }
            f.conjuncts.clear();
            f.connectives.clear();
            f.onlyAnd = true;
            f.constraint = new Piece(at + 1);
        }

        /**
         * A constraint such as {@code $x : field} binds and tests nothing: dropping it either changes nothing or
         * leaves the variable undefined where it is used, so it is not a mutant worth compiling.
         */
        private boolean onlyBinds(Piece constraint, int first) {
            int next = DrlFile.nextCode(tokens, first + 1);
            return !constraint.compares && tokens.get(first).kind() == DrlToken.Kind.IDENTIFIER
                    && tokens.get(first).text().startsWith("$") && next >= 0
                    && (tokens.get(next).is(":") || tokens.get(next).is(":="));
        }

        /** Each operand of a constraint written {@code a && b && c} dropped with one of its {@code &&}. */
        private void dropConjuncts(Frame f) {
            for (int k = 0; k < f.conjuncts.size(); k++) {
                int[] c = f.conjuncts.get(k);
                int from;
                int to;
                if (k < f.connectives.size()) {
                    from = tokens.get(c[0]).start();
                    to = tokens.get(DrlFile.nextCode(tokens, f.connectives.get(k) + 1)).start();
                } else {
                    from = tokens.get(previousCode(f.connectives.get(k - 1))).end();
                    to = tokens.get(c[1]).end();
                }
                add(Operator.DROP, f.pattern, new Edit(from, to, ""));
            }
        }

        /** {@code not} becomes {@code exists} and {@code exists} becomes {@code not}. */
        private void negateConditionalElement(int i) {
            DrlToken t = tokens.get(i);
            Piece piece = new Piece(i);
            int open = DrlFile.nextCode(tokens, i + 1);
            while (open >= 0 && open < rule.whenTo() && !tokens.get(open).is("(")) {
                open = DrlFile.nextCode(tokens, open + 1);
            }
            piece.last = open >= 0 && open < rule.whenTo() ? matching(open) : i;
            add(Operator.NEGATE, piece, new Edit(t.start(), t.end(), t.text().equals("not") ? "exists" : "not"));
        }

        // ---- the then part

        private void scanThen() {
            for (int i = rule.thenFrom(); i < rule.thenTo(); i++) {
                DrlToken t = tokens.get(i);
                if (t.kind() != DrlToken.Kind.IDENTIFIER || !SWAP.containsKey(t.text())) {
                    continue;
                }
                int before = previousCode(i);
                int open = DrlFile.nextCode(tokens, i + 1);
                if (before >= 0 && tokens.get(before).is(".") && open >= 0 && tokens.get(open).is("(")) {
                    Piece piece = new Piece(i);
                    piece.last = matching(open);
                    add(Operator.SWAP, piece, new Edit(t.start(), t.end(), SWAP.get(t.text())));
                }
            }
        }

        // ---- helpers

        private void add(Operator operator, Piece piece, Edit edit) {
            sites.add(new Site(operator, piece, List.of(edit)));
        }

        private int previousCode(int i) {
            for (int j = i - 1; j >= 0; j--) {
                if (tokens.get(j).isCode()) {
                    return j;
                }
            }
            return -1;
        }

        /** The index of the bracket closing the one at {@code open}. */
        private int matching(int open) {
            int depth = 0;
            for (int j = open; j < tokens.size(); j++) {
                DrlToken t = tokens.get(j);
                if (t.is("(") || t.is("[") || t.is("{")) {
                    depth++;
                } else if (t.is(")") || t.is("]") || t.is("}")) {
                    depth--;
                    if (depth == 0) {
                        return j;
                    }
                }
            }
            throw new IllegalStateException(file.path() + ": unbalanced brackets in rule \"" + rule.name() + "\"");
        }
    }
}
