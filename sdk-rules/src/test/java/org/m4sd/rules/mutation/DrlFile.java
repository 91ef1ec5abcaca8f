package org.m4sd.rules.mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * A DRL file cut into its rules: for each rule, its name, where its text starts and ends, and the tokens of its
 * {@code when} part and of its {@code then} part. Everything that is not a rule (package, imports, globals,
 * functions, declarations, queries) stays in the file as it is.
 *
 * @param path           the file's class-path location, e.g. {@code org/m4sd/rules/health/health.drl}
 * @param source         the file's text
 * @param tokens         the file's tokens
 * @param rules          its rules, in file order
 * @param rulesStandAlone whether each rule compiles alone with the file's header: false when the file declares
 *                       types (a rule compiled apart would get classes of its own) or a rule extends another
 */
record DrlFile(String path, String source, List<DrlToken> tokens, List<Rule> rules, boolean rulesStandAlone) {

    /**
     * One rule of the file. Token indices refer to {@link DrlFile#tokens()}; the {@code when} part runs from
     * {@code whenFrom} (the first token after {@code when}) to {@code whenTo} (the {@code then} keyword),
     * the consequence from {@code thenFrom} to {@code thenTo} (the {@code end} keyword).
     *
     * @param name  the rule's name, which decisions carry
     * @param start offset of the {@code rule} keyword
     * @param end   offset just after the closing {@code end}
     */
    record Rule(String name, int start, int end, int whenFrom, int whenTo, int thenFrom, int thenTo) {
    }

    /** Parses a DRL file's rules; fails on a rule that has no {@code then} or no {@code end}. */
    static DrlFile parse(String path, String source) {
        List<DrlToken> tokens = DrlToken.lex(source);
        List<Rule> rules = new ArrayList<>();
        boolean standAlone = true;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            DrlToken t = tokens.get(i);
            if (!t.isCode()) {
                continue;
            }
            if (t.is("(") || t.is("{") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("}") || t.is("]")) {
                depth--;
            } else if (depth == 0 && (t.isIdentifier("query") || t.isIdentifier("declare"))) {
                standAlone &= !t.isIdentifier("declare");
                i = endKeyword(path, tokens, i + 1, t.text());
            } else if (depth == 0 && t.isIdentifier("rule")) {
                Rule rule = rule(path, tokens, i);
                rules.add(rule);
                for (int j = i + 1; j < rule.whenFrom(); j++) {
                    standAlone &= !tokens.get(j).isIdentifier("extends");
                }
                i = rule.thenTo();
            }
        }
        return new DrlFile(path, source, tokens, List.copyOf(rules), standAlone);
    }

    /** The DRL package declared at the top of the file. */
    String packageName() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isIdentifier("package")) {
                StringBuilder name = new StringBuilder();
                for (int j = i + 1; j < tokens.size() && !tokens.get(j).is(";") && !tokens.get(j).text().contains("\n");
                        j++) {
                    if (tokens.get(j).isCode()) {
                        name.append(tokens.get(j).text());
                    }
                }
                return name.toString();
            }
        }
        throw new IllegalStateException(path + " declares no package");
    }

    /**
     * The file with every rule but {@code keep} taken out, and {@code keep} written as {@code ruleText}: the
     * package, imports and declarations of the file with a single rule, to compile that rule alone.
     */
    String withOnly(Rule keep, String ruleText) {
        StringBuilder out = new StringBuilder(source.length());
        int at = 0;
        for (Rule rule : rules) {
            out.append(source, at, rule.start());
            if (rule == keep) {
                out.append(ruleText);
            }
            at = rule.end();
        }
        out.append(source, at, source.length());
        return out.toString();
    }

    /** The whole file with {@code rule} written as {@code ruleText}. */
    String withRule(Rule rule, String ruleText) {
        return source.substring(0, rule.start()) + ruleText + source.substring(rule.end());
    }

    /** The text of one rule, from {@code rule} to {@code end}. */
    String text(Rule rule) {
        return source.substring(rule.start(), rule.end());
    }

    private static Rule rule(String path, List<DrlToken> tokens, int ruleKeyword) {
        int nameToken = nextCode(tokens, ruleKeyword + 1);
        if (nameToken < 0) {
            throw new IllegalStateException(path + ": a rule without a name at the end of the file");
        }
        String name = unquote(tokens.get(nameToken).text());
        int when = -1;
        int then = -1;
        int depth = 0;
        for (int i = nameToken + 1; i < tokens.size() && then < 0; i++) {
            DrlToken t = tokens.get(i);
            if (t.is("(") || t.is("{") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("}") || t.is("]")) {
                depth--;
            } else if (depth == 0 && when < 0 && t.isIdentifier("when")) {
                when = i;
            } else if (depth == 0 && t.isIdentifier("then")) {
                then = i;
            }
        }
        if (then < 0) {
            throw new IllegalStateException(path + ": rule \"" + name + "\" has no then");
        }
        int end = endKeyword(path, tokens, then + 1, "rule \"" + name + "\"");
        int whenFrom = when < 0 ? then : when + 1;
        return new Rule(name, tokens.get(ruleKeyword).start(), tokens.get(end).end(), whenFrom, then, then + 1, end);
    }

    /** The index of the {@code end} keyword closing a block, outside brackets and at the start of a line. */
    private static int endKeyword(String path, List<DrlToken> tokens, int from, String what) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            DrlToken t = tokens.get(i);
            if (t.is("(") || t.is("{") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("}") || t.is("]")) {
                depth--;
            } else if (depth == 0 && t.isIdentifier("end") && startsLine(tokens, i)) {
                return i;
            }
        }
        throw new IllegalStateException(path + ": " + what + " has no end");
    }

    private static boolean startsLine(List<DrlToken> tokens, int i) {
        DrlToken before = i == 0 ? null : tokens.get(i - 1);
        return before == null || before.kind() == DrlToken.Kind.WHITESPACE && before.text().contains("\n");
    }

    static int nextCode(List<DrlToken> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isCode()) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'"))) {
            return name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return name;
    }
}
