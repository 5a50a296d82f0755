package dk.referatarkiv.ingest.extract;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extracted-text contract of {@link ExtractedText}, on one real meeting laid out as PDF, Word and HTML. */
class DocumentExtractorTest {

    private static final String FIXTURE = "fixtures/formats/chefforum-2024-11-20.";
    private static final String HEADER = "Chefforum — Referat 20-11-2024";
    private static final Pattern FOOTER = Pattern.compile("Side \\d+ af \\d+");
    private static final List<String> PARTICIPANT_ROWS = List.of(
            "Henrik Harder | Kommunaldirektør",
            "Kristine Klæbel | Direktør By, Kultur, Miljø & Beskæftigelse",
            "Lise Valentin Bayer | Direktør Børn, Sundhed & Velfærd",
            "Marie Aasøe | Afdelingschef for Økonomi og Stab",
            "Dorthe Espenhein | Afdelingschef Borger, Arbejdsmarked & Erhverv",
            "Sisse Krøll Willemoes | Afdelingschef Dagtilbud & Skole",
            "Marie Brøchner Jespersen | Afdelingschef Miljø & Teknik",
            "René Birkemark Olesen | Afdelingschef Kultur, Fritid & Ejendomme",
            "Tine Buch Juhl | Forperson");

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void pdfMarksEveryPageBreakAndKeepsTheFurnitureOncePerPage() throws Exception {
        ExtractedText pdf = extract("pdf");
        List<List<String>> pages = pages(pdf.text());
        assertEquals(11, pages.size(), "one form feed line between each two pages");
        for (int i = 0; i < pages.size(); i++) {
            List<String> page = pages.get(i);
            assertEquals(HEADER, page.get(0), "running header first on page " + (i + 1));
            assertEquals("Side " + (i + 1) + " af 11", page.get(page.size() - 1), "footer last on page " + (i + 1));
            assertEquals(1, page.stream().filter(HEADER::equals).count());
        }
        assertEquals("Punkt 1: Godkendelse af dagsorden og referat", pages.get(1).get(1));
    }

    @Test
    void pdfTableRowsAreCellsJoinedOnOneLine() throws Exception {
        List<String> lines = lines(extract("pdf").text());
        int first = lines.indexOf(PARTICIPANT_ROWS.get(0));
        assertTrue(first > 0, "participant table");
        assertEquals(PARTICIPANT_ROWS, lines.subList(first, first + PARTICIPANT_ROWS.size()), "rows, one per line, no blank lines");
        assertTrue(lines.contains("Udmøntning og fordeling af tværgående besparelser budget 2025..... | 4"), "contents table");
    }

    @Test
    void pdfKeepsVisualLinesAndSeparatesParagraphs() throws Exception {
        String text = extract("pdf").text();
        // A paragraph of the source wraps onto two visual lines; the next paragraph follows a blank line.
        assertTrue(text.contains("Orientering omkring udmøntningen af de 4 tværgående besparelsesforslag til budget 2025, som\n"
                + "påvirker alle afdelinger.\n\nSagsfremstilling\n"), text);
        assertContractHolds(text);
    }

    @Test
    void wordAndHtmlGiveTheSameBodyLinesAsEachOtherAndThePdf() throws Exception {
        List<String> docx = bodyLines(extract("docx").text());
        List<String> html = bodyLines(extract("html").text());
        assertEquals(docx, html);
        assertTrue(docx.containsAll(PARTICIPANT_ROWS));
        assertTrue(docx.contains("Punkt 8: Temaer til kommende møder og eventuelt"));
        // The PDF wraps long paragraphs onto several lines; its words are the same, in the same order.
        assertEquals(words(docx), words(bodyLines(extract("pdf").text())));
    }

    @Test
    void wordAndHtmlMarkTheirExplicitPageBreaks() throws Exception {
        for (String format : List.of("docx", "html")) {
            ExtractedText extracted = extract(format);
            assertContractHolds(extracted.text());
            List<List<String>> pages = pages(extracted.text());
            assertEquals(9, pages.size(), format + ": a page break before each of the 8 items");
            for (int item = 1; item <= 8; item++) {
                assertTrue(pages.get(item).get(0).startsWith("Punkt " + item + ":"), format + " page " + item);
            }
        }
    }

