package dk.referatarkiv.ingest.extract;

import java.util.Objects;

/**
 * Turns a PDF, Word (.docx) or HTML minutes file into plain text in the {@link ExtractedText} shape: PDFBox for PDF,
 * Apache POI for Word, jsoup for HTML. The caller tells the format with {@link DocumentFormat#detect} (content first,
 * then the file name), which it needs anyway to know whether to extract at all: text and markdown files are not
 * extracted but decoded. Stateless and thread-safe.
 */
public final class DocumentExtractor {

    private final PdfExtractor pdf = new PdfExtractor();
    private final DocxExtractor docx = new DocxExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    /**
     * @param format   the format {@link DocumentFormat#detect} told for these bytes
     * @param fileName the file's name, for messages
     * @throws UnreadableDocumentException when the document is damaged, encrypted, has no text (a scan), or is in a
     *                                     format that is recognised but not supported (Word 97-2003)
     * @throws IllegalArgumentException    when the bytes are plain text ({@link DocumentFormat#TEXT})
     */
    public ExtractedText extract(DocumentFormat format, String fileName, byte[] bytes) throws UnreadableDocumentException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        return switch (format) {
            case PDF -> pdf.extract(bytes);
            case DOCX -> docx.extract(bytes);
            case HTML -> html.extract(bytes);
            case DOC -> throw new UnreadableDocumentException(
                    "Word 97-2003 (.doc) is not supported; save the file as .docx or PDF");
            case TEXT -> throw new IllegalArgumentException(fileName + " is plain text; decode it, do not extract it");
        };
    }
}
