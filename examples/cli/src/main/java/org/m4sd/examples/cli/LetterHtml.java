package org.m4sd.examples.cli;

import java.util.Locale;

/**
 * A {@link Letter} as one self-contained HTML document: the style inline, no script, image, font or any other
 * resource fetched, so it can be mailed, printed or opened offline. Accessible: the {@code lang} of the letter's
 * language, one {@code h1} and {@code h2} sections, results said in words as well as in colour, and colours of at
 * least 7:1 contrast against their background (WCAG AAA). Well-formed XML as well as HTML, and every value the
 * decision supplies is escaped.
 */
final class LetterHtml {
    /** The style of every letter; each rule that sets a colour states the background it is read on. */
    static final String STYLE = """
            body { margin: 0; background: #ffffff; color: #1b1b1b; font: 1rem/1.5 system-ui, -apple-system, \
            "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #767676; }
            .context { color: #404040; background: #ffffff; margin-top: 0; }
            .outcome { font-size: 1.15rem; font-weight: 600; color: #1b1b1b; background: #eef2f7; \
            border-left: .35rem solid #1f4e8c; padding: .75rem 1rem; }
            ol, ul { padding-left: 1.5rem; }
            li { margin-bottom: .9rem; }
            li p { margin: .2rem 0; }
            .result { font-weight: 700; }
            .met { color: #0b5a1e; background: #ffffff; }
            .not-met { color: #8e1111; background: #ffffff; }
            .unknown { color: #5a4300; background: #ffffff; }
            .basis { color: #404040; background: #ffffff; font-size: .95rem; }
            .change { color: #1b1b1b; background: #fff8e1; padding: .3rem .6rem; border-left: .25rem solid #8a6d00; }
            a { color: #0b3f80; background: #ffffff; }
            .about { color: #404040; background: #ffffff; font-size: .9rem; }
            @media print { main { max-width: none; padding: 0; } a { color: #1b1b1b; } }
            """;

    private LetterHtml() {
    }

    /** The letter as an HTML document. */
    static String render(Letter letter) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(letter.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(escape(letter.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(escape(letter.title())).append("</h1>\n");
        out.append("<p class=\"context\">").append(escape(letter.context())).append("</p>\n");
        out.append("<p class=\"outcome\">").append(escape(letter.outcome())).append("</p>\n");

        out.append("<h2>").append(escape(letter.labels().criteria())).append("</h2>\n<ol>\n");
        for (Letter.Item item : letter.criteria()) {
            String kind = item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            out.append("<li>\n<p><strong class=\"result ").append(kind).append("\">").append(escape(item.result()))
                    .append("</strong> – ").append(escape(item.reason())).append("</p>\n");
            for (Letter.Basis basis : item.bases()) {
                out.append("<p class=\"basis\">").append(escape(letter.labels().basis())).append(' ');
                if (basis.url().isEmpty()) {
                    out.append(escape(basis.source()));
                } else {
                    out.append("<a href=\"").append(escape(basis.url())).append("\">").append(escape(basis.source()))
                            .append("</a>");
                }
                out.append(" (").append(escape(basis.status())).append(")</p>\n");
            }
            for (String change : item.change()) {
                out.append("<p class=\"change\">").append(escape(change)).append("</p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");

        if (!letter.needed().isEmpty()) {
            out.append("<h2>").append(escape(letter.labels().needed())).append("</h2>\n");
            out.append("<p>").append(escape(letter.labels().neededIntro())).append("</p>\n<ol>\n");
            for (String line : letter.needed()) {
                out.append("<li>").append(escape(line)).append("</li>\n");
            }
            out.append("</ol>\n");
        }

        out.append("<h2>").append(escape(letter.labels().nextSteps())).append("</h2>\n<ul>\n");
        for (String step : letter.nextSteps()) {
            out.append("<li>").append(escape(step)).append("</li>\n");
        }
        out.append("</ul>\n");

        out.append("<h2>").append(escape(letter.labels().about())).append("</h2>\n");
        out.append("<p class=\"about\">").append(escape(letter.reference())).append("</p>\n");
        out.append("<p class=\"about\">").append(escape(letter.note())).append("</p>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** {@code text} safe in HTML text and in a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // A control character is not allowed in an XML document; a decision has no business holding one.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
