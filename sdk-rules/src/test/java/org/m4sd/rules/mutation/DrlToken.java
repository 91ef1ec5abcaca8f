package org.m4sd.rules.mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * One lexical token of DRL text, with its place in the source so that a mutation can splice the text around it.
 * Comments and whitespace are tokens too (they are never mutated, but the lexer must see them to know that a
 * {@code ==} inside a comment or a string is not an operator).
 *
 * @param kind  what the token is
 * @param text  the token's characters
 * @param start offset of its first character in the source
 */
record DrlToken(Kind kind, String text, int start) {
    /** The kinds of token the mutation operators need to tell apart. */
    enum Kind {
        WHITESPACE, COMMENT, STRING, IDENTIFIER, NUMBER, OPERATOR, PUNCTUATION
    }

    /** Longest first, so that {@code >=} is never read as {@code >} then {@code =}. */
    private static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", ">>>", "==", "!=", "<=", ">=", "&&",
            "||", ":=", "->", "!.", "++", "--", "+=", "-=", "*=", "/=", "<<", "<", ">", "!", "=", "+", "-", "*", "/",
            "%", "&", "|", "^", "?", ":", "~");
    private static final String PUNCTUATION = "(){}[],;.@#";

    int end() {
        return start + text.length();
    }

    boolean isCode() {
        return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
    }

    boolean is(String s) {
        return isCode() && text.equals(s);
    }

    boolean isIdentifier(String s) {
        return kind == Kind.IDENTIFIER && text.equals(s);
    }

    /**
     * Splits DRL (or the Java of a consequence) into tokens. Strings in double or single quotes honour backslash
     * escapes; {@code //} and {@code /* *&#47;} comments are recognised outside strings. Any character the DRL
     * grammar does not use comes out as one punctuation token, so the lexer never fails: the compiler judges.
     */
    static List<DrlToken> lex(String source) {
        List<DrlToken> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int j;
            Kind kind;
            if (Character.isWhitespace(c)) {
                j = i + 1;
                while (j < n && Character.isWhitespace(source.charAt(j))) {
                    j++;
                }
                kind = Kind.WHITESPACE;
            } else if (source.startsWith("//", i)) {
                j = source.indexOf('\n', i);
                j = j < 0 ? n : j;
                kind = Kind.COMMENT;
            } else if (source.startsWith("/*", i)) {
                j = source.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '\'') {
                j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                kind = Kind.STRING;
            } else if (Character.isJavaIdentifierStart(c)) {
                j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(source.charAt(j))) {
                    j++;
                }
                kind = Kind.IDENTIFIER;
            } else if (Character.isDigit(c)) {
                j = i + 1;
                while (j < n && (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '_'
                        || source.charAt(j) == '.' && j + 1 < n && Character.isDigit(source.charAt(j + 1)))) {
                    j++;
                }
                kind = Kind.NUMBER;
            } else {
                String op = operatorAt(source, i);
                if (op != null) {
                    j = i + op.length();
                    kind = Kind.OPERATOR;
                } else {
                    j = i + 1;
                    kind = Kind.PUNCTUATION;
                }
            }
            tokens.add(new DrlToken(kind, source.substring(i, j), i));
            i = j;
        }
        return tokens;
    }

    private static String operatorAt(String source, int i) {
        if (PUNCTUATION.indexOf(source.charAt(i)) >= 0) {
            return null;
        }
        for (String op : OPERATORS) {
            if (source.startsWith(op, i)) {
                return op;
            }
        }
        return null;
    }
}
