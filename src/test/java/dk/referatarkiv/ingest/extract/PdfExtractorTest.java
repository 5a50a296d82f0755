package dk.referatarkiv.ingest.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PDF layouts the LibreOffice fixture does not have, written in memory with PDFBox. */
class PdfExtractorTest {

    private final PdfExtractor extractor = new PdfExtractor();

    @Test
    void fontSizeSetThroughThePageTransformationIsMeasuredAsDrawn() throws Exception {
        // Bug: getFontSizeInPt() ignores the transformation, so 1 pt text scaled by 10 measured 1 pt and every
        // line was further apart than a paragraph gap.
        byte[] pdf = pdf(10, 1, "Punkt 1: Budget og regnskab", "anden linje i afsnittet");
        assertEquals("Punkt 1: Budget og regnskab\nanden linje i afsnittet\n", extractor.extract(pdf).text());
    }

    /** One page with the lines set in Helvetica at {@code size}, 1.15 apart, drawn with the page scaled by {@code scale}. */
    private static byte[] pdf(float scale, float size, String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.transform(Matrix.getScaleInstance(scale, scale));
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
                content.setLeading(1.15f * size);
                content.newLineAtOffset(72 / scale, 700 / scale);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
