package dk.referatarkiv.ingest.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PDF text through PDFBox, line by line in reading order: characters are sorted by position, so that the words of one
 * visual line stay together however the producer wrote them. Two layout rules are added to PDFBox's own line
 * building, both measured in units of the font size as drawn (the text rendering matrix, so a size set through the
 * page's transformation counts too):
 * <ul>
 *   <li>a horizontal gap wider than {@value #CELL_GAP_EM} em on one line is a column boundary (a table cell or a
 *       tab stop) and becomes {@code " | "};</li>
 *   <li>a baseline-to-baseline distance over {@value #PARAGRAPH_GAP_EM} times the font size starts a new paragraph
 *       (a blank line). Consecutive table rows (lines with two or more cells) stay one block, since cell padding sets
 *       them as far apart as paragraphs.</li>
 * </ul>
 * Both values were chosen on one producer only, the LibreOffice 7.4 fixture {@code fixtures/formats/chefforum-2024-11-20.pdf}
 * (Liberation Sans 10.5 pt body: word spaces about 0.3 em, lines in a paragraph 1.15 em apart, paragraphs 1.7 em);
 * they are not general typography and other producers may need other values. A rule relative to each page's most
 * common baseline step was tried and rejected: where most paragraphs are one line long, as on 6 of that fixture's 11
 * pages, the most common step is the paragraph step itself, and 66 of its paragraph breaks were lost.
 * A page that carries an image and fewer than {@value #SCANNED_PAGE_LETTERS} letters is most likely a scanned page in
 * an otherwise digital file; its text is missing, and the result says so in a warning.
 * Stateless and thread-safe: every call uses its own document and stripper.
 */
final class PdfExtractor {

    static final float CELL_GAP_EM = 1.5f;
    static final float PARAGRAPH_GAP_EM = 1.45f;
    static final int SCANNED_PAGE_LETTERS = 20;
    /** How deep to look for an image in form XObjects nested in a page (scanners often wrap the image in one). */
    private static final int IMAGE_SEARCH_DEPTH = 3;

    ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            LineStripper stripper = new LineStripper();
            stripper.writeText(document, Writer.nullWriter());
            String text = stripper.text.build();
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new UnreadableDocumentException("PDF has no text layer (scanned image?); OCR is not supported");
            }
            List<Integer> scanned = stripper.scannedPages;
            return new ExtractedText(text, scanned.isEmpty() ? List.of() : List.of(scannedWarning(scanned)));
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF is encrypted with a password; cannot read it", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damage as IOException, and sometimes as a runtime exception from deep in a parser.
            throw new UnreadableDocumentException("not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static String scannedWarning(List<Integer> pages) {
        String numbers = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return pages.size() == 1
                ? "page " + numbers + " looks scanned (an image and almost no text); its text is missing, OCR is not supported"
                : "pages " + numbers + " look scanned (an image and almost no text); their text is missing, OCR is not supported";
    }

    /**
     * Receives PDFBox's lines as runs of positioned characters and writes them to a {@link PlainTextBuilder};
     * PDFBox's own output (to a null writer) is ignored.
     */
    private static final class LineStripper extends PDFTextStripper {
        final PlainTextBuilder text = new PlainTextBuilder();
        /** The runs of the line being read; PDFBox puts a word separator between runs. */
        private final List<List<TextPosition>> runs = new ArrayList<>();
        private float lastBaseline = Float.NaN;
        private float lastFontSize;
        private int lastCells;
        private int pageLetters;
        /** The 1-based numbers of the pages that look scanned. */
        final List<Integer> scannedPages = new ArrayList<>();

        LineStripper() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) {
            pageLetters = 0;
        }

        @Override
        protected void endPage(PDPage page) {
            if (pageLetters < SCANNED_PAGE_LETTERS && hasImage(page.getResources(), IMAGE_SEARCH_DEPTH)) {
                scannedPages.add(getCurrentPageNo());
            }
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            runs.add(List.copyOf(positions));
            pageLetters += (int) string.codePoints().filter(Character::isLetter).count();
        }

        @Override
        protected void writeWordSeparator() {
            // The separator is decided in flushLine from the gap between the runs.
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void writePageEnd() {
            flushLine();
            text.pageBreak();
            lastBaseline = Float.NaN;
            lastCells = 0;
        }

        private void flushLine() {
            if (runs.isEmpty()) {
                return;
            }
            List<String> cells = cells();
            TextPosition first = runs.get(0).get(0);
            float fontSize = fontSize(first);
            float baseline = first.getYDirAdj();
            // Rows of one table are lines of one block, however much cell padding sets them apart.
            boolean nextRow = cells.size() > 1 && lastCells > 1;
            if (!Float.isNaN(lastBaseline) && !nextRow
                    && baseline - lastBaseline > PARAGRAPH_GAP_EM * Math.max(fontSize, lastFontSize)) {
                text.paragraphBreak();
            }
            lastBaseline = baseline;
            lastFontSize = fontSize;
            lastCells = cells.size();
            runs.clear();
            text.row(cells);
        }

        /** The current line's text, split into cells at the column gaps. */
        private List<String> cells() {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            TextPosition previous = null;
            for (List<TextPosition> run : runs) {
                boolean newRun = previous != null;
                for (TextPosition position : run) {
                    if (previous != null) {
                        float gap = position.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                        if (gap > CELL_GAP_EM * Math.max(fontSize(position), fontSize(previous))) {
                            cells.add(cell.toString());
                            cell.setLength(0);
                        } else if (newRun) {
                            cell.append(' ');
                        }
                    }
                    cell.append(unicode(position));
                    previous = position;
                    newRun = false;
                }
            }
            cells.add(cell.toString());
            return cells;
        }

        /**
         * The font size as drawn. {@code getFontSizeInPt()} is truncated to whole points and ignores the page's
         * transformation, so a font set at size 1 and scaled up by the transformation would measure 1 pt.
         */
        private static float fontSize(TextPosition position) {
            float size = position.getYScale();
            return size > 0 ? size : position.getHeightDir();
        }

        private static boolean hasImage(PDResources resources, int depth) {
            if (resources == null || depth == 0) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object;
                try {
                    object = resources.getXObject(name);
                } catch (IOException e) {
                    continue; // a damaged object only weakens the scan check; the text is read all the same
                }
                if (object instanceof PDImageXObject
                        || object instanceof PDFormXObject form && hasImage(form.getResources(), depth - 1)) {
                    return true;
                }
            }
            return false;
        }

        /** The character's text, with typographic ligatures (ﬁ, ﬂ) spelled out; nothing else is normalised. */
        private static String unicode(TextPosition position) {
            String unicode = position.getUnicode();
            if (unicode == null) {
                return "";
            }
            boolean ligature = unicode.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06);
            return ligature ? Normalizer.normalize(unicode, Normalizer.Form.NFKC) : unicode;
        }
    }
}
