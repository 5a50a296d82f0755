package dk.referatarkiv.ingest.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

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

    @Test
    void aPageWithAnImageAndAlmostNoTextIsReportedAsScanned() throws Exception {
        try (PDDocument document = new PDDocument()) {
            addPage(document, false, "Punkt 1: Budget og regnskab");
            addPage(document, true, "Side 2");
            addPage(document, true, "Billedet viser rådhuset set fra pladsen foran");
            ExtractedText extracted = extractor.extract(save(document));
            assertEquals("Punkt 1: Budget og regnskab\n\f\nSide 2\n\f\nBilledet viser rådhuset set fra pladsen foran\n",
                    extracted.text());
            assertEquals(List.of("page 2 looks scanned (an image and almost no text); its text is missing, OCR is not supported"),
                    extracted.warnings());
        }
    }

    @Test
    void aDigitalPdfHasNoWarnings() throws Exception {
        assertEquals(List.of(), extractor.extract(pdf(1, 10, "Punkt 1: Budget")).warnings());
    }

    private static void addPage(PDDocument document, boolean image, String line) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            if (image) {
                BufferedImage scan = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
                content.drawImage(LosslessFactory.createFromImage(document, scan), 72, 300, 200, 200);
            }
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            content.newLineAtOffset(72, 700);
            content.showText(line);
            content.endText();
        }
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
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