    @Test
    void htmlBlocksBreaksEntitiesAndScripts() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Ikke med</title><style>p { color: red }</style></head>
                <body><h1>Punkt 1: Budget &amp; regnskab</h1><p>Første linje<br>anden&nbsp;linje</p>
                <script>alert('nej')</script>
                <table><tr><th>Navn</th><th>Parti</th></tr><tr><td><p>Anna Holm</p></td><td>A</td></tr></table>
                <ul><li>et</li><li>to</li></ul><div style="page-break-before: always">Side to</div></body></html>""";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("referat.txt", bytes));
        ExtractedText text = extractor.extract(DocumentFormat.HTML, "referat.txt", bytes);
        assertEquals("Punkt 1: Budget & regnskab\n\nFørste linje\nanden linje\n\nNavn | Parti\nAnna Holm | A\n\n"
                + "- et\n- to\n\f\nSide to\n", text.text());
    }

    @Test
    void scannedPdfIsAClearError() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> detectAndExtract("scan.pdf", bytes("fixtures/bad/no-text-layer.pdf")));
        assertEquals("PDF has no text layer (scanned image?); OCR is not supported", e.getMessage());
    }

    @Test
    void garbageWithADocumentNameIsAClearErrorNotACrash() {
        byte[] garbage = new byte[4096];
        new Random(10).nextBytes(garbage);
        for (String name : List.of("referat.pdf", "referat.docx")) {
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                    () -> detectAndExtract(name, garbage));
            assertTrue(e.getMessage().startsWith("not a readable"), e.getMessage());
        }
        byte[] truncated = Arrays.copyOf(bytes(FIXTURE + "pdf"), 2000);
        assertThrows(UnreadableDocumentException.class, () -> detectAndExtract("cut.pdf", truncated));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        UnreadableDocumentException doc = assertThrows(UnreadableDocumentException.class, () -> detectAndExtract("gl.doc", ole));
        assertTrue(doc.getMessage().contains(".doc"), doc.getMessage());
    }

    @Test
    void formatIsToldByContentFirstAndNameSecond() {
        byte[] pdf = bytes(FIXTURE + "pdf");
        assertEquals(DocumentFormat.PDF, DocumentFormat.detect("referat.txt", pdf));
        assertEquals(DocumentFormat.DOCX, DocumentFormat.detect("referat", bytes(FIXTURE + "docx")));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("x", "\uFEFF \n<!doctype HTML><p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("referat.htm", "Punkt 1".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("referat.txt", bytes(FIXTURE + "txt")));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("noter.md", "<b>fed</b> tekst".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> detectAndExtract("a.txt", "tekst".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTextFileMentioningThePdfHeaderIsNotAPdf() {
        // Bug: "%PDF-" anywhere in the first kB made any file a PDF.
        byte[] note = "Referatet gemmes som PDF; filen begynder med %PDF-1.7.".getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("noter.txt", note));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("noter", note));
        assertEquals(DocumentFormat.PDF, DocumentFormat.detect("referat.txt", "\uFEFF \r\n%PDF-1.4\n".getBytes(StandardCharsets.UTF_8)));
        // A file named .pdf may have bytes before its header, as the PDF standard allows.
        assertEquals(DocumentFormat.PDF, DocumentFormat.detect("referat.pdf", "junk\n%PDF-1.4\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCallersFormatIsUsedNotToldAgain() throws Exception {
        // The loader already detects the format (for a ZIP by scanning the whole file); extract must not redo it.
        byte[] text = "Punkt 1".getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("referat.txt", text));
        assertEquals("Punkt 1\n", extractor.extract(DocumentFormat.HTML, "referat.txt", text).text());
    }

    /** Blank lines only between paragraphs, form feeds alone and never next to a blank line, no trailing space. */
    private static void assertContractHolds(String text) {
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"));
        assertFalse(text.startsWith("\n") || text.startsWith("\f"));
        assertFalse(text.contains("\n\n\n"));
        assertFalse(text.contains("\n\n\f") || text.contains("\f\n\n"));
        for (String line : lines(text)) {
            if (!line.equals(ExtractedText.PAGE_BREAK)) {
                assertEquals(line.strip(), line, "no surrounding space");
                assertTrue(line.indexOf('\f') < 0, "form feed alone on its line");
            }
        }
    }

    private ExtractedText extract(String extension) throws UnreadableDocumentException {
        return detectAndExtract("chefforum-2024-11-20." + extension, bytes(FIXTURE + extension));
    }

    /** What the corpus loader does: tell the format, then extract in it. */
    private ExtractedText detectAndExtract(String fileName, byte[] bytes) throws UnreadableDocumentException {
        return extractor.extract(DocumentFormat.detect(fileName, bytes), fileName, bytes);
    }

    private static List<List<String>> pages(String text) {
        return Arrays.stream(text.split("\n\f\n")).map(page -> lines(page).stream().filter(l -> !l.isEmpty()).toList()).toList();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    /** The non-blank lines without the running header, the footers and the page breaks. */
    private static List<String> bodyLines(String text) {
        return lines(text).stream()
                .filter(l -> !l.isEmpty() && !l.equals("\f") && !l.equals(HEADER) && !FOOTER.matcher(l).matches())
                .toList();
    }

    private static List<String> words(List<String> lines) {
        return List.of(String.join(" ", lines).split(" "));
    }

    private static byte[] bytes(String resource) {
        try {
            return Files.readAllBytes(TestData.resource(resource));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
