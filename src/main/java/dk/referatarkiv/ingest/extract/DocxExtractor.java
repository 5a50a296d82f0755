package dk.referatarkiv.ingest.extract;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word (.docx) text through Apache POI: the body's paragraphs and tables in document order, each paragraph a
 * paragraph, a line break ({@code w:br}) a new line, a table row one line with its cells joined by {@code " | "} (a
 * cell's paragraphs and any table nested in it joined by spaces). The text of content controls is kept: inline ones
 * in their paragraph, block-level ones (an automatic table of contents) a line per paragraph.
 * Word files have no fixed pages (pagination happens when they are shown), so the only page breaks are the explicit
 * ones: a page-break character, or a paragraph set (directly or through its style) to start a new page. Headers and
 * footers live outside the body and are not repeated per page in the file, so they are not part of the text.
 * Stateless and thread-safe.
 */
final class DocxExtractor {

    ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            PlainTextBuilder text = new PlainTextBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                append(element, document.getStyles(), text);
            }
            return new ExtractedText(text.build(), List.of());
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new UnreadableDocumentException("Word file is encrypted or in the old .doc format; cannot read it", e);
        } catch (IOException | RuntimeException e) {
            // POIXMLException and the XML-beans errors of a damaged part are runtime exceptions.
            throw new UnreadableDocumentException("not a readable Word .docx file (" + e.getMessage() + ")", e);
        }
    }

    private static void append(IBodyElement element, XWPFStyles styles, PlainTextBuilder text) {
        if (element instanceof XWPFParagraph paragraph) {
            appendParagraph(paragraph, styles, text);
        } else if (element instanceof XWPFTable table) {
            text.paragraphBreak();
            for (XWPFTableRow row : table.getRows()) {
                text.row(row.getTableICells().stream().map(DocxExtractor::cellText).toList());
            }
            text.paragraphBreak();
        } else if (element instanceof XWPFSDT sdt) {
            // A block-level content control (Word's automatic table of contents, say) holds whole paragraphs;
            // POI gives them as one text with a line per paragraph.
            for (String line : sdt.getContent().getText().split("\n")) {
                text.line(line);
            }
            text.paragraphBreak();
        }
    }

    /**
     * A cell's paragraphs, content controls and nested tables, joined by spaces: the cell stays one cell of its row's
     * line. ({@code XWPFTableCell.getText()} glues paragraphs together and drops nested tables.)
     */
    private static String cellText(ICell cell) {
        if (cell instanceof XWPFSDTCell sdtCell) {
            return sdtCell.getContent().getText();
        }
        if (!(cell instanceof XWPFTableCell tableCell)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : tableCell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraphText(paragraph));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    row.getTableICells().forEach(c -> parts.add(cellText(c)));
                }
            } else if (element instanceof XWPFSDT sdt) {
                parts.add(sdt.getContent().getText());
            }
        }
        return String.join(" ", parts);
    }

    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder line = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            line.append(runText(run));
        }
        return line.toString();
    }

    /** A run's text; an inline content control (a date picker, say) is not in {@code getRuns()}, only in {@code getIRuns()}. */
    private static String runText(IRunElement run) {
        if (run instanceof XWPFRun textRun) {
            return textRun.text();
        }
        return run instanceof XWPFSDT sdt ? sdt.getContent().getText() : "";
    }

    private static void appendParagraph(XWPFParagraph paragraph, XWPFStyles styles, PlainTextBuilder text) {
        if (breaksPageBefore(paragraph, styles)) {
            text.pageBreak();
        }
        StringBuilder line = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            String runText = runText(run);
            if (run instanceof XWPFRun textRun && hasPageBreak(textRun) && runText.isBlank()) {
                text.line(line.toString());
                line.setLength(0);
                text.pageBreak();
                continue;
            }
            line.append(runText);
        }
        for (String part : line.toString().split("\n", -1)) {
            text.line(part);
        }
        text.paragraphBreak();
    }

    private static boolean hasPageBreak(XWPFRun run) {
        for (CTBr br : run.getCTR().getBrList()) {
            if (br.getType() == STBrType.PAGE) {
                return true;
            }
        }
        return false;
    }

    /** {@code w:pageBreakBefore} on the paragraph, or else on its style or the styles that style is based on. */
    private static boolean breaksPageBefore(XWPFParagraph paragraph, XWPFStyles styles) {
        if (paragraph.getCTPPr().isSetPageBreakBefore()) {
            return POIXMLUnits.parseOnOff(paragraph.getCTPPr().getPageBreakBefore());
        }
        Set<String> seen = new HashSet<>();
        String styleId = paragraph.getStyleID();
        while (styles != null && styleId != null && seen.add(styleId)) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return false;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetPageBreakBefore()) {
                return POIXMLUnits.parseOnOff(ppr.getPageBreakBefore());
            }
            styleId = style.getBasisStyleID();
        }
        return false;
    }
}
