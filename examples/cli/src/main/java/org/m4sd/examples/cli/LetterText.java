package org.m4sd.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Letter} as plain text, lines of at most {@value #WIDTH} characters (a word longer than that, such as
 * an address, keeps its own line): headings underlined, criteria and questions numbered, lines ending in
 * {@code \n}.
 */
final class LetterText {
    /** Columns of a line: fits a terminal and a printed page. */
    static final int WIDTH = 78;

    private LetterText() {
    }

    /** The letter as text. */
    static String render(Letter letter) {
        StringBuilder out = new StringBuilder();
        heading(out, letter.title(), '=');
        paragraph(out, letter.context(), "");
        out.append('\n');
        paragraph(out, letter.outcome(), "");

        out.append('\n');
        heading(out, letter.labels().criteria(), '-');
        int n = 1;
        for (Letter.Item item : letter.criteria()) {
            String number = n++ + ". ";
            String indent = " ".repeat(number.length());
            paragraph(out, number + "[" + item.result() + "] " + item.reason(), indent);
            for (Letter.Basis basis : item.bases()) {
                paragraph(out, letter.labels().basis() + " " + basis.source() + " (" + basis.status() + ")"
                        + (basis.url().isEmpty() ? "" : " " + basis.url()), indent, indent + "  ");
            }
            for (String change : item.change()) {
                paragraph(out, change, indent, indent + "  ");
            }
        }

        if (!letter.needed().isEmpty()) {
            out.append('\n');
            heading(out, letter.labels().needed(), '-');
            paragraph(out, letter.labels().neededIntro(), "");
            int q = 1;
            for (String line : letter.needed()) {
                String number = q++ + ". ";
                paragraph(out, number + line, " ".repeat(number.length()));
            }
        }

        out.append('\n');
        heading(out, letter.labels().nextSteps(), '-');
        for (String step : letter.nextSteps()) {
            paragraph(out, "- " + step, "  ");
        }

        out.append('\n');
        heading(out, letter.labels().about(), '-');
        paragraph(out, letter.reference(), "");
        paragraph(out, letter.note(), "");
        return out.toString();
    }

    private static void heading(StringBuilder out, String text, char underline) {
        out.append(text).append('\n').append(String.valueOf(underline).repeat(text.length())).append('\n');
    }

    private static void paragraph(StringBuilder out, String text, String indent) {
        paragraph(out, text, "", indent);
    }

    /** {@code text} wrapped at {@link #WIDTH}, the first line after {@code first}, the others after {@code rest}. */
    private static void paragraph(StringBuilder out, String text, String first, String rest) {
        List<String> lines = wrap(text, WIDTH - first.length(), WIDTH - rest.length());
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
    }

    /** Words of {@code text} in lines of at most {@code firstWidth}, then {@code width}, characters. */
    static List<String> wrap(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            int limit = lines.isEmpty() ? firstWidth : width;
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
