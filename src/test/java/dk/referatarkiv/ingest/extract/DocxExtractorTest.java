package dk.referatarkiv.ingest.extract;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Word structures the LibreOffice fixture does not have, built in memory with POI. */
class DocxExtractorTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocxExtractor extractor = new DocxExtractor();

    @Test
    void aCellWithSeveralParagraphsIsNotGluedTogether() throws Exception {
        // Bug: XWPFTableCell.getText() joined the paragraphs with nothing: "Henrik HarderKommunaldirektør".
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(1, 2);
            XWPFTableCell person = table.getRow(0).getCell(0);
            person.getParagraphs().get(0).createRun().setText("Henrik Harder");
            person.addParagraph().createRun().setText("Kommunaldirektør");
            table.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("Mødeleder");
            assertEquals("Henrik Harder Kommunaldirektør | Mødeleder\n", extractor.extract(bytes(document)).text());
        }
    }

    @Test
    void aTableNestedInACellIsPartOfThatCell() throws Exception {
        // Bug: XWPFTableCell.getText() dropped nested tables.
        String body = "<w:tbl><w:tr>"
                + "<w:tc><w:p><w:r><w:t>Dato:</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>20-11-2024</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>kl. 10</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>"
                + "<w:tc><w:p><w:r><w:t>Sted: Rådhuset</w:t></w:r></w:p></w:tc>"
                + "</w:tr></w:tbl>";
        assertEquals("Dato: | 20-11-2024 kl. 10 | Sted: Rådhuset\n", extractor.extract(docx(body)).text());
    }

    @Test
    void inlineContentControlTextStaysInItsParagraph() throws Exception {
        // Bug: paragraph.getRuns() skips w:sdt runs, so the date in a date picker was lost.
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Dato: </w:t></w:r>"
                + "<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent><w:r><w:t>20-11-2024</w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:r><w:t xml:space=\"preserve\"> kl. 10</w:t></w:r></w:p>";
        assertEquals("Dato: 20-11-2024 kl. 10\n", extractor.extract(docx(body)).text());
    }

    @Test
    void blockContentControlIsOneLinePerParagraph() throws Exception {
        // Bug: Word's automatic table of contents (a block w:sdt) came out as one line.
        String body = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
                + "<w:sdtContent>"
                + "<w:p><w:r><w:t>Punkt 1: Godkendelse af dagsorden</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Punkt 2: Budget 2025</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t>Punkt 1: Godkendelse af dagsorden</w:t></w:r></w:p>";
        assertEquals("Punkt 1: Godkendelse af dagsorden | 2\nPunkt 2: Budget 2025 | 3\n\nPunkt 1: Godkendelse af dagsorden\n",
                extractor.extract(docx(body)).text());
    }

    /** A document whose body is the given WordprocessingML (prefix {@code w}). */
    private static byte[] docx(String bodyXml) throws IOException, XmlException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getDocument().set(DocumentDocument.Factory.parse(
                    "<w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml + "</w:body></w:document>").getDocument());
            return bytes(document);
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
