package dk.referatarkiv.ingest.extract;

import java.util.Objects;

/**
 * Turns a PDF, Word (.docx) or HTML minutes file into plain text in the {@link ExtractedText} shape: PDFBox for PDF,
 * Apache POI for Word, jsoup for HTML. The format is told by {@link DocumentFormat#detect} (content first, then the
 * file name). Text and markdown files are not extracted: callers decode them as before. Stateless and thread-safe.
 */
public final class DocumentExtractor {

    private final PdfExtractor pdf = new PdfExtractor();
    private final DocxExtractor docx = new DocxExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    /**
     * @param fileName the file's name, used only when the bytes do not show the format
     * @throws UnreadableDocumentException when the document is damaged, encrypted, has no text (a scan), or is in a
     *                                     format that is recognised but not supported (Word 97-2003)
     * @throws IllegalArgumentException    when the bytes are plain text ({@link DocumentFormat#TEXT})
     */
    public ExtractedText extract(String fileName, byte[] bytes) throws UnreadableDocumentException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        return switch (DocumentFormat.detect(fileName, bytes)) {
            case PDF -> pdf.extract(bytes);
            case DOCX -> docx.extract(bytes);
            case HTML -> html.extract(bytes);
            case DOC -> throw new UnreadableDocumentException(
                    "Word 97-2003 (.doc) is not supported; save the file as .docx or PDF");
            case TEXT -> throw new IllegalArgumentException(fileName + " is plain text; decode it, do not extract it");
        };
    }
}
