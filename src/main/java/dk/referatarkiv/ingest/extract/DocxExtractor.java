package dk.referatarkiv.ingest.extract;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
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
 * paragraph, a line break ({@code w:br}) a new line, a table row one line with its cells joined by {@code " | "}.
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
            return new ExtractedText(text.build(), DocumentFormat.DOCX, 0);
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
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().replace('\n', ' ').replace('\t', ' '));
                }
                text.row(cells);
            }
            text.paragraphBreak();
        } else if (element instanceof XWPFSDT sdt) {
            text.line(sdt.getContent().getText());
            text.paragraphBreak();
        }
    }

    private static void appendParagraph(XWPFParagraph paragraph, XWPFStyles styles, PlainTextBuilder text) {
        if (breaksPageBefore(paragraph, styles)) {
            text.pageBreak();
        }
        StringBuilder line = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String runText = run.text();
            if (hasPageBreak(run) && runText.isBlank()) {
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
