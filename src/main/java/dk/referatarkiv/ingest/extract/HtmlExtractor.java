package dk.referatarkiv.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML text through jsoup, which decodes the charset (BOM, then {@code <meta charset>}, else UTF-8) and entities the
 * way browsers do. Block elements become paragraphs, {@code <br>} a line break, list items lines of their own
 * ({@code "- "} or {@code "N. "} first), table rows lines with cells joined by {@code " | "} (a table nested in a cell is
 * flattened into that cell's text, and so is preformatted text in a cell); scripts, styles and
 * everything outside {@code <body>} are dropped. A CSS page break ({@code page-break-before: always},
 * {@code break-after: page}, ...), inline or in a {@code <style>} rule as office exports write it, becomes a page
 * break. Stateless and thread-safe.
 */
final class HtmlExtractor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "caption");
    private static final Set<String> TABLE_PARTS = Set.of("table", "tr", "td", "th");
    private static final String BREAK_BEFORE = "(?:page-)?break-before\\s*:\\s*(?:always|page)";
    private static final String BREAK_AFTER = "(?:page-)?break-after\\s*:\\s*(?:always|page)";
    private static final Pattern INLINE_BREAK_BEFORE = Pattern.compile("(?i)" + BREAK_BEFORE);
    private static final Pattern INLINE_BREAK_AFTER = Pattern.compile("(?i)" + BREAK_AFTER);
    /** A style-sheet rule with a page break: its selector list and its declarations. */
    private static final Pattern RULE = Pattern.compile("([^{}@]+)\\{([^}]*)}");

    ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a readable HTML file (" + e.getMessage() + ")", e);
        }
        Set<Element> breakBefore = new HashSet<>();
        Set<Element> breakAfter = new HashSet<>();
        for (Element style : document.select("style")) {
            markStyleSheetBreaks(document, style.data(), breakBefore, breakAfter);
        }
        document.select("script, style, noscript, template, svg, object, iframe").remove();
        Walker walker = new Walker(breakBefore, breakAfter);
        NodeTraversor.traverse(walker, document.body());
        walker.flush();
        return new ExtractedText(walker.text.build(), List.of());
    }

    /**
     * Office exports put page breaks in the style sheet ({@code h1 { page-break-before: always }}); the elements that
     * such a rule selects are found with jsoup's own CSS selectors. Rules jsoup cannot select are ignored.
     */
    private static void markStyleSheetBreaks(Document document, String css, Set<Element> before, Set<Element> after) {
        Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            boolean isBefore = INLINE_BREAK_BEFORE.matcher(rule.group(2)).find();
            boolean isAfter = INLINE_BREAK_AFTER.matcher(rule.group(2)).find();
            if (!isBefore && !isAfter) {
                continue;
            }
            try {
                Elements selected = document.select(rule.group(1).strip());
                if (isBefore) {
                    before.addAll(selected);
                }
                if (isAfter) {
                    after.addAll(selected);
                }
            } catch (Selector.SelectorParseException e) {
                // A selector jsoup does not know (a pseudo-element, say) marks nothing.
            }
        }
    }

    private static final class Walker implements NodeVisitor {
        final PlainTextBuilder text = new PlainTextBuilder();
        private final Set<Element> breakBefore;
        private final Set<Element> breakAfter;
        private final StringBuilder line = new StringBuilder();
        /** The cells of the table row being read, or null outside a row. */
        private List<String> row;
        /** How deep the walk is in tables nested in a cell of {@link #row}; their text is part of that cell's. */
        private int nestedTables;
        private int preDepth;

        Walker(Set<Element> breakBefore, Set<Element> breakAfter) {
            this.breakBefore = breakBefore;
            this.breakAfter = breakAfter;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                line.append(preDepth > 0 ? textNode.getWholeText() : textNode.text());
                if (preDepth > 0 && row == null) {
                    flushPreformatted();
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (breakBefore.contains(element) || INLINE_BREAK_BEFORE.matcher(element.attr("style")).find()) {
                flush();
                text.pageBreak();
            }
            if (row != null && tag.equals("table")) {
                nestedTables++;
            }
            if (nestedTables > 0 && TABLE_PARTS.contains(tag)) {
                line.append(' ');
                return;
            }
            switch (tag) {
                case "br" -> {
                    if (row != null) {
                        line.append(' ');
                    } else {
                        flush();
                    }
                }
                case "tr" -> {
                    flush();
                    row = new ArrayList<>();
                }
                case "td", "th" -> line.setLength(0);
                case "li" -> {
                    flush();
                    line.append(listMarker(element));
                }
                case "pre" -> {
                    blockBoundary();
                    preDepth++;
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        blockBoundary();
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (nestedTables > 0 && TABLE_PARTS.contains(tag)) {
                line.append(' ');
                if (tag.equals("table")) {
                    nestedTables--;
                }
            } else {
                endElement(tag);
            }
            if (breakAfter.contains(element) || INLINE_BREAK_AFTER.matcher(element.attr("style")).find()) {
                flush();
                text.pageBreak();
            }
        }

        private void endElement(String tag) {
            switch (tag) {
                case "td", "th" -> {
                    if (row != null) {
                        row.add(line.toString());
                        line.setLength(0);
                    }
                }
                case "tr" -> {
                    if (row != null) {
                        text.row(row);
                        row = null;
                    }
                }
                case "li" -> flush();
                case "pre" -> {
                    // Inside a cell the preformatted lines are part of the cell; they end with the row.
                    if (row == null) {
                        flushPreformatted();
                    }
                    preDepth--;
                    blockBoundary();
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        blockBoundary();
                    }
                }
            }
        }

        /** A block starts or ends: a paragraph break, except inside a table cell, where it is only a space. */
        private void blockBoundary() {
            if (row != null) {
                line.append(' ');
                return;
            }
            flush();
            text.paragraphBreak();
        }

        /** Ends the current line. White space between elements is no line and no paragraph break. */
        void flush() {
            if (row == null) {
                if (!line.toString().isBlank()) {
                    text.line(line.toString());
                }
                line.setLength(0);
            }
        }

        private void flushPreformatted() {
            int newline;
            while ((newline = line.indexOf("\n")) >= 0) {
                text.line(line.substring(0, newline));
                line.delete(0, newline + 1);
            }
        }

        private static String listMarker(Element item) {
            Element list = item.parent();
            if (list != null && list.normalName().equals("ol")) {
                int start = parseIntOr(list.attr("start"), 1);
                return (start + item.elementSiblingIndex()) + ". ";
            }
            return "- ";
        }

        private static int parseIntOr(String value, int fallback) {
            try {
                return Integer.parseInt(value.strip().toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
