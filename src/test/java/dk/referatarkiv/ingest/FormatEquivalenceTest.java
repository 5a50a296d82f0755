package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.extract.DocumentExtractor;
import dk.referatarkiv.ingest.extract.DocumentFormat;
import dk.referatarkiv.testing.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One real meeting as text, PDF, Word and HTML (fixtures/formats, made from the corpus file) parses to the same
 * meeting through {@link CorpusLoader}, down to the text of every section. The PDF carries a running header and
 * "Side N af M" on every page; the parser removes that furniture, so it must not show in any section.
 */
class FormatEquivalenceTest {

    private static final String FIXTURE = "fixtures/formats/chefforum-2024-11-20.";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "html"})
    void sameMeetingAndItemsAsTheTextFile(String format) throws IOException {
        Meeting text = load("txt", dir.resolve("txt"));
        Meeting other = load(format, dir.resolve(format));

        assertEquals("chefforum-2024-11-20", text.id());
        assertEquals(LocalDate.of(2024, 11, 20), text.date());
        assertEquals(8, text.items().size());
        assertEquals(text.id(), other.id());
        assertEquals(text.date(), other.date());
        assertEquals(text.body(), other.body());
        assertEquals(numbersAndTitles(text), numbersAndTitles(other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "html"})
    void reportSaysWhereTheTextCameFrom(String format) throws IOException {
        TestData.corpusOf(dir, FIXTURE + format);
        FileReport report = TestData.load(dir).reports().get(0);
        assertEquals(FileReport.Status.INDEXED, report.status(), report.toString());
        assertEquals("headings, from " + format, report.layout());
    }

    @Test
    void scannedPdfIsSkippedWithTheReason() throws IOException {
        TestData.corpusOf(dir, FIXTURE + "txt", "fixtures/bad/no-text-layer.pdf");
        Corpus corpus = TestData.load(dir);
        FileReport scan = corpus.reports().stream().filter(r -> r.file().equals("no-text-layer.pdf")).findFirst().orElseThrow();
        assertEquals(FileReport.Status.SKIPPED, scan.status());
        assertEquals("PDF has no text layer (scanned image?); OCR is not supported", scan.problems().get(0).message());
        assertEquals(1, corpus.meetings().size(), "the other file is still read");
    }

    @Test
    void aScannedPageInADigitalPdfIsAWarningInTheReport() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(TestData.resource(FIXTURE + "pdf")))) {
            PDPage scan = new PDPage();
            pdf.addPage(scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, scan)) {
                BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
                content.drawImage(LosslessFactory.createFromImage(pdf, image), 72, 72, 400, 600);
            }
            pdf.save(dir.resolve("referat.pdf").toFile());
        }
        FileReport report = TestData.load(dir).reports().get(0);
        assertEquals(FileReport.Status.INDEXED, report.status(), report.toString());
        assertTrue(report.problems().contains(IngestProblem.warning("referat.pdf", 0,
                "page 12 looks scanned (an image and almost no text); its text is missing, OCR is not supported")),
                report.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "html"})
    void sameSectionTextsAsTheTextFile(String format) throws IOException {
        Meeting text = load("txt", dir.resolve("txt"));
        Meeting other = load(format, dir.resolve(format));
        for (int i = 0; i < text.items().size(); i++) {
            List<Section> expected = text.items().get(i).sections();
            List<Section> actual = other.items().get(i).sections();
            assertEquals(expected.stream().map(Section::kind).toList(), actual.stream().map(Section::kind).toList());
            for (int s = 0; s < expected.size(); s++) {
                // Visual lines of a PDF paragraph may be joined with a line break rather than a space.
                assertEquals(expected.get(s).text().replaceAll("\\s+", " "), actual.get(s).text().replaceAll("\\s+", " "),
                        format + " item " + (i + 1) + " " + expected.get(s).kind());
            }
        }
    }

    @Test
    void aTableRowReadsTheSameFromATextFileAndFromHtml() throws Exception {
        // The text reader and the extractors once joined rows with two copies of the same code; now one helper.
        String text = new MarkupStripper().strip("Henrik  Harder\t\tKommunaldirektør\t \t").get(0).text();
        String html = new DocumentExtractor().extract(DocumentFormat.HTML, "r.html", ("<table><tr><td>Henrik  Harder</td><td></td>"
                + "<td>Kommunaldirektør</td><td> </td><td></td></tr></table>").getBytes(StandardCharsets.UTF_8)).text();
        assertEquals("Henrik Harder |  | Kommunaldirektør", text);
        assertEquals(text + "\n", html);
    }

    private static Meeting load(String format, Path directory) throws IOException {
        TestData.corpusOf(directory, FIXTURE + format);
        Corpus corpus = TestData.load(directory);
        assertEquals(1, corpus.meetings().size(), corpus.reports().toString());
        return corpus.meetings().get(0);
    }

    private static List<String> numbersAndTitles(Meeting meeting) {
        List<String> items = meeting.items().stream().map(i -> i.number() + ": " + i.title()).toList();
        assertTrue(items.size() > 0);
        return items;
    }
}
